package io.eventwire.app.broker;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedKafkaTest {

    @Test
    void aBrokerRestartedOnItsDataFolderKeepsItsTopics(@TempDir Path dir) throws Exception {
        try (EmbeddedKafka broker = EmbeddedKafka.start(dir, 0);
             Admin admin = admin(broker)) {
            admin.createTopics(List.of(new NewTopic("kept", 1, (short) 1))).all().get();
        }
        try (EmbeddedKafka broker = EmbeddedKafka.start(dir, 0);
             Admin admin = admin(broker)) {
            assertThat(admin.listTopics().names().get()).contains("kept");
        }
        assertThat(dir).isDirectory();
    }

    @Test
    void aTemporaryBrokerRemovesItsDataOnClose() {
        Path data;
        try (EmbeddedKafka broker = EmbeddedKafka.start()) {
            data = broker.dataDir();
            assertThat(data).isDirectory();
            assertThat(broker.bootstrapServers()).startsWith("127.0.0.1:");
        }
        assertThat(Files.exists(data)).isFalse();
    }

    private static Admin admin(EmbeddedKafka broker) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
    }
}
