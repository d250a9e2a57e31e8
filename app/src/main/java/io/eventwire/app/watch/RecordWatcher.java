package io.eventwire.app.watch;

import io.eventwire.app.kafka.KafkaConnection;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * Reads records (events, alerts) from topics as they are committed (read_committed) on a thread of its own and
 * hands each to a listener, tombstones included where the listener wants them. It also tells when it has read
 * everything committed so far, so a batch run knows when it is done.
 */
public class RecordWatcher<T> implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RecordWatcher.class);

    private final KafkaConsumer<String, byte[]> consumer;
    private final Deserializer<T> values;
    private final Listener<T> listener;
    private final Map<TopicPartition, Long> startOffsets;
    private final Thread thread;
    private volatile long caughtUpAt = -1;
    private volatile boolean closing;

    /** Receives each record: its key, its value or null for a tombstone, and whether it was written after the start. */
    @FunctionalInterface
    public interface Listener<T> {
        void onRecord(String key, T valueOrNull, boolean fresh);
    }

    /** A watcher that hands on only the values, skipping tombstones. */
    public RecordWatcher(KafkaConnection connection, List<String> topics, Deserializer<T> values,
                         boolean fromBeginning, Consumer<T> listener) {
        this(connection, topics, values, fromBeginning, (Listener<T>) (key, value, fresh) -> {
            if (value != null) {
                listener.accept(value);
            }
        });
    }

    /**
     * @param fromBeginning read what the topics already hold, or only what arrives from now on
     */
    public RecordWatcher(KafkaConnection connection, List<String> topics, Deserializer<T> values,
                         boolean fromBeginning, Listener<T> listener) {
        Properties props = connection.clientProperties();
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "eventwire-watch");
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        this.values = values;
        this.listener = listener;
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            for (PartitionInfo info : consumer.partitionsFor(topic)) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
        }
        consumer.assign(partitions);
        this.startOffsets = consumer.endOffsets(partitions);
        if (fromBeginning) {
            consumer.seekToBeginning(partitions);
        } else {
            consumer.seekToEnd(partitions);
        }
        partitions.forEach(consumer::position); // resolve the start now, before any new event is written
        this.thread = new Thread(this::run, "eventwire-watch");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * True once the watcher has read everything that was committed at a moment at or after {@code sinceMillis}
     * (System.currentTimeMillis()).
     */
    public final boolean caughtUpSince(long sinceMillis) {
        return caughtUpAt >= sinceMillis;
    }

    private void run() {
        try {
            while (!closing) {
                long checkStarted = System.currentTimeMillis();
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    try {
                        T value = values.deserialize(record.topic(), record.value());
                        boolean fresh = record.offset() >= startOffsets.getOrDefault(
                                new TopicPartition(record.topic(), record.partition()), 0L);
                        listener.onRecord(record.key(), value, fresh);
                    } catch (SerializationException e) {
                        LOG.warn("skipping an undecodable record at {}-{}@{}: {}", record.topic(), record.partition(),
                                record.offset(), e.getMessage());
                    }
                }
                if (readEverythingCommitted()) {
                    caughtUpAt = checkStarted;
                }
            }
        } catch (WakeupException e) {
            // close() woke us up.
        } finally {
            consumer.close();
        }
    }

    /** Every committed transaction ends with a marker the consumer steps over, hence the "- 1". */
    private boolean readEverythingCommitted() {
        Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment());
        for (var end : ends.entrySet()) {
            if (end.getValue() > 0 && consumer.position(end.getKey()) < end.getValue() - 1) {
                return false;
            }
        }
        return true;
    }

    @Override
    public final void close() {
        closing = true;
        consumer.wakeup();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
