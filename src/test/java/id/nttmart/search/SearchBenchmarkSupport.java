package id.nttmart.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.json.JsonpUtils;
import id.nttmart.catalog.Catalog;
import id.nttmart.region.Regions;
import id.nttmart.search.analysis.TextAnalysis;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationContext;

/**
 * Benchmark access to the search module's package-private parts: the shop's own full rebuild, and the exact search
 * requests {@link ProductSearch} and {@link ProductSuggestions} send to Elasticsearch for a query. The requests are
 * captured by running the real classes over a client that records each request before sending it, so the bare
 * engine is benchmarked with the same bodies, in the same sequence, as the shop sends them.
 */
public final class SearchBenchmarkSupport {

    private final ApplicationContext context;

    public SearchBenchmarkSupport(ApplicationContext context) {
        this.context = context;
    }

    /** The shop's own forced rebuild (new index, fill from PostgreSQL, alias swap, under the advisory lock). */
    public void rebuildIndex() {
        context.getBean(SearchIndexInitializer.class).rebuild(true);
    }

    public String alias() {
        return context.getBean(SearchProperties.class).alias();
    }

    /** The JSON bodies of the search requests the shop sends for these API parameters, in order. */
    public List<String> searchRequests(Map<String, String> parameters) {
        var recording = new RecordingClient(context.getBean(ElasticsearchClient.class));
        var search = new ProductSearch(new ShopperSearches(recording), context.getBean(TextAnalysis.class),
                context.getBean(SearchProperties.class), context.getBean(SearchTelemetry.class));
        search.search(context.getBean(SearchParameters.class).parse(parameters));
        return recording.bodies;
    }

    /** The JSON bodies of the search requests the shop sends for autocomplete of this text, in order. */
    public List<String> suggestionRequests(String typed, Locale locale) {
        var recording = new RecordingClient(context.getBean(ElasticsearchClient.class));
        var suggestions = new ProductSuggestions(new ShopperSearches(recording), context.getBean(TextAnalysis.class),
                context.getBean(Catalog.class), context.getBean(Regions.class),
                context.getBean(SearchProperties.class));
        suggestions.suggest(typed, locale);
        return recording.bodies;
    }

    /** Sends every search through the real client, keeping its body as the client serialises it. */
    private static final class RecordingClient extends ElasticsearchClient {

        private final List<String> bodies = new ArrayList<>();

        RecordingClient(ElasticsearchClient real) {
            super(real._transport(), real._transportOptions());
        }

        /** Keeps recording when the shop sets its shoppers' time limits. */
        @Override
        public ElasticsearchClient withTransportOptions(co.elastic.clients.transport.TransportOptions options) {
            return this;
        }

        @Override
        public <T> SearchResponse<T> search(SearchRequest request, Class<T> type)
                throws IOException, ElasticsearchException {
            bodies.add(JsonpUtils.toJsonString(request, _jsonpMapper()));
            return super.search(request, type);
        }
    }
}
