package id.nttmart.benchmark;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.management.ObjectName;

/**
 * A snapshot of the live heap: used heap after repeated full collections, and the class histogram of live objects
 * (what {@code jcmd <pid> GC.class_histogram} prints, taken in-process through the DiagnosticCommand MBean, which
 * itself runs a full collection first).
 */
record SessionMemoryHeap(long usedAfterGc, long histogramBytes, Map<String, long[]> classes) {

    private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+).*$");

    static SessionMemoryHeap take() throws Exception {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        String histogram = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        var classes = new HashMap<String, long[]>();
        long total = 0;
        for (String line : histogram.lines().toList()) {
            var m = ROW.matcher(line);
            if (m.matches()) {
                long instances = Long.parseLong(m.group(1));
                long bytes = Long.parseLong(m.group(2));
                classes.merge(m.group(3), new long[] {instances, bytes},
                        (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
                total += bytes;
            }
        }
        return new SessionMemoryHeap(used, total, classes);
    }

    long instances(String className) {
        return classes.getOrDefault(className, new long[2])[0];
    }

    /** The classes that grew most in bytes from {@code before} to this snapshot: name, instances, bytes. */
    List<Map.Entry<String, long[]>> growthSince(SessionMemoryHeap before, int top) {
        var growth = new HashMap<String, long[]>();
        classes.forEach((name, now) -> {
            long[] was = before.classes.getOrDefault(name, new long[2]);
            growth.put(name, new long[] {now[0] - was[0], now[1] - was[1]});
        });
        return growth.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]))
                .limit(top)
                .toList();
    }
}
