package io.eventwire.app.pipeline;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StagesTest {

    private static final int CORES = Runtime.getRuntime().availableProcessors();

    @Test
    void threadsAskedForAreTaken() {
        assertThat(Stages.extractThreads(3, 1)).isEqualTo(3);
        assertThat(Stages.sinkThreads(2)).isEqualTo(2);
    }

    @Test
    void extractGetsOneThreadPerCoreUpToThePartitions() {
        assertThat(Stages.extractThreads(Stages.AUTO_THREADS, 1)).as("one partition, one task").isEqualTo(1);
        assertThat(Stages.extractThreads(Stages.AUTO_THREADS, 1_000)).as("more partitions than cores")
                .isEqualTo(CORES);
        assertThat(Stages.extractThreads(Stages.AUTO_THREADS, 2)).isEqualTo(Math.min(CORES, 2));
    }

    @Test
    void sinkGetsOneThreadUnlessAsked() {
        assertThat(Stages.sinkThreads(Stages.AUTO_THREADS)).isEqualTo(1);
    }
}
