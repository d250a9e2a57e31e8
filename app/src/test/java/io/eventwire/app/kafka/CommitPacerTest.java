package io.eventwire.app.kafka;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommitPacerTest {

    private static final CommitPacer.Settings SETTINGS = new CommitPacer.Settings(1_000, 20, 100);
    private static final long NOW = 1_700_000_000_000L;

    @Test
    void aCaughtUpThreadCommitsAtTheShortInterval() {
        CommitPacer pacer = new CommitPacer(SETTINGS);
        assertThat(pacer.processed(NOW - 5, NOW)).as("first fresh record").isTrue();
        assertThat(pacer.processed(NOW + 5, NOW + 8)).as("inside the interval").isFalse();
        assertThat(pacer.tick(NOW + 15)).isFalse();
        assertThat(pacer.tick(NOW + 20)).as("due since the record at +8").isTrue();
        assertThat(pacer.tick(NOW + 45)).as("nothing processed since").isFalse();
    }

    @Test
    void aThreadBehindCommitsAtTheLongInterval() {
        CommitPacer pacer = new CommitPacer(SETTINGS);
        long old = NOW - 5_000;
        assertThat(pacer.processed(old, NOW)).isTrue();
        assertThat(pacer.processed(old, NOW + 20)).as("the live interval does not apply").isFalse();
        assertThat(pacer.processed(old, NOW + 99)).isFalse();
        assertThat(pacer.processed(old, NOW + 100)).isTrue();
    }

    @Test
    void theLatestRecordDecidesTheInterval() {
        CommitPacer pacer = new CommitPacer(SETTINGS);
        assertThat(pacer.processed(NOW - 5_000, NOW)).isTrue();
        assertThat(pacer.processed(NOW - 5_000, NOW + 30)).isFalse();
        // The backlog is worked off: records are fresh again, and the short interval is back.
        assertThat(pacer.processed(NOW + 25, NOW + 30)).isTrue();
    }

    @Test
    void aTickWithoutRecordsNeverCommits() {
        CommitPacer pacer = new CommitPacer(SETTINGS);
        assertThat(pacer.tick(NOW)).isFalse();
        assertThat(pacer.tick(NOW + 1_000)).isFalse();
    }

    @Test
    void timesMustNotBeNegative() {
        assertThatThrownBy(() -> new CommitPacer.Settings(1_000, -1, 100))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
