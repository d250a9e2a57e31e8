package io.eventwire.app.cli;

import io.eventwire.app.kafka.KafkaConnection;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The options that point a command at an existing Kafka cluster. */
public final class KafkaOptions {

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,HOST:PORT...]",
            description = "Use this Kafka cluster instead of starting an embedded broker.")
    String bootstrapServers;

    @Option(names = "--kafka-config", paramLabel = "FILE",
            description = "Kafka client properties (security.protocol, sasl.*, ssl.*, ...) for every client.")
    Path kafkaConfig;

    @Option(names = "--partitions", defaultValue = "3", paramLabel = "N",
            description = "Partitions of the topics created at start if missing (default: ${DEFAULT-VALUE}).")
    int partitions;

    public boolean external() {
        return bootstrapServers != null;
    }

    public KafkaConnection connect(String embeddedBootstrap) {
        return KafkaConnection.of(external() ? bootstrapServers : embeddedBootstrap, kafkaConfig);
    }
}
