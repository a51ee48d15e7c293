package id.nttmart.catalog;

/** A product picture as stored: its media type and bytes. */
public record ProductImage(String contentType, byte[] content) {}
