package id.nttmart.routing;

import java.util.Comparator;

/**
 * One of rules 3 to 5: orders candidates with the better one first, and names itself as the reason when it is
 * the rule that told the winner from the runner-up. Each rule is its own class so the code reads like the issue.
 */
sealed interface TieBreakRule extends Comparator<Candidate>
        permits SameIslandRule, NearestRule, MostStockRule, OutletOrderRule {

    RoutingReason reason();
}
