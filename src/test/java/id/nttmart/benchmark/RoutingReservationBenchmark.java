package id.nttmart.benchmark;

import id.nttmart.inventory.HoldResult;
import id.nttmart.inventory.Reservations;
import id.nttmart.region.Regions;
import id.nttmart.routing.Destination;
import id.nttmart.routing.OrderLine;
import id.nttmart.support.Csv;
import id.nttmart.support.IntegrationTest;
import id.nttmart.support.ShopClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.ToDoubleFunction;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Routing + reservation of 3-line orders over 22 outlets at 16 concurrent buyers, beside the bare PostgreSQL work
 * of the same reservation (the same conditional updates from plain JDBC), so the app's overhead shows as a ratio.
 * Run with {@code ./mvnw -Pbenchmark verify}; results go to the console and {@code target/benchmarks/}.
 */
@Tag("benchmark")
@IntegrationTest
class RoutingReservationBenchmark {

    static final int CLIENTS = 16;
    static final int ORDERS_PER_CLIENT = 250;
    static final int ROUNDS = 3;
    static final int PRODUCTS = 40;

    @LocalServerPort
    int port;

    @Autowired
    Reservations reservations;

    @Autowired
    Regions regions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void measure() throws Exception {
        List<Long> products = stockEveryOutlet();
        var destinations = regions.regencies().stream()
                .map(r -> (Destination) new Destination.Delivery(r.island(), r.latitude(), r.longitude())).toList();
        long hot = products.getFirst();

        warmUp(products, destinations);
        // Rounds alternate the app and the bare engine, so a noisy moment on this shared machine hits one round of
        // both rather than one side; the summary takes each scenario's median round.
        var results = new ArrayList<LatencyRecorder.Result>();
        for (int round = 1; round <= ROUNDS; round++) {
            long seed = round * 1_000_000L;
            results.add(LatencyRecorder.measure("app: route + hold, spread products", CLIENTS, ORDERS_PER_CLIENT,
                    true, (client, i) -> holdAndRelease(order(products, random(seed, client, i), -1),
                            destinations.get((client + i) % destinations.size()))));
            results.add(LatencyRecorder.measure("bare PostgreSQL: same reservations, spread", CLIENTS,
                    ORDERS_PER_CLIENT, true, (client, i) -> bareReserve(order(products, random(seed, client, i), -1))));
            results.add(LatencyRecorder.measure("app: route + hold, hot product in every order", CLIENTS,
                    ORDERS_PER_CLIENT, true, (client, i) -> holdAndRelease(order(products,
                            random(seed + 500_000L, client, i), hot), destinations.get(i % destinations.size()))));
            results.add(LatencyRecorder.measure("bare PostgreSQL: same reservations, hot product", CLIENTS,
                    ORDERS_PER_CLIENT, true, (client, i) -> bareReserve(order(products,
                            random(seed + 500_000L, client, i), hot))));
            // One buyer alone: the work itself, without waiting for cores or row locks.
            results.add(LatencyRecorder.measure("app: route + hold, one buyer alone", 1, 300, true,
                    (client, i) -> holdAndRelease(order(products, random(seed + 900_000L, 0, i), -1),
                            destinations.get(i % destinations.size()))));
            results.add(LatencyRecorder.measure("bare PostgreSQL: same reservations, one buyer alone", 1, 300, true,
                    (client, i) -> bareReserve(order(products, random(seed + 900_000L, 0, i), -1))));
        }

        var report = new StringBuilder("| scenario | clients | orders | p50 ms | p95 ms | p99 ms | orders/s |\n"
                + "| --- | --- | --- | --- | --- | --- | --- |\n");
        results.forEach(r -> report.append(r.line()).append('\n'));
        report.append("\nMedian of %d rounds:\n\n| scenario | p50 ms | p95 ms | orders/s |\n| --- | --- | --- | --- |\n"
                .formatted(ROUNDS));
        var medians = new LinkedHashMap<String, double[]>();
        for (var name : results.stream().map(LatencyRecorder.Result::name).distinct().toList()) {
            var rounds = results.stream().filter(r -> r.name().equals(name)).toList();
            double[] median = {median(rounds, LatencyRecorder.Result::p50Millis),
                median(rounds, LatencyRecorder.Result::p95Millis),
                median(rounds, LatencyRecorder.Result::throughputPerSecond)};
            medians.put(name, median);
            report.append("| %s | %.2f | %.2f | %.0f |\n".formatted(name, median[0], median[1], median[2]));
        }
        List<Double> p95 = medians.values().stream().map(m -> m[1]).toList();
        report.append("\nMedian p95 ratio app / bare PostgreSQL: spread %.1f, hot product %.1f, one buyer %.1f\n"
                .formatted(p95.get(0) / p95.get(1), p95.get(2) / p95.get(3), p95.get(4) / p95.get(5)));
        System.out.println(report);
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/routing-reservation.md"), report);
    }

