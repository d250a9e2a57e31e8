package io.eventwire.sink.webhook;

import io.eventwire.schemas.DeadLetter;
import io.eventwire.schemas.Topics;
import io.eventwire.schemas.wire.AvroSerde;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Delivers the alerts topic to a webhook, apart from the Streams thread: a consumer of its own (group
 * {@value #GROUP_ID}, read_committed) POSTs each alert and commits after it was delivered or dead-lettered to
 * articles.dlq, so every alert is POSTed at least once (receivers drop duplicates by alertId). A new group starts
 * from the earliest alert still in the topic.
 */
public final class WebhookDelivery implements AutoCloseable {

    public static final String GROUP_ID = "eventwire-webhook";
    private static final Logger LOG = LoggerFactory.getLogger(WebhookDelivery.class);

    private final KafkaConsumer<String, byte[]> consumer;
    private final KafkaProducer<String, DeadLetter> deadLetters;
    private final AlertPoster poster;
    private final Thread thread;
    private volatile boolean closing;
    private volatile long caughtUpAt = -1;
    private volatile long delivered;
    private volatile long deadLettered;

    /** Starts delivering on a thread of its own. {@code clientProperties}: bootstrap servers and security. */
    public WebhookDelivery(Properties clientProperties, WebhookClient client) {
        Properties consumerProps = new Properties();
        consumerProps.putAll(clientProperties);
        consumerProps.put(ConsumerConfig.GROUP_ID_CONFIG, GROUP_ID);
        consumerProps.put(ConsumerConfig.CLIENT_ID_CONFIG, "eventwire-webhook");
        consumerProps.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumerProps.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerProps.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // An alert may take a minute of retries: few per poll, and patience between polls.
        consumerProps.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 10);
        consumerProps.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, 15 * 60_000);
        Properties producerProps = new Properties();
        producerProps.putAll(clientProperties);
        producerProps.put(ProducerConfig.CLIENT_ID_CONFIG, "eventwire-webhook-dlq");
        producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
        producerProps.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        this.consumer = new KafkaConsumer<>(consumerProps, new StringDeserializer(), new ByteArrayDeserializer());
        this.deadLetters = new KafkaProducer<>(producerProps, new StringSerializer(), AvroSerde.deadLetters());
        this.poster = new AlertPoster(client, Clock.systemUTC());
        consumer.subscribe(List.of(Topics.ALERTS));
        this.thread = new Thread(this::run, "eventwire-webhook");
        thread.setDaemon(true);
        thread.start();
    }

    /** True once everything committed to alerts at a moment at or after {@code sinceMillis} was handled. */
    public boolean caughtUpSince(long sinceMillis) {
        return caughtUpAt >= sinceMillis;
    }

    public long delivered() {
        return delivered;
    }

    public long deadLettered() {
        return deadLettered;
    }

    private void run() {
        try {
            while (!closing) {
                long checkStarted = System.currentTimeMillis();
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    handle(record);
                    consumer.commitSync(Map.of(new TopicPartition(record.topic(), record.partition()),
                            new org.apache.kafka.clients.consumer.OffsetAndMetadata(record.offset() + 1)));
                }
                if (handledEverythingCommitted()) {
                    caughtUpAt = checkStarted;
                }
            }
        } catch (WakeupException e) {
            // close() woke us up.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("webhook delivery stopped: {}", e.toString(), e);
        } finally {
            consumer.close();
            deadLetters.close(Duration.ofSeconds(5));
        }
    }

    private void handle(ConsumerRecord<String, byte[]> record) throws InterruptedException {
        String reference = record.topic() + "-" + record.partition() + "@" + record.offset();
        Optional<DeadLetter> failed = poster.deliver(reference, record.value());
        if (failed.isEmpty()) {
            delivered++;
            return;
        }
        LOG.warn("dead letter: {}: {}", reference, failed.get().getReason());
        try {
            deadLetters.send(new ProducerRecord<>(Topics.ARTICLES_DLQ, reference, failed.get())).get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("cannot write a dead letter for " + reference + ": "
                    + e.getCause().getMessage(), e.getCause());
        }
        deadLettered++;
    }

    /** Every committed transaction ends with a marker the consumer steps over, hence the "- 1". */
    private boolean handledEverythingCommitted() {
        if (consumer.assignment().isEmpty()) {
            return false;
        }
        Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment());
        for (var end : ends.entrySet()) {
            if (end.getValue() > 0 && consumer.position(end.getKey()) < end.getValue() - 1) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        closing = true;
        consumer.wakeup();
        try {
            thread.join(15_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
