package io.eventwire.app.pipeline;

import io.eventwire.app.kafka.KafkaConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The same end-to-end contract on Apache Kafka in a container, as in docker-compose.yml. Runs where a Docker engine
 * is reachable; skipped (not failed) where there is none.
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainerPipelineTest extends PipelineContract {

    static final String KAFKA_IMAGE = "apache/kafka:4.1.0";

    private KafkaContainer kafka;

    @BeforeEach
    void startKafka() {
        kafka = new KafkaContainer(KAFKA_IMAGE)
                .withEnv("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "1")
                .withEnv("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "1")
                .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0");
        kafka.start();
    }

    @AfterEach
    void stopKafka() {
        kafka.stop();
    }

    @Override
    KafkaConnection connection() {
        return KafkaConnection.of(kafka.getBootstrapServers(), null);
    }
}
