package id.nttmart.platform.embedded;

/**
 * An embedded service (PostgreSQL or Elasticsearch) could not start. The message is one sentence a person can act
 * on; {@link EmbeddedServiceFailureAnalyzer} shows it instead of a stack trace.
 */
public class EmbeddedServiceException extends RuntimeException {

    private final String action;

    public EmbeddedServiceException(String message, String action, Throwable cause) {
        super(message, cause);
        this.action = action;
    }

    public EmbeddedServiceException(String message, String action) {
        this(message, action, null);
    }

    public String action() {
        return action;
    }
}
