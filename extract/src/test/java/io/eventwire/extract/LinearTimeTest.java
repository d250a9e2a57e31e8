package io.eventwire.extract;

import io.eventwire.extract.model.Article;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Extraction time is linear in the article's size, also for adversarial 1 MiB inputs (the ingest size limit):
 * the whole input may take at most eight times a quarter of it (linear: four; quadratic: sixteen), in CPU time of
 * the extracting thread, so that a busy machine does not fail it. A safety check against catastrophic backtracking
 * and quadratic scans, not a benchmark (speed is measured by the JMH benchmark).
 */
class LinearTimeTest {

    private static final int MIB = 1 << 20;
    /** Below this, a whole input is fast enough whatever the ratio (timer noise dominates small times). */
    private static final long FAST_ENOUGH_MILLIS = 500;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    static Map<String, String> adversarialInputs() {
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("one repeated character", "a".repeat(MIB));
        inputs.put("one repeated space", " ".repeat(MIB));
        inputs.put("one huge capitalised word", "K" + "yiv".repeat(MIB / 3));
        inputs.put("100k periods", ".".repeat(100_000));
        inputs.put("periods between letters", "A.".repeat(MIB / 2));
        inputs.put("deeply nested quotes", "\"'«".repeat(MIB / 6) + "killed" + "»'\"".repeat(MIB / 6));
        inputs.put("digits", "1234567890".repeat(MIB / 10));
        inputs.put("digits with separators", "1,000,".repeat(MIB / 6));
        inputs.put("one endless sentence", "Russia and Ukraine exchanged prisoners and ".repeat(MIB / 43));
        inputs.put("the same strike sentence",
                "A Russian missile hit a market in Kupiansk on Monday, killing six people and wounding 11. "
                        .repeat(MIB / 91));
        inputs.put("capitalised words without stops", "President Minister Kyiv Moscow Washington ".repeat(MIB / 42));
        inputs.put("newlines", "\n".repeat(MIB));
        inputs.put("abbreviations", "U.S. e.g. Gen. J. ".repeat(MIB / 18));
        inputs.put("one huge url", "https://" + "a.b/".repeat(MIB / 4));
        inputs.put("dates", "on Monday, July 5, 2025 and ".repeat(MIB / 28));
        return inputs;
    }

    @TestFactory
    Stream<DynamicTest> adversarialMegabyteInputsTakeTimeLinearInTheirSize() {
        RuleBasedExtractor extractor = new RuleBasedExtractor();
        // Warm up the JIT on 64 KiB of each shape: the bound is about the algorithm, not about cold code.
        for (String input : adversarialInputs().values()) {
            extractor.extract(new Article("warm-up", input.substring(0, Math.min(input.length(), 1 << 16)),
                    LocalDate.of(2025, 7, 8), null));
        }
        return adversarialInputs().entrySet().stream().map(input -> DynamicTest.dynamicTest(input.getKey(), () -> {
            String whole = input.getValue();
            String quarter = whole.substring(0, whole.length() / 4);
            // Preemptive, so that a regression fails here in seconds instead of hanging the build.
            long[] millis = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> new long[]{cpuMillis(extractor, quarter), cpuMillis(extractor, whole)},
                    input.getKey() + " took far too long");
            System.out.printf("extraction of %s: %d chars %d ms, a quarter %d ms (CPU time)%n", input.getKey(),
                    whole.length(), millis[1], millis[0]);
            assertThat(millis[1]).as(input.getKey() + ": whole vs a quarter (" + millis[0] + " ms)")
                    .isLessThan(Math.max(FAST_ENOUGH_MILLIS, 8 * millis[0]));
        }));
    }

    /** The best of three runs, in CPU time of this thread (a busy machine still disturbs caches and the JIT). */
    private static long cpuMillis(RuleBasedExtractor extractor, String text) {
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long started = THREADS.getCurrentThreadCpuTime();
            extractor.extract(new Article("adversarial", text, LocalDate.of(2025, 7, 8), null));
            best = Math.min(best, (THREADS.getCurrentThreadCpuTime() - started) / 1_000_000);
        }
        return best;
    }
}
