package io.eventwire.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventwire.app.offline.OfflineExtraction;
import io.eventwire.extract.eval.GoldScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** Extracts from annotated articles and scores the events against their gold, per type and per slot. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Runs the offline extraction over annotated articles and scores it against their gold events.",
                "Each case is <stem>.txt with <stem>.json holding \"published\", \"publisher\" and \"events\"."})
public final class EvalCommand implements Callable<Integer> {

    @Mixin
    ReferenceDataOptions referenceData;

    @Option(names = "--gold", required = true, arity = "1..*", paramLabel = "DIR", description = "Folders of cases.")
    List<Path> goldDirs;

    @Option(names = "--errors", description = "List every miss, false positive and wrong slot.")
    boolean errors;

    @Option(names = "--min-f1", paramLabel = "X", description = "Exit 1 if the overall F1 is below X.")
    Double minF1;

    @Override
    public Integer call() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, List<JsonNode>> gold = new HashMap<>();
        for (Path dir : goldDirs) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    JsonNode doc = json.readTree(file.toFile());
                    if (!doc.has("events")) {
                        continue;
                    }
                    String name = file.getFileName().toString();
                    String id = doc.hasNonNull("id") ? doc.get("id").asText() : name.substring(0, name.length() - 5);
                    List<JsonNode> events = new ArrayList<>();
                    doc.get("events").forEach(events::add);
                    gold.put(id, events);
                }
            }
        }
        Map<String, List<JsonNode>> system = new HashMap<>();
        new OfflineExtraction(referenceData.extractor(), 1 << 20)
                .run(goldDirs, event -> system.computeIfAbsent(event.path("case").asText(), k -> new ArrayList<>()).add(event));
        GoldScorer.Score score = GoldScorer.score(gold, system);
        if (errors) {
            score.errors().forEach(System.out::println);
        }
        System.out.print(score.report());
        System.out.printf("cases=%d%n", gold.size());
        return minF1 != null && score.f1() < minF1 ? 1 : 0;
    }
}
