package io.eventwire.app.cli;

import io.eventwire.app.broker.EmbeddedKafka;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** The embedded broker on its own, for running the stages as separate processes on one machine. */
@Command(name = "broker", mixinStandardHelpOptions = true,
        description = "Runs the embedded single-node Kafka broker (KRaft) until stopped.")
public final class BrokerCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "9092", paramLabel = "PORT",
            description = "Client port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 for a free one).")
    int port;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Keep the broker's data here across restarts (default: a temporary folder).")
    Path dataDir;

    @Override
    public Integer call() throws InterruptedException {
        try (ShutdownSignal shutdown = new ShutdownSignal();
             EmbeddedKafka broker = EmbeddedKafka.start(dataDir, port)) {
            System.out.printf("Kafka broker (KRaft) listening on %s, started in %d ms; data in %s%n",
                    broker.bootstrapServers(), broker.startMillis(), broker.dataDir());
            System.out.flush();
            shutdown.await();
        }
        return 0;
    }
}
