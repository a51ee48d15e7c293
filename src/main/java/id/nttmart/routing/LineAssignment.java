package id.nttmart.routing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Divides the lines among the chosen outlets. A line goes whole to the best-ranked outlet of the set that can fill
 * it alone, and is split only when none can, so a buyer gets one product in one parcel wherever possible.
 */
final class LineAssignment {

    private LineAssignment() {}

    static List<Shipment> shipments(RoutingProblem problem, SetSearch.Choice choice) {
        int[] ranked = Arrays.stream(choice.chosen().outlets())
                .boxed()
                .sorted(Comparator.comparing(o -> problem.candidate(o), Ranking.RULES_3_TO_5))
                .mapToInt(Integer::intValue)
                .toArray();
        Map<Integer, List<OrderLine>> linesByOutlet = new LinkedHashMap<>();
        for (int o : ranked) {
            linesByOutlet.put(o, new ArrayList<>());
        }
        for (int l = 0; l < problem.lineCount(); l++) {
            int whole = wholeFiller(problem, ranked, l);
            if (whole >= 0) {
                linesByOutlet.get(whole).add(problem.line(l));
            } else {
                split(problem, ranked, l, linesByOutlet);
            }
        }
        List<Shipment> shipments = new ArrayList<>();
        linesByOutlet.forEach((o, lines) -> {
            // A minimal set gives every outlet a line; the check only keeps an empty shipment impossible.
            if (!lines.isEmpty()) {
                shipments.add(new Shipment(problem.outlet(o).outletId(), lines, choice.reason()));
            }
        });
        return shipments;
    }

    private static int wholeFiller(RoutingProblem problem, int[] ranked, int line) {
        for (int o : ranked) {
            if (problem.available(o, line) >= problem.line(line).quantity()) {
                return o;
            }
        }
        return -1;
    }

    private static void split(RoutingProblem problem, int[] ranked, int line, Map<Integer, List<OrderLine>> into) {
        long productId = problem.line(line).productId();
        int missing = problem.line(line).quantity();
        for (int o : ranked) {
            int units = Math.min(missing, problem.available(o, line));
            if (units > 0) {
                into.get(o).add(new OrderLine(productId, units));
                missing -= units;
            }
        }
    }
}
