package io.eventwire.app.chaos;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CI variant of {@code eventwire chaos}: fewer articles, the same disturbances (a broker and two extract
 * processes and a sink as processes of their own; three SIGKILLs of an extract process, one of the broker).
 */
class ChaosTest {

    @TempDir
    Path work;

    @Test
    void underKillsAndABrokerRestartNothingIsLostNothingDoubledAndEveryBadInputIsDeadLetteredOnce() throws Exception {
        ChaosRun.Result result = new ChaosRun(new ChaosRun.Settings(2000, 60, 4, 3, 1, 11, 10,
                Duration.ofMillis(400), work, Duration.ofMinutes(5)), System.err).run();
        System.out.println(result.lastLine());

        assertThat(result.kills()).isEqualTo(3);
        assertThat(result.brokerRestarts()).isEqualTo(1);
        assertThat(result.problems()).isEmpty();
        assertThat(result.lost()).as("lost").isZero();
        assertThat(result.doubled()).as("doubled").isZero();
        assertThat(result.deadLetters()).isEqualTo(result.expectedDeadLetters()).isEqualTo(60);
        assertThat(result.events()).isPositive();
        assertThat(result.ok()).isTrue();
        assertThat(result.lastLine()).matches("chaos: articles=2000 events=\\d+ kills=3 broker_restarts=1 lost=0 "
                + "doubled=0 dead_letters=60 expected_dead_letters=60");
    }
}
