package id.nttmart.routing;

import java.util.Comparator;
import java.util.List;

/**
 * A delivery reduced to numbers: the lines to fill and, for each outlet holding some of them, what it holds of
 * each line and how it measures against rules 3 to 5. Outlets holding none of the lines are left out, which keeps
 * the search over outlet sets small. Outlets are sorted by code, so an index is also the outlet-order rank.
 */
final class RoutingProblem {

    private final List<OrderLine> lines;
    private final List<OutletStock> outlets;
    /** [outlet][line], capped at the line's quantity: more never helps fill a line and the sums cannot overflow. */
    private final int[][] available;
    private final boolean[] onIsland;
    private final long[] distanceMetres;
    private final long[] stock;
    /** Per line, the capped units across every outlet. */
    private final long[] total;

    RoutingProblem(List<OrderLine> lines, Destination.Delivery destination, List<OutletStock> eligible) {
        this.lines = List.copyOf(lines);
        this.outlets = eligible.stream()
                .filter(outlet -> lines.stream().anyMatch(line -> outlet.available(line.productId()) > 0))
                .sorted(Comparator.comparing(OutletStock::code).thenComparingLong(OutletStock::outletId))
                .toList();
        int n = outlets.size();
        available = new int[n][lines.size()];
        onIsland = new boolean[n];
        distanceMetres = new long[n];
        stock = new long[n];
        total = new long[lines.size()];
        Double latitude = destination.latitude();
        Double longitude = destination.longitude();
        for (int o = 0; o < n; o++) {
            OutletStock outlet = outlets.get(o);
            for (int l = 0; l < lines.size(); l++) {
                OrderLine line = lines.get(l);
                int units = outlet.available(line.productId());
                available[o][l] = Math.min(units, line.quantity());
                total[l] += available[o][l];
                stock[o] += units;
            }
            onIsland[o] = outlet.island().equalsIgnoreCase(destination.island());
            distanceMetres[o] = latitude != null && longitude != null
                    ? Math.round(1000 * GreatCircle.km(outlet.latitude(), outlet.longitude(), latitude, longitude))
                    : 0; // unknown place: every outlet equally far, so rule 4 never decides
        }
    }

    int outletCount() {
        return outlets.size();
    }

    OutletStock outlet(int outlet) {
        return outlets.get(outlet);
    }

    int lineCount() {
        return lines.size();
    }

    OrderLine line(int line) {
        return lines.get(line);
    }

    int available(int outlet, int line) {
        return available[outlet][line];
    }

    /** Measures a set of outlets, given as ascending indices. */
    Candidate candidate(int... set) {
        int onDestinationIsland = 0;
        long metres = 0;
        long units = 0;
        for (int o : set) {
            onDestinationIsland += onIsland[o] ? 1 : 0;
            metres += distanceMetres[o];
            units += stock[o];
        }
        return new Candidate(set, onDestinationIsland, metres, units);
    }

    /** Whether every line can be filled by the outlets of the set together. */
    boolean fills(int[] set) {
        for (int l = 0; l < lines.size(); l++) {
            long units = 0;
            for (int o : set) {
                units += available[o][l];
            }
            if (units < lines.get(l).quantity()) {
                return false;
            }
        }
        return true;
    }

    /** Whether every outlet but this one could still fill every line: if not, the outlet is indispensable. */
    boolean othersFill(int outlet) {
        for (int l = 0; l < lines.size(); l++) {
            if (total[l] - available[outlet][l] < lines.get(l).quantity()) {
                return false;
            }
        }
        return true;
    }
}
