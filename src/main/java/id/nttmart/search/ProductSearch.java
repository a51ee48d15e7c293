package id.nttmart.search;

import co.elastic.clients.elasticsearch._types.SuggestMode;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.Suggestion;
import id.nttmart.catalog.Product;
import id.nttmart.search.ProductDocument.Summary;
import id.nttmart.search.SearchPage.FacetValue;
import id.nttmart.search.analysis.TextAnalysis;
import id.nttmart.search.analysis.TextAnalysis.QueryWord;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Full-text product search over the products alias (see {@link ProductQueries} for how results are scored).
 *
 * <p>A search first asks for products with every word exactly (in any of its forms or synonyms), and in the same
 * request which words the index lacks in every form and how those might be spelt (term suggesters). Only when some word is unknown
 * does a second request forgive typos in those words (so "kopi" never brings "topi" hats, while "kpoi" finds
 * coffee), and only when nothing has every word does it show the products that have most of them.
 */
@Service
public class ProductSearch {

    /** The forms of a word that the index may hold. */
    private static final Map<String, Function<QueryWord, String>> FORMS = Map.of("plain", QueryWord::plain,
            "indonesian", QueryWord::indonesian, "english", QueryWord::english);

    private final ShopperSearches shoppers;
    private final TextAnalysis analysis;
    private final String alias;
    private final SearchTelemetry telemetry;

    ProductSearch(ShopperSearches shoppers, TextAnalysis analysis, SearchProperties properties,
            SearchTelemetry telemetry) {
        this.shoppers = shoppers;
        this.telemetry = telemetry;
        this.analysis = analysis;
        this.alias = properties.alias();
    }

    /**
     * Searches; fails with {@link SearchUnavailableException} when Elasticsearch cannot answer, even after the
     * retries of a transient failure (see {@link ShopperSearches#read}).
     */
    public SearchPage search(SearchQuery query) {
        return telemetry.timed("search", () -> shoppers.read(() -> run(query)));
    }

    private SearchPage run(SearchQuery query) throws IOException {
        List<QueryWord> words = analysis.queryWords(query.text());
        if (words.isEmpty()) {
            return page(query, execute(query, Query.of(q -> q.matchAll(m -> m)), words, false), Set.of(), null,
                    false);
        }
        var first = execute(query, ProductQueries.relevance(words, Set.of(), false), words, true);
        Set<Integer> unknown = unknownWords(first, words);
        Set<String> forms = new HashSet<>(analysis.matchForms(query.text()));
        if (unknown.isEmpty() && total(first) > 0) {
            return page(query, first, forms, null, false);
        }
        String didYouMean = unknown.isEmpty() ? null : corrected(first, words, unknown);
        if (didYouMean != null) {
            forms.addAll(analysis.matchForms(didYouMean));
        }
        var second = unknown.isEmpty() ? first
                : execute(query, ProductQueries.relevance(words, unknown, false), words, false);
        if (total(second) > 0 || words.size() == 1) {
            return page(query, second, forms, didYouMean, false);
        }
        var relaxed = execute(query, ProductQueries.relevance(words, unknown, true), words, false);
        return page(query, relaxed, forms, didYouMean, true);
    }

    private SearchResponse<Summary> execute(SearchQuery query, Query scoring, List<QueryWord> words, boolean probe)
            throws IOException {
        var request = SearchRequest.of(s -> {
            s.index(alias).size(query.size()).trackTotalHits(t -> t.enabled(true))
                    .source(src -> src.filter(f -> f.includes(Summary.FIELDS)))
                    .query(q -> q.bool(b -> b.must(scoring).filter(ProductQueries.filters(query.filters()))))
                    .sort(ProductQueries.sort(query.sort(), words.isEmpty()))
                    .aggregations(ProductQueries.facets());
            if (query.after() != null) {
                s.searchAfter(SearchCursor.decode(query.after()));
            } else {
                s.from(query.page() * query.size());
            }
            if (probe) {
                s.suggest(sg -> {
                    sg.suggesters("spell", fs -> fs.text(joined(words, QueryWord::plain)).term(t -> t
                            .field("spelling").suggestMode(SuggestMode.Missing).size(1).minWordLength(3)
                            .prefixLength(1)));
                    // Per form, close catalogue words for each word that is not in the index; none for a word
                    // that is (Lucene's spell checker stops at a word it finds), so this costs nearly nothing.
                    FORMS.forEach((name, form) -> sg.suggesters(name, fs -> fs.text(joined(words, form))
                            .term(t -> t.field("vocabulary").suggestMode(SuggestMode.Missing).size(1)
                                    .minWordLength(3).prefixLength(1))));
                    return sg;
                });
            }
            return s;
        });
        return shoppers.client().search(request, Summary.class);
    }

