package id.nttmart.search.relevance;

import id.nttmart.search.relevance.JudgedSet.JudgedQuery;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/** NDCG@k of the shop's search and of the naive baseline over the judged set, and the report that shows them. */
record RelevanceReport(int k, List<CatalogueProduct> catalogue, List<Result> results) {

    RelevanceReport {
        catalogue = List.copyOf(catalogue);
        results = List.copyOf(results);
    }

    /** One judged query: the grades, what each ranking returned (SKUs, best first), and their NDCG@k. */
    record Result(JudgedQuery query, Map<String, Integer> grades, List<String> shop, List<String> baseline,
            double shopNdcg, double baselineNdcg) {

        static Result of(JudgedQuery query, Map<String, Integer> grades, List<String> shop, List<String> baseline,
                int k) {
            return new Result(query, grades, List.copyOf(shop), List.copyOf(baseline), Ndcg.ndcg(shop, grades, k),
                    Ndcg.ndcg(baseline, grades, k));
        }
    }

    double meanShop() {
        return mean(r -> true, Result::shopNdcg);
    }

    double meanBaseline() {
        return mean(r -> true, Result::baselineNdcg);
    }

    private double mean(Predicate<Result> which, ToDoubleFunction<Result> ndcg) {
        return results.stream().filter(which).mapToDouble(ndcg).average().orElse(Double.NaN);
    }

    List<Result> worstForShop(int count) {
        return results.stream().sorted(Comparator.comparingDouble(Result::shopNdcg)
                .thenComparing(r -> r.query().text())).limit(count).toList();
    }

    String render() {
        var out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Relevance: NDCG@%d over %d judged queries, demo catalogue of %d"
                + " products%n", k, results.size(), catalogue.size()));
        out.append("shop = ProductSearch#search; baseline = one multi_match, fuzziness AUTO, over name_id, name_en,"
                + " description_id, description_en\n\n");
        out.append(String.format(Locale.ROOT, "%-26s %-11s %-4s %6s %6s %6s %9s%n", "query", "group", "lang",
                "shop", "base", "diff", "relevant"));
        for (Result r : results) {
            long three = r.grades().values().stream().filter(g -> g == 3).count();
            out.append(String.format(Locale.ROOT, "%-26s %-11s %-4s %6.3f %6.3f %+6.3f %4d/%-4d%n",
                    r.query().text(), r.query().group(), r.query().language(), r.shopNdcg(), r.baselineNdcg(),
                    r.shopNdcg() - r.baselineNdcg(), three, r.grades().size()));
        }
        out.append(String.format(Locale.ROOT, "%n%-16s %6s %6s %6s %6s %6s %6s %6s%n", "group", "queries", "shop",
                "base", "shop id", "base id", "shop en", "base en"));
        for (String group : JudgedSet.GROUPS) {
            Predicate<Result> inGroup = r -> r.query().group().equals(group);
            out.append(groupLine(group, inGroup));
        }
        out.append(groupLine("ALL", r -> true));
        out.append(String.format(Locale.ROOT, "%nMean NDCG@%d: shop %.3f, baseline %.3f (difference %+.3f)%n", k,
                meanShop(), meanBaseline(), meanShop() - meanBaseline()));
        out.append(String.format(Locale.ROOT, "%nThe 10 worst queries for the shop, with its top 3 (grade, SKU,"
                + " product):%n"));
        Map<String, CatalogueProduct> bySku = catalogue.stream()
                .collect(Collectors.toMap(CatalogueProduct::sku, Function.identity()));
        for (Result r : worstForShop(10)) {
            out.append(String.format(Locale.ROOT, "  %-26s shop %.3f, baseline %.3f, %d hits%n", r.query().text(),
                    r.shopNdcg(), r.baselineNdcg(), r.shop().size()));
            r.shop().stream().limit(3).forEach(sku -> out.append(String.format(Locale.ROOT, "      %d  %-14s %s%n",
                    r.grades().getOrDefault(sku, 0), sku,
                    bySku.containsKey(sku) ? bySku.get(sku).label() : "(not in the demo catalogue)")));
        }
        return out.toString();
    }

    private String groupLine(String name, Predicate<Result> inGroup) {
        Predicate<Result> id = r -> r.query().language().equals("id");
        Predicate<Result> en = r -> r.query().language().equals("en");
        return String.format(Locale.ROOT, "%-16s %6d %6.3f %6.3f %6.3f %6.3f %6.3f %6.3f%n", name,
                results.stream().filter(inGroup).count(), mean(inGroup, Result::shopNdcg),
                mean(inGroup, Result::baselineNdcg), mean(inGroup.and(id), Result::shopNdcg),
                mean(inGroup.and(id), Result::baselineNdcg), mean(inGroup.and(en), Result::shopNdcg),
                mean(inGroup.and(en), Result::baselineNdcg));
    }
}
