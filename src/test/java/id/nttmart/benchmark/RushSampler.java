package id.nttmart.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;

/**
 * Evidence of where a load step's time goes, for the rush benchmark: every ~200 ms the wait events of PostgreSQL's
 * active client backends ({@code pg_stat_activity}) and each app instance's Hikari pool (busy connections, threads
 * waiting for one); and between the start and the end of a step the CPU time of every JVM thread group (Tomcat
 * workers per instance, the Elasticsearch client's I/O threads, relays, the load driver...), of the JVM, of the
 * PostgreSQL processes (from {@code /proc}, children of the postmaster), of the Elasticsearch node (its node stats)
 * and of the whole machine ({@code /proc/stat}), so the share of other tenants of this shared machine shows too.
 */
final class RushSampler implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern TRAILING_NUMBER = Pattern.compile("[- #]?\\d+$");

    /** What one step measured. */
    record Window(double seconds, Map<String, Double> coresByGroup, double jvmCores, double postgresCores,
            double elasticsearchCores, double machineCores, Map<String, Double> waitsPerSample, int samples,
            Map<String, double[]> hikari, String loadAverage) {}

    private final Connection connection;
    private final int postmaster;
    private final String elasticsearchUrl;
    private final Map<String, HikariDataSource> pools;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, Integer> waits = new ConcurrentHashMap<>();
    private final Map<String, double[]> hikari = new ConcurrentHashMap<>();
    private volatile int samples;
    private volatile boolean running;
    private Thread thread;
    private Snapshot start;

    RushSampler(String jdbcUrl, String user, String elasticsearchUrl, Map<String, HikariDataSource> pools)
            throws Exception {
        this.connection = DriverManager.getConnection(jdbcUrl, user, "");
        this.elasticsearchUrl = elasticsearchUrl;
        this.pools = pools;
        try (var st = connection.createStatement(); var rs = st.executeQuery("select pg_backend_pid()")) {
            rs.next();
            this.postmaster = (int) procStat(rs.getInt(1))[0];
        }
    }

    private record Snapshot(long nanos, Map<Long, String> threadNames, Map<Long, Long> threadCpu, long jvmCpu,
            long postgresTicks, long elasticsearchMillis, long machineBusyTicks) {}

    void begin() throws Exception {
        waits.clear();
        hikari.clear();
        samples = 0;
        start = snapshot();
        running = true;
        thread = Thread.ofPlatform().name("rush-sampler").daemon().start(this::loop);
    }

    Window end() throws Exception {
        running = false;
        thread.join();
        var end = snapshot();
        double seconds = (end.nanos - start.nanos) / 1e9;
        Map<String, Double> groups = new HashMap<>();
        end.threadCpu.forEach((id, cpu) -> {
            long before = start.threadCpu.getOrDefault(id, 0L);
            groups.merge(group(end.threadNames.get(id)), (cpu - before) / 1e9 / seconds, Double::sum);
        });
        Map<String, Double> waitShare = new LinkedHashMap<>();
        int n = Math.max(1, samples);
        waits.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                .forEach(e -> waitShare.put(e.getKey(), e.getValue() / (double) n));
        Map<String, double[]> pool = new LinkedHashMap<>();
        hikari.forEach((name, v) -> pool.put(name, new double[] {v[0] / n, v[1], v[2] / n, v[3]}));
        return new Window(seconds, groups, (end.jvmCpu - start.jvmCpu) / 1e9 / seconds,
                (end.postgresTicks - start.postgresTicks) / 100.0 / seconds,
                (end.elasticsearchMillis - start.elasticsearchMillis) / 1000.0 / seconds,
                (end.machineBusyTicks - start.machineBusyTicks) / 100.0 / seconds, waitShare, samples, pool,
                Files.readString(Path.of("/proc/loadavg")).trim());
    }

    private void loop() {
        while (running) {
            try (var st = connection.createStatement(); var rs = st.executeQuery("""
                    select coalesce(wait_event_type, 'CPU') || ':' || coalesce(wait_event, 'running'), count(*)
                    from pg_stat_activity
                    where state = 'active' and backend_type = 'client backend' and pid <> pg_backend_pid()
                    group by 1""")) {
                while (rs.next()) {
                    waits.merge(rs.getString(1), rs.getInt(2), Integer::sum);
                }
                pools.forEach((name, ds) -> {
                    var mx = ds.getHikariPoolMXBean();
                    if (mx != null) {
                        int active = mx.getActiveConnections();
                        int waiting = mx.getThreadsAwaitingConnection();
                        hikari.merge(name, new double[] {active, active, waiting, waiting}, (a, b) -> new double[] {
                            a[0] + b[0], Math.max(a[1], b[1]), a[2] + b[2], Math.max(a[3], b[3])});
                    }
                });
                samples++;
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                waits.merge("sampler error: " + e.getClass().getSimpleName(), 1, Integer::sum);
            }
        }
    }

    private Snapshot snapshot() throws Exception {
        var threads = ManagementFactory.getThreadMXBean();
        Map<Long, String> names = new HashMap<>();
        Map<Long, Long> cpu = new HashMap<>();
        for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null) {
                long t = threads.getThreadCpuTime(info.getThreadId());
                if (t >= 0) {
                    names.put(info.getThreadId(), info.getThreadName());
                    cpu.put(info.getThreadId(), t);
                }
            }
        }
        long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        return new Snapshot(System.nanoTime(), names, cpu, jvm, postgresTicks(), elasticsearchMillis(),
                machineBusyTicks());
    }

    /** Thread groups: a pool's threads share a name but for a trailing number. */
    static String group(String name) {
        String g = name;
        for (int i = 0; i < 2; i++) {
            g = TRAILING_NUMBER.matcher(g).replaceAll("");
        }
        return g;
    }

    /** CPU ticks of the postmaster and all its children, including the backends that already ended. */
    private long postgresTicks() throws Exception {
        long total = 0;
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                int pid = Integer.parseInt(p.getFileName().toString());
                try {
                    long[] stat = procStat(pid);
                    if (pid == postmaster) {
                        total += stat[1] + stat[2] + stat[3];
                    } else if (stat[0] == postmaster) {
                        total += stat[1];
                    }
                } catch (Exception gone) {
                    // the process ended meanwhile
                }
            }
        }
        return total;
    }

    /** ppid, utime + stime, cutime + cstime (ticks) of a process, from {@code /proc/<pid>/stat}. */
    private static long[] procStat(int pid) throws Exception {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // After the command: state(0) ppid(1) ... utime(11) stime(12) cutime(13) cstime(14)
        return new long[] {Long.parseLong(f[1]), Long.parseLong(f[11]) + Long.parseLong(f[12]),
            Long.parseLong(f[13]) + Long.parseLong(f[14]), 0};
    }

    private long elasticsearchMillis() {
        try {
            var body = http.send(HttpRequest.newBuilder(URI.create(elasticsearchUrl + "/_nodes/_local/stats/process"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            var nodes = JSON.readTree(body).get("nodes");
            long total = 0;
            for (var node : nodes) {
                total += node.path("process").path("cpu").path("total_in_millis").asLong();
            }
            return total;
        } catch (Exception e) {
            return 0;
        }
    }

    private static long machineBusyTicks() throws Exception {
        String cpu = Files.readAllLines(Path.of("/proc/stat")).getFirst();
        String[] f = cpu.trim().split("\\s+");
        long busy = 0;
        for (int i = 1; i < f.length; i++) {
            if (i != 4 && i != 5) { // idle, iowait
                busy += Long.parseLong(f[i]);
            }
        }
        return busy;
    }

    static List<String> describeGroups(Map<String, Double> groups, int top) {
        return groups.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue(), a.getValue())).limit(top)
                .map(e -> "%s %.2f".formatted(e.getKey(), e.getValue())).toList();
    }

    @Override
    public void close() throws Exception {
        running = false;
        connection.close();
    }
}
