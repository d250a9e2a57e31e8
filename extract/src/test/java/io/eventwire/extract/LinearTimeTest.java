package io.eventwire.extract;

import io.eventwire.extract.model.Article;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Extraction time is bounded and linear in the article's size: adversarial 1 MiB inputs (the ingest size limit) go
 * through in well under a second each. This is a safety bound against catastrophic backtracking and quadratic
 * scans, not a benchmark: the limit is generous (2 s) so a slow CI machine does not fail it.
 */
class LinearTimeTest {

    private static final int MIB = 1 << 20;
    private static final Duration LIMIT = Duration.ofSeconds(2);

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
    Stream<DynamicTest> adversarialMegabyteInputsAreExtractedInWellUnderASecond() {
        RuleBasedExtractor extractor = new RuleBasedExtractor();
        // Warm up the JIT on 64 KiB of each shape: the bound is about the algorithm, not about cold code.
        for (String input : adversarialInputs().values()) {
            extractor.extract(new Article("warm-up", input.substring(0, Math.min(input.length(), 1 << 16)),
                    LocalDate.of(2025, 7, 8), null));
        }
        return adversarialInputs().entrySet().stream().map(input -> DynamicTest.dynamicTest(input.getKey(), () -> {
            // Preemptive, so that a regression fails here in seconds instead of hanging the build.
            long millis = assertTimeoutPreemptively(LIMIT.multipliedBy(5), () -> {
                long started = System.nanoTime();
                extractor.extract(new Article("adversarial", input.getValue(), LocalDate.of(2025, 7, 8), null));
                return (System.nanoTime() - started) / 1_000_000;
            }, input.getKey() + " took far too long");
            System.out.printf("extraction of %s (%d chars): %d ms%n", input.getKey(), input.getValue().length(), millis);
            assertThat(millis).as(input.getKey()).isLessThan(LIMIT.toMillis());
        }));
    }
}
