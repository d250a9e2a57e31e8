package io.eventwire.app.chaos;

import io.eventwire.app.kafka.KafkaConnection;
import io.eventwire.schemas.Alert;
import io.eventwire.schemas.DeadLetter;
import io.eventwire.schemas.Event;
import io.eventwire.schemas.Topics;
import io.eventwire.schemas.wire.AvroSerde;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What a run left on the topics, read with a read_committed consumer: every record of events, alerts and the
 * dead-letter topic, and from them the final events (latest per id, tombstones remove).
 */
record Snapshot(List<ConsumerRecord<String, byte[]>> eventRecords, List<Alert> alerts, List<DeadLetter> deadLetters,
                Map<String, Event> finalEvents) {

    static Snapshot read(KafkaConnection connection) {
        List<ConsumerRecord<String, byte[]>> events = readAll(connection, Topics.EVENTS);
        AvroSerde<Event> eventSerde = AvroSerde.events();
        Map<String, Event> latest = new TreeMap<>();
        for (ConsumerRecord<String, byte[]> record : events) {
            Event event;
            try {
                event = eventSerde.deserialize(record.topic(), record.value());
            } catch (SerializationException e) {
                continue; // garbage written on purpose: the sink dead-letters it
            }
            if (event == null) {
                latest.remove(record.key());
            } else {
                latest.put(record.key(), event);
            }
        }
        AvroSerde<Alert> alertSerde = AvroSerde.alerts();
        List<Alert> alerts = readAll(connection, Topics.ALERTS).stream()
                .map(r -> alertSerde.deserialize(r.topic(), r.value())).toList();
        AvroSerde<DeadLetter> dlqSerde = AvroSerde.deadLetters();
        List<DeadLetter> deadLetters = readAll(connection, Topics.ARTICLES_DLQ).stream()
                .map(r -> dlqSerde.deserialize(r.topic(), r.value())).toList();
        return new Snapshot(events, alerts, deadLetters, latest);
    }

    /** An event as it must be in any run over the same input: without the ingestion times (firstSeen, lastSeen). */
    static String content(Event event) {
        return Event.newBuilder(event).setFirstSeen(null).setLastSeen(null).build().toString();
    }

    /**
     * Records on events identical (key and bytes) to the record just before them for the same key: a result
     * written twice, as a crash without exactly-once would. (An id can legitimately come back after a tombstone,
     * when an earlier report takes it over and later reports are merged again, so only back-to-back repeats count.)
     */
    int duplicateEventRecords() {
        Map<String, byte[]> last = new HashMap<>();
        int duplicates = 0;
        for (ConsumerRecord<String, byte[]> record : eventRecords) {
            byte[] previous = last.get(record.key());
            if (record.value() != null && previous != null && Arrays.equals(previous, record.value())) {
                duplicates++;
            }
            last.put(record.key(), record.value());
        }
        return duplicates;
    }

    static List<ConsumerRecord<String, byte[]>> readAll(KafkaConnection connection, String topic) {
        Properties props = connection.clientProperties();
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 4 * 1024 * 1024);
        try (KafkaConsumer<String, byte[]> consumer =
                     new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            long deadline = System.currentTimeMillis() + 120_000;
            int idle = 0;
            // A transactional partition ends with a commit marker that is never returned as a record: a position
            // one short of the end, with nothing more coming, is the end too.
            while (System.currentTimeMillis() < deadline) {
                boolean done = partitions.stream().allMatch(p -> consumer.position(p) >= ends.get(p));
                boolean almost = partitions.stream().allMatch(p -> consumer.position(p) >= ends.get(p) - 1);
                if (done || (almost && idle >= 5)) {
                    break;
                }
                var batch = consumer.poll(Duration.ofMillis(200));
                idle = batch.isEmpty() ? idle + 1 : 0;
                batch.forEach(records::add);
            }
            return records;
        }
    }
}
