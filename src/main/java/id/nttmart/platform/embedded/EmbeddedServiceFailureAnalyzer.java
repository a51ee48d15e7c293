package id.nttmart.platform.embedded;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a failed start of an embedded service into Spring Boot's short "APPLICATION FAILED TO START" report. */
class EmbeddedServiceFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedServiceException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedServiceException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
