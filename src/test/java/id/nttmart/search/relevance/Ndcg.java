package id.nttmart.search.relevance;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Normalised discounted cumulative gain at a cut-off k, with graded gains {@code 2^grade - 1} and the discount
 * {@code log2(rank + 1)} (rank from 1). The ideal ranking orders every judged product by grade; unjudged products
 * count as grade 0. A query with no relevant product has no ideal gain, and its NDCG is undefined (an error here).
 */
final class Ndcg {

    private Ndcg() {}

    static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    /** DCG of grades in ranked order, over the first {@code k}. */
    static double dcg(List<Integer> grades, int k) {
        double sum = 0;
        for (int i = 0; i < Math.min(k, grades.size()); i++) {
            sum += gain(grades.get(i)) / (Math.log(i + 2) / Math.log(2));
        }
        return sum;
    }

    /** NDCG@k of a ranked list of SKUs against the judged grades; a repeated SKU gains nothing the second time. */
    static double ndcg(List<String> ranked, Map<String, Integer> judged, int k) {
        List<Integer> ideal = judged.values().stream().sorted(Comparator.reverseOrder()).toList();
        double idcg = dcg(ideal, k);
        if (idcg == 0) {
            throw new IllegalArgumentException("no relevant product judged: NDCG is undefined");
        }
        var seen = new HashSet<String>();
        List<Integer> actual = ranked.stream().map(sku -> seen.add(sku) ? judged.getOrDefault(sku, 0) : 0).toList();
        return dcg(actual, k) / idcg;
    }
}
