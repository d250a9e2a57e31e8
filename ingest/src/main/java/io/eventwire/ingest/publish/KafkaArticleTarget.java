package io.eventwire.ingest.publish;

import io.eventwire.schemas.DeadLetter;
import io.eventwire.schemas.RawArticle;
import io.eventwire.schemas.Topics;
import io.eventwire.schemas.wire.AvroSerde;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Publishes articles to {@code articles.raw} (key: articleId) and rejected inputs to {@code articles.dlq}, with an
 * idempotent producer and acks=all so that a retry never duplicates or loses an article.
 */
public final class KafkaArticleTarget implements ArticleTarget {

    private final KafkaProducer<String, byte[]> producer;
    private final AvroSerde<RawArticle> articles = AvroSerde.rawArticles();
    private final AvroSerde<DeadLetter> deadLetters = AvroSerde.deadLetters();
    private final AtomicReference<Exception> firstFailure = new AtomicReference<>();
    private final Callback onCompletion = (metadata, exception) -> {
        if (exception != null) {
            firstFailure.compareAndSet(null, exception);
        }
    };

    public KafkaArticleTarget(Properties clientProperties) {
        Map<String, Object> config = new HashMap<>();
        clientProperties.forEach((k, v) -> config.put(k.toString(), v));
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        config.putIfAbsent(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 2 * 1024 * 1024);
        config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "eventwire-ingest");
        this.producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    @Override
    public void article(RawArticle article) {
        producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW, article.getArticleId(),
                articles.serialize(Topics.ARTICLES_RAW, article)), onCompletion);
    }

    @Override
    public void deadLetter(String key, DeadLetter deadLetter) {
        producer.send(new ProducerRecord<>(Topics.ARTICLES_DLQ, key,
                deadLetters.serialize(Topics.ARTICLES_DLQ, deadLetter)), onCompletion);
    }

    @Override
    public void flush() {
        producer.flush();
        Exception failure = firstFailure.get();
        if (failure != null) {
            throw new IllegalStateException("publishing to Kafka failed: " + failure.getMessage(), failure);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
