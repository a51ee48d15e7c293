package id.nttmart.ordering;

/** A line the outlets cannot fill now: how many were asked for and how many can be had (for the chosen pickup outlet, if any). */
public record ShortLine(String sku, int requested, int available) {}
