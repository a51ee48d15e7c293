package id.nttmart.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class EmbeddedDefaultTest {

    @Test
    void with_nothing_configured_the_embedded_services_and_demo_data_are_on() {
        var environment = new MockEnvironment();

        assertThat(EmbeddedDefault.postgresEmbedded(environment)).isTrue();
        assertThat(EmbeddedDefault.elasticsearchEmbedded(environment)).isTrue();
        assertThat(EmbeddedDefault.demoData(environment)).isTrue();
    }

    @Test
    void an_external_database_means_no_embedded_postgres_and_no_demo_users() {
        var environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db.example:5432/nttmart")
                .withProperty("nttmart.elasticsearch.url", "https://es.example:9200");

        assertThat(EmbeddedDefault.postgresEmbedded(environment)).isFalse();
        assertThat(EmbeddedDefault.elasticsearchEmbedded(environment)).isFalse();
        assertThat(EmbeddedDefault.demoData(environment)).isFalse();
    }
}
