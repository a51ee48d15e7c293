package id.nttmart.search;

import id.nttmart.search.analysis.Synonyms;
import id.nttmart.search.analysis.TextAnalysis;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/**
 * The text analysis behind search, with the synonyms from {@code nttmart.search.synonyms} (by default the file
 * shipped in {@code search-index/synonyms/}; point it at a file of your own to extend the synonyms without a new
 * build).
 */
@Configuration(proxyBeanMethods = false)
class SearchAnalysisConfiguration {

    @Bean
    TextAnalysis textAnalysis(
            @Value("${nttmart.search.synonyms:classpath:search-index/synonyms/synonyms.txt}") Resource synonyms)
            throws IOException {
        return new TextAnalysis(Synonyms.parse(synonyms.getContentAsString(StandardCharsets.UTF_8)));
    }
}
