package id.nttmart.routing;

/** Rule 4: the smaller total great-circle distance to the destination first. */
final class NearestRule implements TieBreakRule {

    @Override
    public int compare(Candidate a, Candidate b) {
        return Long.compare(a.distanceMetres(), b.distanceMetres());
    }

    @Override
    public RoutingReason reason() {
        return RoutingReason.NEAREST;
    }
}
