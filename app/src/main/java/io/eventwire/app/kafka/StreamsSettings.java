package io.eventwire.app.kafka;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

import java.nio.file.Path;
import java.util.Properties;

/** Configuration of the eventwire Kafka Streams applications: exactly-once by default. */
public final class StreamsSettings {

    public static final String EXTRACT_APP_ID = "eventwire-extract";
    public static final String SINK_APP_ID = "eventwire-sink";
    static final String OVERRIDE_PREFIX = "eventwire.streams.";

    private StreamsSettings() {
    }

    public static Properties forApplication(String applicationId, KafkaConnection connection, Path stateDir,
                                            int threads) {
        Properties p = connection.clientProperties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads);
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        // -1: the cluster's default replication for internal topics, right for one node and for many.
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, -1);
        // Each hop (raw → merge candidates → events → per-type) waits for a commit before read_committed readers
        // see its output. PacedCommits asks for commits: every 20 ms when caught up, for latency; every 100 ms under
        // a backlog, where each exactly-once commit stalls the stream thread. This interval is only a backstop.
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 1_000);
        p.put(StreamsConfig.PROCESSOR_WRAPPER_CLASS_CONFIG, PacedCommits.class);
        // About 1 % of commits find the broker still writing the previous transaction's markers
        // (CONCURRENT_TRANSACTIONS) and are retried after this backoff: 100 ms by default, the whole p99 budget.
        p.put(StreamsConfig.producerPrefix(ProducerConfig.RETRY_BACKOFF_MS_CONFIG), 10);
        // A record that cannot be read or written becomes a dead letter on articles.dlq, not a crash loop.
        p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandlers.Deserialization.class);
        p.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandlers.Production.class);
        p.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
        p.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), 2 * 1024 * 1024);
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        // Leave the group at once on close, so a restarted or scaled instance gets its partitions without waiting.
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 10_000);
        // Any Streams, producer or consumer setting can be tuned without a rebuild:
        // -Deventwire.streams.commit.interval.ms=200 (e.g. through EVENTWIRE_JAVA_OPTS).
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith(OVERRIDE_PREFIX))
                .forEach(name -> p.put(name.substring(OVERRIDE_PREFIX.length()), System.getProperty(name)));
        return p;
    }
}
