package id.nttmart.platform;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The embedded default: with no database or search URL configured, the shop starts its own PostgreSQL and
 * Elasticsearch and fills them with demo data. Configuring {@code spring.datasource.url} or
 * {@code nttmart.elasticsearch.url} switches the corresponding embedded service off.
 */
public final class EmbeddedDefault {

    private EmbeddedDefault() {}

    public static boolean postgresEmbedded(Environment environment) {
        return !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
    }

    public static boolean elasticsearchEmbedded(Environment environment) {
        return !StringUtils.hasText(environment.getProperty("nttmart.elasticsearch.url"));
    }

    /** Demo catalogue and demo users: on with the embedded PostgreSQL unless {@code nttmart.demo.enabled} says. */
    public static boolean demoData(Environment environment) {
        return environment.getProperty("nttmart.demo.enabled", Boolean.class, postgresEmbedded(environment));
    }

    public static final class OnEmbeddedPostgres implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return postgresEmbedded(context.getEnvironment());
        }
    }

    public static final class OnEmbeddedElasticsearch implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return elasticsearchEmbedded(context.getEnvironment());
        }
    }

    public static final class OnDemoData implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return demoData(context.getEnvironment());
        }
    }
}