    /**
     * The code compiled and every pooled connection past its first executions (the driver prepares a statement on
     * the server after five, PostgreSQL settles on a generic plan after five more), so the timed scenarios measure
     * the steady state, not the first seconds.
     */
    private void warmUp(List<Long> products, List<Destination> destinations) throws Exception {
        LatencyRecorder.measure("warm-up", CLIENTS, 400, (client, i) -> {
            var seed = new SplittableRandom(client * 1_000L + i);
            holdAndRelease(order(products, seed.split(), -1), destinations.get(i % destinations.size())).run();
            return bareReserve(order(products, seed.split(), -1));
        });
    }

    private static SplittableRandom random(long seed, int client, int iteration) {
        return new SplittableRandom(seed + client * 10_000L + iteration);
    }

    private static double median(List<LatencyRecorder.Result> rounds,
            ToDoubleFunction<LatencyRecorder.Result> figure) {
        double[] sorted = rounds.stream().mapToDouble(figure).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    /** Three distinct products, the hot one first when given. */
    private static List<OrderLine> order(List<Long> products, SplittableRandom random, long hot) {
        List<OrderLine> lines = new ArrayList<>();
        if (hot >= 0) {
            lines.add(new OrderLine(hot, 1));
        }
        while (lines.size() < 3) {
            long id = products.get(random.nextInt(products.size()));
            if (lines.stream().noneMatch(l -> l.productId() == id)) {
                lines.add(new OrderLine(id, 1 + random.nextInt(2)));
            }
        }
        return lines;
    }

    /**
     * Times routing + hold. The release that keeps stock level waits until the scenario ends: a shop's holds mostly
     * end by payment, later, so releasing inside the window would double the database work it measures.
     */
    private Runnable holdAndRelease(List<OrderLine> lines, Destination destination) {
        var result = reservations.hold(lines, destination, Duration.ofMinutes(30), "benchmark");
        if (!(result instanceof HoldResult.Held held)) {
            throw new IllegalStateException("Benchmark stock ran out: " + result);
        }
        return () -> reservations.release(held.hold().id(), "benchmark", "benchmark");
    }

    /**
     * The database work of one hold without the app, committed like the app's: a hold row and one conditional
     * update per line. Undone after the clock stops.
     */
    private Runnable bareReserve(List<OrderLine> lines) throws Exception {
        long outlet = regions.outlets().getFirst().id();
        // Same lock order as the shop (by product here, one outlet), so the comparison is like for like.
        var sorted = lines.stream().sorted(java.util.Comparator.comparingLong(OrderLine::productId)).toList();
        UUID id = UUID.randomUUID();
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var insert = connection.prepareStatement("insert into stock_hold (id, status, destination,"
                    + " expires_at) values (?, 'RELEASED', 'bench', now())")) {
                insert.setObject(1, id);
                insert.executeUpdate();
            }
            try (var reserve = connection.prepareStatement("update stock set reserved = reserved + ? where"
                    + " outlet_id = ? and product_id = ? and on_hand - reserved >= ?")) {
                for (var line : sorted) {
                    reserve.setInt(1, line.quantity());
                    reserve.setLong(2, outlet);
                    reserve.setLong(3, line.productId());
                    reserve.setInt(4, line.quantity());
                    reserve.executeUpdate();
                }
            }
            connection.commit();
        }
        return () -> {
            for (var line : sorted) {
                jdbc.sql("update stock set reserved = reserved - :q where outlet_id = :o and product_id = :p")
                        .param("q", line.quantity()).param("o", outlet).param("p", line.productId()).update();
            }
            jdbc.sql("delete from stock_hold where id = :id").param("id", id).update();
        };
    }

    /** Products with plenty of stock at every outlet, so routing has 22 candidates and never runs dry. */
    private List<Long> stockEveryOutlet() {
        String stock = String.join("|", regions.regencies().stream().map(r -> r.name() + ":100000").toList());
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < PRODUCTS; i++) {
            rows.add("BENCH-%03d,Kopi Uji %d,Test Coffee %d,,,kopi,OVOP,Desa Uji,Ngada,UMKM Uji,90000,250,PIRT:1,none,%s"
                    .formatted(i, i, i, stock));
        }
        new ShopClient(port).importCsvAsAdmin(Csv.of(rows.toArray(String[]::new)));
        return jdbc.sql("select id from product where sku like 'BENCH-%' order by sku").query(Long.class).list();
    }
}
