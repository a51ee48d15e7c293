package id.nttmart.payment;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

/**
 * A listener added to the running shop for one test: records the {@link PaymentEvent}s it is told of, and throws
 * for those {@link #failWhen} matches (as a failing order listener would).
 */
final class RecordedPaymentEvents implements ApplicationListener<ApplicationEvent>, AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final List<PaymentEvent> events = new CopyOnWriteArrayList<>();
    volatile Predicate<PaymentEvent> failWhen = event -> false;

    private RecordedPaymentEvents(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static RecordedPaymentEvents on(ConfigurableApplicationContext context) {
        var recorder = new RecordedPaymentEvents(context);
        context.addApplicationListener(recorder);
        return recorder;
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof PaymentEvent paid) {
            if (failWhen.test(paid)) {
                throw new IllegalStateException("the order listener failed on " + paid.eventId());
            }
            events.add(paid);
        }
    }

    List<PaymentEvent> of(String orderNumber) {
        return events.stream().filter(event -> event.orderNumber().equals(orderNumber)).toList();
    }

    <T extends PaymentEvent> List<T> of(String orderNumber, Class<T> type) {
        return of(orderNumber).stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Override
    public void close() {
        context.removeApplicationListener(this);
    }
}
