package id.nttmart.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs an action from N concurrent clients and reports latency percentiles (a plain load driver, not a test). */
final class LatencyRecorder {

    record Result(String name, int clients, int operations, double p50Millis, double p95Millis, double p99Millis,
            double throughputPerSecond) {

        String line() {
            return "| %s | %d | %d | %.2f | %.2f | %.2f | %.0f |".formatted(name, clients, operations, p50Millis,
                    p95Millis, p99Millis, throughputPerSecond);
        }
    }

    /** One timed operation; what it returns runs after the clock stops (clean-up that is not part of it). */
    interface Operation {
        Runnable run(int client, int iteration) throws Exception;
    }

    private LatencyRecorder() {}

    static Result measure(String name, int clients, int perClient, Operation operation) throws Exception {
        return measure(name, clients, perClient, false, operation);
    }

    /**
     * With {@code cleanUpAfterwards}, every clean-up waits until all clients are done, so the measured window holds
     * only the operation itself at the given concurrency (the clean-ups then run on one thread, untimed).
     */
    static Result measure(String name, int clients, int perClient, boolean cleanUpAfterwards, Operation operation)
            throws Exception {
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        List<Runnable> deferred = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(clients)) {
            List<Future<Void>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                Callable<Void> work = () -> {
                    for (int i = 0; i < perClient; i++) {
                        long t = System.nanoTime();
                        Runnable cleanUp = operation.run(client, i);
                        nanos.add(System.nanoTime() - t);
                        if (cleanUpAfterwards) {
                            deferred.add(cleanUp);
                        } else {
                            cleanUp.run();
                        }
                    }
                    return null;
                };
                futures.add(pool.submit(work));
            }
            for (var f : futures) {
                f.get();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        deferred.forEach(Runnable::run);
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return new Result(name, clients, sorted.size(), percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), sorted.size() / seconds);
    }

    private static double percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
