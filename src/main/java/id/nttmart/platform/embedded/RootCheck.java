package id.nttmart.platform.embedded;

import id.nttmart.platform.EmbeddedDefault;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses, before anything else starts, to run the embedded services as root: PostgreSQL and Elasticsearch would
 * refuse anyway, with a stack trace instead of one clear sentence.
 */
class RootCheck implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean postgres = EmbeddedDefault.postgresEmbedded(environment);
        boolean elasticsearch = EmbeddedDefault.elasticsearchEmbedded(environment);
        if (postgres || elasticsearch) {
            CurrentUser.refuseRoot(postgres && elasticsearch ? "PostgreSQL and Elasticsearch"
                    : postgres ? "PostgreSQL" : "Elasticsearch");
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
