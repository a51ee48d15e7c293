package id.nttmart.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.AggregationRange;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import id.nttmart.search.analysis.TextAnalysis.QueryWord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The Elasticsearch queries behind search, built from words the application analysed itself. Only term-level
 * queries (term, fuzzy, phrase over whitespace-separated words) reach Elasticsearch: no user text is ever parsed
 * as query syntax.
 *
 * <p>Each word must match somewhere: in a name (weighted most), category, place (regency, seat, island, village),
 * producer or description, in either language. A phrase in the name, the category named by the query ("madu" is
 * the honey category, so honey ranks above honey soap) and stock add to the score.
 */
final class ProductQueries {

    /** A field of analysed words, which form of a query word it is searched with, and its weight. */
    private record Field(String name, Function<QueryWord, String> form, float boost) {}

    private static final List<Field> FIELDS = List.of(
            new Field("t_name_id", QueryWord::indonesian, 4f),
            new Field("t_name_en", QueryWord::english, 4f),
            new Field("t_category_id", QueryWord::indonesian, 2.5f),
            new Field("t_category_en", QueryWord::english, 2.5f),
            new Field("t_place", QueryWord::plain, 2.5f),
            new Field("t_producer", QueryWord::plain, 1.5f),
            new Field("t_description_id", QueryWord::indonesian, 0.7f),
            new Field("t_description_en", QueryWord::english, 0.7f));
    /** Fields where a misspelt word is looked for; descriptions would bring more noise than finds. */
    private static final Set<String> FUZZY_FIELDS = Set.of("t_name_id", "t_name_en", "t_category_id",
            "t_category_en", "t_place", "t_producer");
    private static final float CATEGORY_BOOST = 10f;
    private static final float IN_STOCK_BOOST = 1f;

    /** Price facet buckets in rupiah: [from, to). */
    static final List<long[]> PRICE_RANGES = List.of(new long[] {0, 50_000}, new long[] {50_000, 100_000},
            new long[] {100_000, 250_000}, new long[] {250_000, 500_000}, new long[] {500_000, 1_000_000},
            new long[] {1_000_000, Long.MAX_VALUE});

    private ProductQueries() {}

    /**
     * The relevance query.
     *
     * @param fuzzy indexes of words not in the catalogue, looked for with small typos forgiven
     * @param relaxed when true, not every word needs to match (about two in three do)
     */
    static Query relevance(List<QueryWord> words, Set<Integer> fuzzy, boolean relaxed) {
        var clauses = new ArrayList<Query>(words.size());
        for (int i = 0; i < words.size(); i++) {
            clauses.add(word(words.get(i), fuzzy.contains(i)));
        }
        int n = words.size();
        int required = relaxed ? Math.max(1, n - Math.max(1, n / 3)) : n;
        var matching = Query.of(q -> q.bool(b -> b.should(clauses).minimumShouldMatch(Integer.toString(required))));
        var boosts = new ArrayList<Query>();
        if (n > 1) {
            boosts.add(phrase("t_name_id", words, QueryWord::indonesian));
            boosts.add(phrase("t_name_en", words, QueryWord::english));
        }
        boosts.add(Query.of(q -> q.constantScore(c -> c.boost(CATEGORY_BOOST).filter(f -> f.bool(b -> b
                .should(terms("t_category_id", words, QueryWord::indonesian))
                .should(terms("t_category_en", words, QueryWord::english)))))));
        boosts.add(Query.of(q -> q.constantScore(c -> c.boost(IN_STOCK_BOOST)
                .filter(f -> f.term(t -> t.field("in_stock").value(true))))));
        return Query.of(q -> q.bool(b -> b.must(matching).should(boosts)));
    }

