package id.nttmart.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The fallback for orders no {@value SetSearch#EXACT_LIMIT} outlets can fill: repeatedly take the outlet that
 * fills the most missing units (the better-ranked one on a tie), then drop any outlet the others make redundant,
 * so no shipment is sent that the order does not need.
 */
final class GreedyCover {

    private final RoutingProblem problem;
    private final int[] preferred;

    GreedyCover(RoutingProblem problem, Ranking ranking) {
        this.problem = problem;
        this.preferred = IntStream.range(0, problem.outletCount())
                .boxed()
                .sorted(Comparator.comparing(o -> problem.candidate(o), ranking))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    /** Ascending outlet indices of a set that fills every line. */
    int[] cover() {
        int[] missing = IntStream.range(0, problem.lineCount()).map(l -> problem.line(l).quantity()).toArray();
        List<Integer> chosen = new ArrayList<>();
        while (IntStream.of(missing).anyMatch(units -> units > 0)) {
            int pick = -1;
            long most = 0;
            for (int o : preferred) {
                if (chosen.contains(o)) {
                    continue; // its stock is already counted against the missing units
                }
                long fills = 0;
                for (int l = 0; l < missing.length; l++) {
                    fills += Math.min(missing[l], problem.available(o, l));
                }
                if (fills > most) {
                    pick = o;
                    most = fills;
                }
            }
            if (pick < 0) {
                throw new IllegalStateException("The outlets cannot fill the lines they were given");
            }
            chosen.add(pick);
            for (int l = 0; l < missing.length; l++) {
                missing[l] = Math.max(0, missing[l] - problem.available(pick, l));
            }
        }
        // Least preferred first, so a redundant outlet is dropped before a better one is.
        for (int i = preferred.length - 1; i >= 0; i--) {
            Integer outlet = preferred[i];
            if (chosen.contains(outlet)) {
                chosen.remove(outlet);
                if (!problem.fills(sorted(chosen))) {
                    chosen.add(outlet);
                }
            }
        }
        return sorted(chosen);
    }

    private static int[] sorted(List<Integer> outlets) {
        return outlets.stream().mapToInt(Integer::intValue).sorted().toArray();
    }
}
