package id.nttmart.catalog.demo;

/** Placeholder while the generator is written. */
public final class CatalogueGenerator {
    public static CatalogueGenerator fromClasspath() { return new CatalogueGenerator(); }
    public String generate(int count, long seed) { return ""; }
}
