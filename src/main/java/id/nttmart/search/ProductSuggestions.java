package id.nttmart.search;

import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import id.nttmart.catalog.Catalog;
import id.nttmart.catalog.Product;
import id.nttmart.region.Regions;
import id.nttmart.search.ProductDocument.Summary;
import id.nttmart.search.analysis.TextAnalysis;
import id.nttmart.search.analysis.TextAnalysis.QueryWord;
import id.nttmart.search.analysis.TextAnalysis.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Suggestions while a shopper types: products whose names have the words typed so far (the last one possibly
 * unfinished) from Elasticsearch, and categories and regencies by name (with seat and island) from memory, so that
 * these still come when search is down.
 */
@Service
public class ProductSuggestions {

    /** One suggestion: what it is, what it says (marked where it matches), and where it leads. */
    public record Suggestion(Kind kind, String label, List<Segment> marked, String path) {}

    public enum Kind { PRODUCT, CATEGORY, REGENCY }

    private static final Logger log = LoggerFactory.getLogger(ProductSuggestions.class);
    private static final int PRODUCTS = 6;
    private static final int PLACES = 3;

    private final ShopperSearches shoppers;
    private final TextAnalysis analysis;
    private final Catalog catalog;
    private final Regions regions;
    private final String alias;
    /** The words of category and regency names (a few dozen names, which change rarely). */
    private final Map<String, List<String>> nameWords = new ConcurrentHashMap<>();

    ProductSuggestions(ShopperSearches shoppers, TextAnalysis analysis, Catalog catalog, Regions regions,
            SearchProperties properties) {
        this.shoppers = shoppers;
        this.analysis = analysis;
        this.catalog = catalog;
        this.regions = regions;
        this.alias = properties.alias();
    }

    public List<Suggestion> suggest(String typed, Locale locale) {
        String text = SearchQuery.clean(typed);
        List<QueryWord> words = analysis.queryWords(text);
        if (words.isEmpty()) {
            return List.of();
        }
        Set<String> forms = analysis.matchForms(text);
        var out = new ArrayList<Suggestion>();
        out.addAll(products(words, forms, locale));
        out.addAll(places(words, forms, locale));
        return out;
    }

    private List<Suggestion> products(List<QueryWord> words, Set<String> forms, Locale locale) {
        QueryWord last = words.getLast();
        List<QueryWord> complete = words.subList(0, words.size() - 1);
        var query = Query.of(q -> q.bool(b -> {
            b.must(m -> m.term(t -> t.field("prefixes").value(last.plain())));
            if (!complete.isEmpty()) {
                b.must(ProductQueries.relevance(complete, Set.of(), false));
            }
            return b.should(s -> s.term(t -> t.field("t_name_id").value(last.indonesian())))
                    .should(s -> s.term(t -> t.field("t_name_en").value(last.english())))
                    .should(s -> s.constantScore(c -> c.boost(1f).filter(f -> f.term(t -> t.field("in_stock")
                            .value(true)))));
        }));
        try {
            var response = shoppers.read(() -> shoppers.client().search(s -> s.index(alias).size(PRODUCTS)
                    .query(query)
                    .source(src -> src.filter(f -> f.includes(Summary.FIELDS)))
                    .sort(o -> o.score(sc -> sc.order(SortOrder.Desc)))
                    .sort(o -> o.field(f -> f.field("sku_sort").order(SortOrder.Asc))), Summary.class));
            return response.hits().hits().stream().map(Hit::source).map(p -> {
                String name = "en".equals(locale.getLanguage()) ? p.nameEn() : p.nameId();
                return new Suggestion(Kind.PRODUCT, name, marked(name, words, forms), Product.pathOf(p.slug()));
            }).toList();
        } catch (SearchUnavailableException e) {
            log.debug("Product suggestions unavailable: {}", e.getMessage());
            return List.of();
        }
    }

    private List<Suggestion> places(List<QueryWord> words, Set<String> forms, Locale locale) {
        Stream<Suggestion> categories = catalog.categories().stream()
                .filter(c -> matches(words, c.nameId() + " " + c.nameEn()))
                .limit(PLACES)
                .map(c -> new Suggestion(Kind.CATEGORY, c.name(locale), marked(c.name(locale), words, forms),
                        "/search?category=" + c.code()));
        Stream<Suggestion> regencies = regions.regencies().stream()
                .filter(r -> matches(words, String.join(" ", r.name(), r.seat(), r.island())))
                .limit(PLACES)
                .map(r -> {
                    String label = r.name() + " (" + r.seat() + ", " + r.island() + ")";
                    return new Suggestion(Kind.REGENCY, label, marked(label, words, forms), "/kabupaten/" + r.slug());
                });
        return Stream.concat(categories, regencies).toList();
    }

    /** Every finished word is a word of the name, and the last one begins one. */
    private boolean matches(List<QueryWord> words, String name) {
        List<String> wordsOfName = nameWords.computeIfAbsent(name, n -> List.of(analysis.spelling(n).split(" ")));
        for (int i = 0; i < words.size() - 1; i++) {
            if (!wordsOfName.contains(words.get(i).plain())) {
                return false;
            }
        }
        String last = words.getLast().plain();
        return wordsOfName.stream().anyMatch(w -> w.startsWith(last));
    }

    /** Marks finished words as search would, and the word being typed where a word of the label begins with it. */
    private List<Segment> marked(String label, List<QueryWord> words, Set<String> forms) {
        String last = words.getLast().plain();
        var segments = analysis.highlight(label, forms);
        var out = new ArrayList<Segment>();
        for (Segment segment : segments) {
            if (segment.match()) {
                out.add(segment);
                continue;
            }
            String folded = segment.text().toLowerCase(Locale.ROOT);
            int at = wordStart(folded, last);
            if (at < 0) {
                out.add(segment);
                continue;
            }
            String t = segment.text();
            if (at > 0) {
                out.add(new Segment(t.substring(0, at), false));
            }
            out.add(new Segment(t.substring(at, at + last.length()), true));
            if (at + last.length() < t.length()) {
                out.add(new Segment(t.substring(at + last.length()), false));
            }
        }
        return out;
    }

    private static int wordStart(String text, String prefix) {
        int at = text.indexOf(prefix);
        while (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
            at = text.indexOf(prefix, at + 1);
        }
        return at;
    }
}
