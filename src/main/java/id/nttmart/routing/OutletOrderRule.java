package id.nttmart.routing;

import java.util.Arrays;

/**
 * Rule 5, second half: outlet codes ascending (for sets, their sorted codes compared in turn). Never a tie, so
 * the same order over the same stock always routes the same way.
 */
final class OutletOrderRule implements TieBreakRule {

    @Override
    public int compare(Candidate a, Candidate b) {
        // Outlet indices follow code order (see RoutingProblem), so comparing indices compares codes.
        return Arrays.compare(a.outlets(), b.outlets());
    }

    @Override
    public RoutingReason reason() {
        return RoutingReason.OUTLET_ORDER;
    }
}
