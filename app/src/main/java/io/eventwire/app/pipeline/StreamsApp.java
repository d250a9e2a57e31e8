package io.eventwire.app.pipeline;

import io.eventwire.app.kafka.KafkaConnection;
import io.eventwire.app.kafka.StreamsSettings;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/** One running Kafka Streams application of the pipeline (extract or sink). */
public final class StreamsApp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StreamsApp.class);

    private final KafkaStreams streams;
    private final String applicationId;

    private StreamsApp(KafkaStreams streams, String applicationId) {
        this.streams = streams;
        this.applicationId = applicationId;
    }

    /** Starts the application and waits until it is running (its partitions assigned), up to {@code timeout}. */
    public static StreamsApp start(String applicationId, Function<TopologyConfig, Topology> topology,
                                   KafkaConnection connection, Path stateDir, int threads, Duration timeout) {
        Properties settings = StreamsSettings.forApplication(applicationId, connection, stateDir, threads);
        // The topology is built with the settings, so that their processor wrapper (CommitWhenCaughtUp) applies.
        KafkaStreams streams = new KafkaStreams(topology.apply(new TopologyConfig(new StreamsConfig(settings))),
                settings);
        CountDownLatch running = new CountDownLatch(1);
        streams.setStateListener((newState, oldState) -> {
            if (newState == KafkaStreams.State.RUNNING) {
                running.countDown();
            }
        });
        // A stream thread that dies of an unexpected error (say, a broker gone for longer than the timeouts) is
        // replaced: its tasks resume from the last committed offsets, exactly-once, instead of the whole
        // application stopping for good while its process stays up.
        streams.setUncaughtExceptionHandler(exception -> {
            LOG.error("{}: stream thread died, replacing it: {}", applicationId, exception.toString());
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.start();
        try {
            if (!running.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                streams.close(Duration.ofSeconds(5));
                throw new IllegalStateException(applicationId + " did not reach RUNNING within " + timeout
                        + " (state " + streams.state() + ")");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            streams.close(Duration.ofSeconds(5));
            throw new IllegalStateException("interrupted while starting " + applicationId, e);
        }
        return new StreamsApp(streams, applicationId);
    }

    public String applicationId() {
        return applicationId;
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    @Override
    public void close() {
        streams.close(Duration.ofSeconds(30));
    }
}
