package id.nttmart.platform.embedded;

import com.zaxxer.hikari.HikariDataSource;
import id.nttmart.platform.EmbeddedDefault;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** Starts the embedded PostgreSQL and Elasticsearch when no external ones are configured. */
@Configuration(proxyBeanMethods = false)
class EmbeddedServicesConfiguration {

    @Bean(destroyMethod = "close")
    @Conditional(EmbeddedDefault.OnEmbeddedElasticsearch.class)
    ElasticsearchNode embeddedElasticsearch(EmbeddedProperties properties) {
        return ElasticsearchNode.start(properties.elasticsearchDistribution(),
                properties.dataDirectory().resolve("elasticsearch"), properties.elasticsearchPort(),
                properties.elasticsearchHeap(), false);
    }

    @Bean(destroyMethod = "close")
    @Conditional(EmbeddedDefault.OnEmbeddedPostgres.class)
    EmbeddedPostgresServer embeddedPostgres(EmbeddedProperties properties,
            ObjectProvider<ElasticsearchNode> elasticsearch) {
        // Elasticsearch boots in the background and takes longest: set it going first, so both start in parallel.
        elasticsearch.ifAvailable(node -> {});
        return EmbeddedPostgresServer.start(properties.dataDirectory().resolve("postgres"),
                properties.postgresPort(), false);
    }

    @Bean
    @Conditional(EmbeddedDefault.OnEmbeddedPostgres.class)
    DataSource dataSource(EmbeddedPostgresServer postgres) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.jdbcUrl());
        dataSource.setUsername(EmbeddedPostgresServer.USER);
        dataSource.setMaximumPoolSize(20);
        dataSource.setConnectionTimeout(10_000);
        dataSource.setPoolName("embedded-postgres");
        return dataSource;
    }
}
