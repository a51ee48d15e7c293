package id.nttmart.staff;

import id.nttmart.security.BackOfficeAccess;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tells the open staff screens of an outlet that shipments joined its queue, so they refresh without reloading
 * (server push). A screen registers with its user's scope and is told only about its own outlets. Telling happens
 * off the caller's thread, so a payment webhook never waits for a screen.
 */
@Component
public class OutletBroadcaster {

    private static final Logger log = LoggerFactory.getLogger(OutletBroadcaster.class);

    private final Set<Listener> listeners = ConcurrentHashMap.newKeySet();
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    /** Registers a screen; call the returned handle when the screen closes. */
    public Runnable register(BackOfficeAccess.Scope scope, Consumer<Set<Long>> onQueued) {
        var listener = new Listener(scope, onQueued);
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    void announce(Collection<Long> outletIds) {
        Set<Long> outlets = Set.copyOf(outletIds);
        for (Listener listener : listeners) {
            if (outlets.stream().anyMatch(listener.scope()::includes)) {
                executor.execute(() -> {
                    try {
                        listener.onQueued().accept(outlets);
                    } catch (RuntimeException e) {
                        log.warn("A staff screen could not be told about new shipments: {}", e.toString());
                    }
                });
            }
        }
    }

    private record Listener(BackOfficeAccess.Scope scope, Consumer<Set<Long>> onQueued) {}
}
