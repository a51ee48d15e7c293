package id.nttmart.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.Hit;
import id.nttmart.catalog.Product;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Full-text product search over the products alias. Relevance comes from names first, then category, producer,
 * origin and place, then descriptions, in Indonesian and English; exact phrases in the name rank highest, and
 * small typos are forgiven. User text goes only into match queries, never into query-string syntax.
 */
@Service
public class ProductSearch {

    private static final Logger log = LoggerFactory.getLogger(ProductSearch.class);

    private static final List<String> FIELDS = List.of("name_id^4", "name_en^4", "category_name_id^2",
            "category_name_en^2", "producer^2", "origin^2", "regency_name^2", "regency_seat^2", "island.text^1.5",
            "description_id", "description_en");

    private final ElasticsearchClient client;
    private final String alias;

    ProductSearch(ElasticsearchClient client, SearchProperties properties) {
        this.client = client;
        this.alias = properties.alias();
    }

    public SearchPage search(SearchQuery query) {
        var request = SearchRequest.of(s -> {
            s.index(alias).from(query.page() * query.size()).size(query.size()).trackTotalHits(t -> t.enabled(true));
            if (query.isBlank()) {
                s.query(q -> q.matchAll(m -> m)).sort(o -> o.field(f -> f.field("created_at").order(SortOrder.Desc)));
            } else {
                s.query(relevance(query.text()));
            }
            return s;
        });
        try {
            var response = client.search(request, ProductDocument.class);
            var hits = response.hits().hits().stream().map(Hit::source).map(ProductSearch::hit).toList();
            long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
            return new SearchPage(query, total, hits);
        } catch (IOException | ElasticsearchException e) {
            log.warn("Search failed for a query of {} characters: {}", query.text().length(), e.getMessage());
            throw new SearchUnavailableException("Search is briefly unavailable", e);
        }
    }

    private static Query relevance(String text) {
        // Any of: the words spread over the fields (a product from "Labuan Bajo" named "kopi"), the words in one
        // field with small typos forgiven, or the exact phrase in the name (which scores highest).
        return Query.of(q -> q.bool(b -> b
                .should(sh -> sh.multiMatch(mm -> mm.query(text).fields(FIELDS).type(TextQueryType.CrossFields)
                        .operator(Operator.And)))
                .should(sh -> sh.multiMatch(mm -> mm.query(text).fields(FIELDS).type(TextQueryType.BestFields)
                        .operator(Operator.And).fuzziness("AUTO").prefixLength(1).tieBreaker(0.3)))
                .should(sh -> sh.multiMatch(mm -> mm.query(text).fields("name_id^3", "name_en^3")
                        .type(TextQueryType.Phrase).boost(2f)))
                .minimumShouldMatch("1")
                // Boosts only: when every word names the category ("kopi", "tenun ikat"), the category's own
                // products rank above things that merely mention it (coffee candy, ikat belts).
                .should(sh -> sh.multiMatch(mm -> mm.query(text).fields("category_name_id", "category_name_en")
                        .operator(Operator.And).boost(3f)))));
    }

    private static SearchHit hit(ProductDocument d) {
        return new SearchHit(d.sku(), d.nameId(), d.nameEn(), Product.pathOf(d.sku()),
                "/media/products/" + d.sku() + "/0", d.priceIdr(), d.regencyName(), d.island(), d.category(),
                d.program(), d.producer(), d.inStock());
    }
}
