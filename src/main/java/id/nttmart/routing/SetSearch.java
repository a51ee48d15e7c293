package id.nttmart.routing;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Rule 2 and, among equally few shipments, rules 3 to 5: finds the smallest set of outlets that fills every line.
 * Sets of up to {@value #EXACT_LIMIT} outlets are searched exactly (at most about 9,000 sets over 22 outlets, and
 * usually one size-1 pass); beyond that a greedy cover, as orders needing five outlets are rare and exact search
 * would grow fast. Holds the best sets found so far, so use one per routing.
 */
final class SetSearch {

    static final int EXACT_LIMIT = 4;

    /** The chosen outlets and the rule that chose them. */
    record Choice(Candidate chosen, RoutingReason reason) {}

    private final RoutingProblem problem;
    private final Ranking ranking = Ranking.RULES_3_TO_5;
    private @Nullable Candidate best;
    private @Nullable Candidate runnerUp;

    SetSearch(RoutingProblem problem) {
        this.problem = problem;
    }

    /** Chooses; the problem's lines must be fillable by all its outlets together. */
    Choice choose() {
        for (int size = 1; size <= Math.min(EXACT_LIMIT, problem.outletCount()); size++) {
            visit(new int[size], 0, 0, new long[size + 1][problem.lineCount()]);
            Candidate winner = best;
            if (winner != null) {
                return new Choice(winner, reason(winner, runnerUp));
            }
        }
        Candidate greedy = problem.candidate(new GreedyCover(problem, ranking).cover());
        return new Choice(greedy, reason(greedy, null));
    }

    /** Enumerates sets of {@code set.length} outlets, carrying per-line sums down so each set costs one step. */
    private void visit(int[] set, int depth, int from, long[][] sums) {
        if (depth == set.length) {
            if (covers(sums[depth])) {
                offer(problem.candidate(set.clone()));
            }
            return;
        }
        for (int o = from; o <= problem.outletCount() - (set.length - depth); o++) {
            set[depth] = o;
            for (int l = 0; l < problem.lineCount(); l++) {
                sums[depth + 1][l] = sums[depth][l] + problem.available(o, l);
            }
            visit(set, depth + 1, o + 1, sums);
        }
    }

    private boolean covers(long[] units) {
        for (int l = 0; l < units.length; l++) {
            if (units[l] < problem.line(l).quantity()) {
                return false;
            }
        }
        return true;
    }

    /** Keeps the two best sets: the winner, and the runner-up that tells which rule decided. */
    private void offer(Candidate candidate) {
        if (best == null || ranking.compare(candidate, best) < 0) {
            runnerUp = best;
            best = candidate;
        } else if (runnerUp == null || ranking.compare(candidate, runnerUp) < 0) {
            runnerUp = candidate;
        }
    }

    private RoutingReason reason(Candidate winner, @Nullable Candidate secondOfSameSize) {
        // Every outlet indispensable means every set that fills the order contains this one: no alternative.
        if (Arrays.stream(winner.outlets()).noneMatch(problem::othersFill)) {
            return RoutingReason.ONLY_OUTLET;
        }
        // Alternatives exist, but none as small: fewest shipments decided.
        if (secondOfSameSize == null) {
            return RoutingReason.FEWEST_SHIPMENTS;
        }
        return ranking.decidingRule(winner, secondOfSameSize);
    }
}