    private static long total(SearchResponse<?> response) {
        return response.hits().total() == null ? response.hits().hits().size() : response.hits().total().value();
    }

    private static String joined(List<QueryWord> words, Function<QueryWord, String> form) {
        return words.stream().map(form).collect(Collectors.joining(" "));
    }

    /**
     * Indexes of the words that no product has in any form: for each form, the index offered close words instead.
     * A word with no close word at all counts as known: forgiving its typos would find nothing either.
     */
    private static Set<Integer> unknownWords(SearchResponse<Summary> response, List<QueryWord> words) {
        var out = new HashSet<Integer>();
        for (int i = 0; i < words.size(); i++) {
            int word = i;
            boolean everyFormMissing = FORMS.keySet().stream().allMatch(name -> {
                List<Suggestion<Summary>> entries = response.suggest().getOrDefault(name, List.of());
                return word < entries.size() && entries.get(word).isTerm()
                        && !entries.get(word).term().options().isEmpty();
            });
            if (everyFormMissing) {
                out.add(i);
            }
        }
        return out;
    }

    /** The query with each unknown word replaced by its closest catalogue word, if there is one for any. */
    private static @Nullable String corrected(SearchResponse<Summary> response, List<QueryWord> words,
            Set<Integer> unknown) {
        List<Suggestion<Summary>> entries = response.suggest().getOrDefault("spell", List.of());
        var out = new ArrayList<String>(words.size());
        boolean changed = false;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i).plain();
            if (unknown.contains(i) && i < entries.size() && entries.get(i).isTerm()
                    && !entries.get(i).term().options().isEmpty()) {
                word = entries.get(i).term().options().getFirst().text();
                changed = true;
            }
            out.add(word);
        }
        return changed ? String.join(" ", out) : null;
    }

    private SearchPage page(SearchQuery query, SearchResponse<Summary> response, Set<String> forms,
            @Nullable String didYouMean, boolean relaxed) {
        List<Hit<Summary>> hits = response.hits().hits();
        var results = hits.stream().map(Hit::source).map(s -> hit(s, forms)).toList();
        long total = total(response);
        boolean more = hits.size() == query.size()
                && (query.after() != null || (long) (query.page() + 1) * query.size() < total);
        String next = more ? SearchCursor.encode(hits.getLast().sort()) : null;
        return new SearchPage(query, total, results, facets(response.aggregations()), didYouMean, relaxed, next);
    }

    private SearchHit hit(Summary s, Set<String> forms) {
        return new SearchHit(s.sku(), s.nameId(), s.nameEn(), Product.pathOf(s.slug()),
                "/media/products/" + s.sku() + "/0", s.priceIdr(), s.regency(), s.regencyName(), s.island(),
                s.category(), s.program(), s.licences() == null ? List.of() : s.licences(), s.inStock(),
                analysis.highlight(s.nameId(), forms), analysis.highlight(s.nameEn(), forms));
    }

    private static Map<String, List<FacetValue>> facets(Map<String, Aggregate> aggregations) {
        var out = new LinkedHashMap<String, List<FacetValue>>();
        for (String name : List.of("category", "regency", "island", "program", "licence")) {
            out.put(name, aggregations.get(name).sterms().buckets().array().stream()
                    .map(b -> new FacetValue(b.key().stringValue(), b.docCount())).toList());
        }
        out.put("in_stock", List.of(new FacetValue("true", aggregations.get("in_stock").filter().docCount())));
        out.put("price", aggregations.get("price").range().buckets().array().stream()
                .map(b -> new FacetValue(b.key(), b.docCount())).toList());
        return out;
    }
}
