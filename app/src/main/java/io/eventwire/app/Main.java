package io.eventwire.app;

import io.eventwire.app.cli.BenchCommand;
import io.eventwire.app.cli.BrokerCommand;
import io.eventwire.app.cli.ChaosCommand;
import io.eventwire.app.cli.EvalCommand;
import io.eventwire.app.cli.ExtractCommand;
import io.eventwire.app.cli.RunCommand;
import io.eventwire.app.cli.StageCommand;
import io.eventwire.app.cli.WatchCommands;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The eventwire command line: parses options and starts things, nothing else. */
@Command(name = "eventwire", mixinStandardHelpOptions = true, version = "eventwire 0.1.0",
        description = "Turns news articles into structured events on Apache Kafka.",
        subcommands = {RunCommand.class, StageCommand.class, BrokerCommand.class, WatchCommands.Tail.class,
                WatchCommands.Alerts.class, ExtractCommand.class, EvalCommand.class, BenchCommand.class, ChaosCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        // Avro refuses to build generated classes outside trusted packages; trust ours wherever the jar runs.
        System.setProperty("org.apache.avro.SERIALIZABLE_PACKAGES",
                System.getProperty("org.apache.avro.SERIALIZABLE_PACKAGES", "io.eventwire,java.lang,java.util,java.math"));
        System.exit(new CommandLine(new Main()).execute(args));
    }
}
