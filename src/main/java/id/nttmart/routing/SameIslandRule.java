package id.nttmart.routing;

/** Rule 3: more outlets on the destination's island first, as crossing the sea costs more and takes longer. */
final class SameIslandRule implements TieBreakRule {

    @Override
    public int compare(Candidate a, Candidate b) {
        return Integer.compare(b.onDestinationIsland(), a.onDestinationIsland());
    }

    @Override
    public RoutingReason reason() {
        return RoutingReason.SAME_ISLAND;
    }
}
