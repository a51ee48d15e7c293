package id.nttmart.routing;

import java.util.Comparator;
import java.util.List;

/** Rules 3 to 5 in the order, each only breaking the ties the one before left. */
final class Ranking implements Comparator<Candidate> {

    static final Ranking RULES_3_TO_5 = new Ranking();

    private final List<TieBreakRule> rules =
            List.of(new SameIslandRule(), new NearestRule(), new MostStockRule(), new OutletOrderRule());

    private Ranking() {}

    @Override
    public int compare(Candidate a, Candidate b) {
        for (TieBreakRule rule : rules) {
            int order = rule.compare(a, b);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    /**
     * The rule that put the winner ahead of the runner-up. Every other candidate ranks at or below the runner-up,
     * so it was left behind by this rule or an earlier one: this is the rule that finally decided.
     */
    RoutingReason decidingRule(Candidate winner, Candidate runnerUp) {
        for (TieBreakRule rule : rules) {
            if (rule.compare(winner, runnerUp) != 0) {
                return rule.reason();
            }
        }
        return RoutingReason.OUTLET_ORDER;
    }
}
