package io.eventwire.app.cli;

import io.eventwire.app.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A user's places file, given with --reference-data, teaches the extractor a village it did not know. */
class ReferenceDataOptionTest {

    @TempDir
    Path dir;

    @Test
    void aPlaceFromTheUsersFileBecomesTheStrikesLocation() throws Exception {
        Path articles = Files.createDirectory(dir.resolve("articles"));
        Files.writeString(articles.resolve("a.txt"), "A Russian drone struck Zorivka Nyzhnia on "
                + "Monday, killing three people and wounding five, the regional governor said.\n");
        Files.writeString(articles.resolve("a.json"), "{\"published\": \"2025-07-08\", \"publisher\": \"Test Wire\"}");
        Path places = Files.writeString(dir.resolve("places-mine.tsv"), "Zorivka Nyzhnia\tUKR\tvillage\t\n");

        String without = extract("extract", "--dir", articles.toString());
        String with = extract("extract", "--dir", articles.toString(), "--reference-data", places.toString());

        assertThat(without).contains("\"type\":\"STRIKE\"").doesNotContain("\"location\":\"Zorivka");
        assertThat(with).contains("\"location\":\"Zorivka Nyzhnia\"").contains("\"country\":\"UKR\"");
    }

    private static String extract(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertThat(new CommandLine(new Main()).execute(args)).isZero();
            return out.toString(StandardCharsets.UTF_8);
        } finally {
            System.setOut(original);
        }
    }
}
