package io.eventwire.app.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * CPU time of this process between two moments, summed by role (thread name without its numbers), so a phase's
 * report says which part of the pipeline used the machine. Java threads are read from the JVM; the JVM's own
 * threads (JIT compilers, GC) are invisible there, so on Linux they are read from {@code /proc/self/task}.
 */
final class ThreadCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Path TASKS = Path.of("/proc/self/task");
    /** Linux reports thread times in clock ticks of 1/100 s on every platform the JVM runs on. */
    private static final double TICKS_PER_SECOND = 100;

    private final Map<Long, Long> startNanos = new HashMap<>();
    private final Map<String, Long> startTicksByVmRole;

    private ThreadCpu() {
        this.startTicksByVmRole = vmThreadTicks();
    }

    /** Starts counting; threads started later count from zero. */
    static ThreadCpu start() {
        if (THREADS.isThreadCpuTimeSupported() && !THREADS.isThreadCpuTimeEnabled()) {
            THREADS.setThreadCpuTimeEnabled(true);
        }
        ThreadCpu cpu = new ThreadCpu();
        for (long id : THREADS.getAllThreadIds()) {
            long nanos = THREADS.getThreadCpuTime(id);
            if (nanos >= 0) {
                cpu.startNanos.put(id, nanos);
            }
        }
        return cpu;
    }

    /** CPU seconds per role since {@link #start()}, for threads still alive. */
    Map<String, Double> secondsByRole() {
        Map<String, Double> byRole = new HashMap<>();
        for (long id : THREADS.getAllThreadIds()) {
            long nanos = THREADS.getThreadCpuTime(id);
            ThreadInfo info = THREADS.getThreadInfo(id);
            if (nanos < 0 || info == null) {
                continue;
            }
            double seconds = (nanos - startNanos.getOrDefault(id, 0L)) / 1e9;
            byRole.merge(role(info.getThreadName()), seconds, Double::sum);
        }
        vmThreadTicks().forEach((role, ticks) -> byRole.merge(role,
                (ticks - startTicksByVmRole.getOrDefault(role, 0L)) / TICKS_PER_SECOND, Double::sum));
        return byRole;
    }

    /** One line: the roles that used at least 2 % of the CPU time, as cores (CPU seconds per wall second). */
    String summary(double wallSeconds) {
        Map<String, Double> byRole = secondsByRole();
        double total = byRole.values().stream().mapToDouble(Double::doubleValue).sum();
        String parts = byRole.entrySet().stream()
                .filter(e -> e.getValue() >= 0.02 * total)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(e -> String.format(Locale.ROOT, "%s %.2f", e.getKey(), e.getValue() / wallSeconds))
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "%.2f cores in all: %s", total / wallSeconds, parts);
    }

    /** A thread's role: its name with ids and numbers taken out ("eventwire-extract-<uuid>-StreamThread-1"). */
    static String role(String threadName) {
        return threadName.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "")
                .replaceAll("\\d+", "#");
    }

    /** Clock ticks of the JVM's own threads by role (JIT compiler, GC); empty where /proc is absent. */
    private static Map<String, Long> vmThreadTicks() {
        Map<String, Long> ticks = new HashMap<>();
        if (!Files.isDirectory(TASKS)) {
            return ticks;
        }
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
            for (Path task : tasks) {
                String name;
                String stat;
                try {
                    name = Files.readString(task.resolve("comm")).trim();
                    stat = Files.readString(task.resolve("stat"));
                } catch (IOException gone) {
                    continue; // the thread ended meanwhile
                }
                String role = vmRole(name);
                if (role == null) {
                    continue;
                }
                // Fields after the name in parentheses; utime and stime are the 12th and 13th of them.
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks.merge(role, Long.parseLong(fields[11]) + Long.parseLong(fields[12]), Long::sum);
            }
        } catch (IOException | RuntimeException unreadable) {
            return new HashMap<>();
        }
        return ticks;
    }

    private static String vmRole(String nativeName) {
        if (nativeName.contains("CompilerThre")) {
            return "JIT compiler";
        }
        if (nativeName.startsWith("GC Thread") || nativeName.startsWith("G1 ")) {
            return "GC";
        }
        return null;
    }
}
