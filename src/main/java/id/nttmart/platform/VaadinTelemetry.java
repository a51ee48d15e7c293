package id.nttmart.platform;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * The Vaadin sessions this node holds ({@code nttmart_vaadin_sessions}): each is a visitor whose UI lives in this
 * node's memory, so this is what a node's heap and its loss (sticky sessions) are about.
 */
@Component
class VaadinTelemetry implements VaadinServiceInitListener {

    private final AtomicInteger sessions = new AtomicInteger();

    VaadinTelemetry(MeterRegistry registry) {
        Gauge.builder("nttmart.vaadin.sessions", sessions, AtomicInteger::get)
                .description("Vaadin sessions open on this node").register(registry);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> sessions.incrementAndGet());
        event.getSource().addSessionDestroyListener(destroy -> sessions.decrementAndGet());
    }
}
