package io.eventwire.app.cli;

import io.eventwire.app.kafka.KafkaConnection;
import io.eventwire.app.kafka.TopicSetup;
import io.eventwire.app.watch.AlertWatcher;
import io.eventwire.app.watch.EventFilter;
import io.eventwire.app.watch.EventTable;
import io.eventwire.app.watch.EventWatcher;
import io.eventwire.schemas.flat.FlatEventView;
import io.eventwire.sink.alert.AlertJson;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;

/** The consumer tools: print events or alerts live as they are committed, until stopped. */
public final class WatchCommands {

    /** The broker that {@code eventwire broker} starts by default. */
    static final String DEFAULT_BOOTSTRAP = "127.0.0.1:9092";

    private WatchCommands() {
    }

    /** What both tools take. */
    static final class WatchOptions {
        @Option(names = "--type", paramLabel = "TYPE", split = ",",
                description = "Only events of these types: LEADER_CALL, ARMS_PAUSE, PRISONER_SWAP, STRIKE "
                        + "(any case; leader-call or leader-calls work too). Repeat or separate with commas.")
        List<String> types;

        @Option(names = "--country", paramLabel = "ISO3", split = ",",
                description = "Only events involving one of these countries (actor or place), e.g. UKR.")
        List<String> countries;

        @Option(names = "--json", description = "One JSON line each instead of a readable table.")
        boolean json;

        @Option(names = "--from-beginning", description = "Print what the topics already hold first.")
        boolean fromBeginning;
    }

    static KafkaConnection connect(KafkaOptions kafka, PrintStream err) {
        KafkaConnection connection = kafka.external() ? kafka.connect(null)
                : KafkaConnection.of(DEFAULT_BOOTSTRAP, kafka.kafkaConfig);
        if (!kafka.external()) {
            err.printf("Reading from %s (the default of `eventwire broker`; --bootstrap-servers to change)%n",
                    DEFAULT_BOOTSTRAP);
        }
        // Topics are created if missing, so a tool started before the pipeline waits for it instead of failing.
        try (Admin admin = Admin.create(connection.clientProperties())) {
            TopicSetup.ensureTopics(admin, kafka.partitions);
        }
        return connection;
    }

    static EventFilter filter(WatchOptions options, CommandSpec spec) {
        try {
            return EventFilter.of(options.types, options.countries);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    @Command(name = "tail", mixinStandardHelpOptions = true,
            description = {"Prints events live as the sink routes them (from the per-type topics).",
                    "Needs a running cluster: `eventwire broker` in another terminal, then "
                            + "`eventwire run --bootstrap-servers 127.0.0.1:9092 --follow` or the stages."})
    public static final class Tail implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        KafkaOptions kafka;
        @Mixin
        WatchOptions options;

        @Override
        public Integer call() throws Exception {
            EventFilter filter = filter(options, spec);
            PrintStream out = System.out;
            KafkaConnection connection = connect(kafka, System.err);
            if (!options.json) {
                out.println(EventTable.header());
            }
            try (ShutdownSignal shutdown = new ShutdownSignal();
                 EventWatcher watcher = new EventWatcher(connection, filter.topics(), options.fromBeginning,
                         event -> {
                             if (filter.test(event)) {
                                 out.println(options.json ? FlatEventView.toJsonLine(event) : EventTable.row(event));
                                 out.flush();
                             }
                         })) {
                System.err.println("Waiting for events; Ctrl-C to stop.");
                shutdown.await();
            }
            return 0;
        }
    }

    @Command(name = "alerts", mixinStandardHelpOptions = true,
            description = {"Prints alerts live as the sink's rules raise them (from the alerts topic).",
                    "Needs a running cluster, like tail."})
    public static final class Alerts implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        KafkaOptions kafka;
        @Mixin
        WatchOptions options;

        @Override
        public Integer call() throws Exception {
            EventFilter filter = filter(options, spec);
            PrintStream out = System.out;
            KafkaConnection connection = connect(kafka, System.err);
            try (ShutdownSignal shutdown = new ShutdownSignal();
                 AlertWatcher watcher = new AlertWatcher(connection, options.fromBeginning, alert -> {
                     if (filter.test(alert.getEvent())) {
                         out.println(options.json ? AlertJson.toJsonLine(alert) : EventTable.alertRow(alert));
                         out.flush();
                     }
                 })) {
                System.err.println("Waiting for alerts; Ctrl-C to stop.");
                shutdown.await();
            }
            return 0;
        }
    }
}
