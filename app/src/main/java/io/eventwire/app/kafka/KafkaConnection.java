package io.eventwire.app.kafka;

import org.apache.kafka.clients.CommonClientConfigs;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * How to reach a Kafka cluster: bootstrap servers plus optional client properties from a file (SASL, SSL, ...),
 * shared by every producer, consumer, admin client and Streams application of a process.
 */
public record KafkaConnection(String bootstrapServers, Properties fileProperties) {

    public static KafkaConnection of(String bootstrapServers, Path clientConfigFile) {
        Properties props = new Properties();
        if (clientConfigFile != null) {
            try (Reader reader = Files.newBufferedReader(clientConfigFile)) {
                props.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read Kafka client config " + clientConfigFile, e);
            }
        }
        return new KafkaConnection(bootstrapServers, props);
    }

    /** A fresh copy of the client properties, ready for one client to extend. */
    public Properties clientProperties() {
        Properties props = new Properties();
        props.putAll(fileProperties);
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return props;
    }
}
