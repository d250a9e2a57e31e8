package io.eventwire.app.pipeline;

import io.eventwire.app.broker.EmbeddedKafka;
import io.eventwire.app.kafka.KafkaConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The end-to-end contract on the embedded KRaft broker, the default everywhere. */
class EmbeddedPipelineTest extends PipelineContract {

    private EmbeddedKafka broker;

    @BeforeEach
    void startBroker() {
        broker = EmbeddedKafka.start();
    }

    @AfterEach
    void stopBroker() {
        broker.close();
    }

    @Override
    KafkaConnection connection() {
        return KafkaConnection.of(broker.bootstrapServers(), null);
    }
}
