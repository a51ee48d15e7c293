package id.nttmart.staff;

import java.time.Instant;

/** One recorded change of an outlet's stock of a product: its kind, the units, who and why. */
public record StockMove(Instant at, String kind, int onHandDelta, int reservedDelta, String actor, String reason) {}
