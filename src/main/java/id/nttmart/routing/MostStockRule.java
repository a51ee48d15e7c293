package id.nttmart.routing;

/** Rule 5, first half: more available stock of the ordered products first, so the order drains the fullest shelf. */
final class MostStockRule implements TieBreakRule {

    @Override
    public int compare(Candidate a, Candidate b) {
        return Long.compare(b.stock(), a.stock());
    }

    @Override
    public RoutingReason reason() {
        return RoutingReason.MOST_STOCK;
    }
}
