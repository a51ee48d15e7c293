package id.nttmart.search.relevance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NdcgTest {

    /** Grades 3, 2, 3, 0, 1, 2 in ranked order (the classic DCG example), gains 2^g - 1. */
    private static final Map<String, Integer> JUDGED = Map.of("a", 3, "b", 2, "c", 3, "e", 1, "f", 2, "g", 3,
            "h", 2, "i", 1);

    @Test
    void dcg_sums_exponential_gains_over_log2_discounts() {
        // 7/1 + 3/log2(3) + 7/2 + 0/log2(5) + 1/log2(6) + 3/log2(7)
        assertThat(Ndcg.dcg(List.of(3, 2, 3, 0, 1, 2), 10)).isCloseTo(13.848264, within(1e-6));
        assertThat(Ndcg.dcg(List.of(3, 2, 3, 0, 1, 2), 2)).isCloseTo(7 + 3 / (Math.log(3) / Math.log(2)),
                within(1e-9));
        assertThat(Ndcg.dcg(List.of(), 10)).isZero();
    }

    @Test
    void ndcg_divides_by_the_ideal_order_of_every_judged_product() {
        // Ideal: 3, 3, 3, 2, 2, 2 over the first six, 1, 1 after.
        double ndcg6 = Ndcg.ndcg(List.of("a", "b", "c", "d", "e", "f"), JUDGED, 6);
        assertThat(ndcg6).isCloseTo(13.848264 / 18.437718, within(1e-6));
    }

    @Test
    void a_perfect_ranking_scores_one_and_unjudged_products_score_nothing() {
        assertThat(Ndcg.ndcg(List.of("a", "c", "g", "b", "f", "h", "e", "i"), JUDGED, 10)).isCloseTo(1.0,
                within(1e-12));
        assertThat(Ndcg.ndcg(List.of("x", "y", "z"), JUDGED, 10)).isZero();
        assertThat(Ndcg.ndcg(List.of(), JUDGED, 10)).isZero();
    }

    @Test
    void only_the_first_k_count_and_a_repeated_product_gains_once() {
        var ranked = List.of("x", "x", "x", "x", "x", "x", "x", "x", "x", "x", "a");
        assertThat(Ndcg.ndcg(ranked, JUDGED, 10)).isZero();
        assertThat(Ndcg.ndcg(List.of("a", "a"), Map.of("a", 3), 10)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void a_query_without_any_relevant_product_has_no_ndcg() {
        assertThatThrownBy(() -> Ndcg.ndcg(List.of("a"), Map.of(), 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
