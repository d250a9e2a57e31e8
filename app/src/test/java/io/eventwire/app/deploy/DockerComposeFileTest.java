package io.eventwire.app.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.eventwire.schemas.Topics;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml cannot be started here (no Docker engine), so check what can be checked offline: it parses,
 * it runs a KRaft broker and the three stages against it, and it names every topic of the pipeline.
 */
class DockerComposeFileTest {

    private static final Path COMPOSE = Path.of("..", "docker-compose.yml");

    @Test
    void theComposeFileRunsABrokerAndTheThreeStages() throws IOException {
        JsonNode compose = new ObjectMapper(new YAMLFactory()).readTree(COMPOSE.toFile());
        JsonNode services = compose.get("services");
        assertThat(services).as("services").isNotNull();
        assertThat(services.get("kafka").get("image").asText()).startsWith("apache/kafka");
        assertThat(services.get("kafka").toString()).contains("KAFKA_PROCESS_ROLES");
        for (String stage : new String[] {"ingest", "extract", "sink"}) {
            JsonNode service = services.get(stage);
            assertThat(service).as("service %s", stage).isNotNull();
            assertThat(service.get("image").asText()).startsWith("eventwire:");
            String command = service.get("command").isArray()
                    ? String.join(" ", new ObjectMapper().convertValue(service.get("command"), String[].class))
                    : service.get("command").asText();
            assertThat(command).contains("stage " + stage).contains("--bootstrap-servers kafka:9092");
            assertThat(service.get("depends_on").toString()).contains("kafka");
        }
    }

    @Test
    void theComposeFileNamesEveryTopic() throws IOException {
        String text = Files.readString(COMPOSE);
        for (String topic : Topics.all()) {
            assertThat(text).as("docker-compose.yml names topic %s", topic).contains(topic);
        }
    }

    @Test
    void dockerComposeAcceptsTheFileWhereItIsInstalled() throws Exception {
        Process which = new ProcessBuilder("sh", "-c", "command -v docker-compose").start();
        Assumptions.assumeTrue(which.waitFor() == 0, "docker-compose is not installed here");
        Process config = new ProcessBuilder("docker-compose", "-f", COMPOSE.toString(), "config", "-q")
                .redirectErrorStream(true).start();
        assertThat(config.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(config.getInputStream().readAllBytes());
        assertThat(config.exitValue()).as("docker-compose config: %s", output).isZero();
    }
}
