package id.nttmart.routing;

/**
 * A set of outlets that could serve an order together (one outlet when it fills the order alone), measured
 * the way rules 3 to 5 look at it. Measures are computed once, so comparing candidates costs no trigonometry.
 *
 * @param outlets indices into the {@link RoutingProblem}'s outlets, ascending, so also in outlet-code order
 * @param onDestinationIsland how many of the outlets are on the destination's island
 * @param distanceMetres total distance from the outlets to the destination; whole metres so sums compare exactly
 * @param stock total available units of the ordered products across the outlets
 */
record Candidate(int[] outlets, int onDestinationIsland, long distanceMetres, long stock) {

    int size() {
        return outlets.length;
    }
}