    private static Query word(QueryWord word, boolean fuzzy) {
        var alternatives = new ArrayList<Query>(FIELDS.size());
        for (Field field : FIELDS) {
            String value = field.form().apply(word);
            if (!fuzzy) {
                alternatives.add(Query.of(q -> q.term(t -> t.field(field.name()).value(value).boost(field.boost()))));
            } else if (FUZZY_FIELDS.contains(field.name())) {
                alternatives.add(Query.of(q -> q.fuzzy(f -> f.field(field.name()).value(value).fuzziness("AUTO")
                        .prefixLength(1).maxExpansions(20).transpositions(true).boost(field.boost() * 0.8f))));
            }
        }
        return Query.of(q -> q.disMax(d -> d.queries(alternatives).tieBreaker(0.2)));
    }

    private static Query phrase(String field, List<QueryWord> words, Function<QueryWord, String> form) {
        String text = String.join(" ", words.stream().map(form).toList());
        return Query.of(q -> q.matchPhrase(m -> m.field(field).query(text).slop(2).boost(2f)));
    }

    private static Query terms(String field, List<QueryWord> words, Function<QueryWord, String> form) {
        List<FieldValue> values = words.stream().map(form).distinct().map(FieldValue::of).toList();
        return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(values))));
    }

    /** The shopper's narrowing, as filters that do not score. */
    static List<Query> filters(SearchFilters f) {
        var out = new ArrayList<Query>();
        keyword(out, "category", f.category());
        keyword(out, "regency", f.regency());
        keyword(out, "island", f.island());
        keyword(out, "program", f.program());
        keyword(out, "licences", f.licence());
        if (f.inStock()) {
            out.add(Query.of(q -> q.term(t -> t.field("in_stock").value(true))));
        }
        if (f.minPrice() != null || f.maxPrice() != null) {
            out.add(Query.of(q -> q.range(r -> r.number(n -> {
                n.field("price_idr");
                if (f.minPrice() != null) {
                    n.gte(f.minPrice().doubleValue());
                }
                if (f.maxPrice() != null) {
                    n.lte(f.maxPrice().doubleValue());
                }
                return n;
            }))));
        }
        return out;
    }

    private static void keyword(List<Query> out, String field, String value) {
        if (value != null) {
            out.add(Query.of(q -> q.term(t -> t.field(field).value(value))));
        }
    }

    /** Counts per category, regency, island, program, licence, price range and stock over the results. */
    static Map<String, Aggregation> facets() {
        var out = new LinkedHashMap<String, Aggregation>();
        out.put("category", Aggregation.of(a -> a.terms(t -> t.field("category").size(20))));
        out.put("regency", Aggregation.of(a -> a.terms(t -> t.field("regency").size(30))));
        out.put("island", Aggregation.of(a -> a.terms(t -> t.field("island").size(10))));
        out.put("program", Aggregation.of(a -> a.terms(t -> t.field("program").size(5))));
        out.put("licence", Aggregation.of(a -> a.terms(t -> t.field("licences").size(10))));
        out.put("in_stock", Aggregation.of(a -> a.filter(f -> f.term(t -> t.field("in_stock").value(true)))));
        var ranges = PRICE_RANGES.stream().map(r -> AggregationRange.of(x -> {
            x.key(r[0] + "-" + (r[1] == Long.MAX_VALUE ? "" : r[1])).from((double) r[0]);
            return r[1] == Long.MAX_VALUE ? x : x.to((double) r[1]);
        })).toList();
        out.put("price", Aggregation.of(a -> a.range(r -> r.field("price_idr").ranges(ranges))));
        return out;
    }

    /** The sort, always ending with the SKU so that paging with a cursor is stable. */
    static List<SortOptions> sort(SearchSort sort, boolean blank) {
        var out = new ArrayList<SortOptions>();
        switch (blank && sort == SearchSort.RELEVANCE ? SearchSort.NEWEST : sort) {
            case RELEVANCE -> out.add(SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc))));
            case PRICE_ASC -> out.add(field("price_idr", SortOrder.Asc));
            case PRICE_DESC -> out.add(field("price_idr", SortOrder.Desc));
            case NEWEST -> out.add(field("created_at", SortOrder.Desc));
        }
        out.add(field("sku_sort", SortOrder.Asc));
        return out;
    }

    private static SortOptions field(String name, SortOrder order) {
        return SortOptions.of(s -> s.field(f -> f.field(name).order(order)));
    }
}
