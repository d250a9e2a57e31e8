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

/** A bad rules file or webhook stops `run` and `stage sink` at once, before any broker is started or reached. */
class RulesOptionTest {

    @TempDir
    Path dir;

    @Test
    void runNamesTheLineAndTheProblemOfABadRulesFile() throws Exception {
        Path rules = Files.writeString(dir.resolve("rules.yaml"), "rules:\n  - name: big\n    killed-at-least: [50, 5]\n");
        Result result = execute("run", "--rules", rules.toString());
        assertThat(result.exitCode).isEqualTo(2);
        assertThat(result.err).contains("bad rules file " + rules)
                .contains("line 3: rule \"big\": \"killed-at-least\" bands must rise, but 5 follows 50");
        assertThat(result.err).doesNotContain("Embedded Kafka broker");
    }

    @Test
    void stageSinkRefusesABadRulesFileAndANonHttpWebhook() throws Exception {
        Path rules = Files.writeString(dir.resolve("rules.json"), "{\"rules\": [{\"name\": \"x\", \"type\": \"RIOT\"}]}");
        Result bad = execute("stage", "sink", "--bootstrap-servers", "127.0.0.1:1", "--rules", rules.toString());
        assertThat(bad.exitCode).isEqualTo(2);
        assertThat(bad.err).contains("line 1: rule \"x\": \"type\" must be one of");

        Result webhook = execute("stage", "sink", "--bootstrap-servers", "127.0.0.1:1", "--webhook", "ftp://x/y");
        assertThat(webhook.exitCode).isEqualTo(2);
        assertThat(webhook.err).contains("a webhook URL must be http or https");
    }

    private record Result(int exitCode, String err) {
    }

    private static Result execute(String... args) {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = new CommandLine(new Main()).execute(args);
            return new Result(code, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(original);
        }
    }
}
