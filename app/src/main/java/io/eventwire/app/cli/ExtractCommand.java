package io.eventwire.app.cli;

import io.eventwire.app.offline.OfflineExtraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** Offline extraction, no broker: one flat JSON line per event, with {@code case} = the file's stem. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extracts events from files without Kafka and prints them as JSON lines (flat view).")
public final class ExtractCommand implements Callable<Integer> {

    @Option(names = "--dir", required = true, arity = "1..*", paramLabel = "PATH",
            description = "Folders or files: <stem>.txt with optional <stem>.json metadata, .html, .jsonl.")
    List<Path> inputs;

    @Mixin
    ReferenceDataOptions referenceData;

    @Option(names = "--max-article-bytes", defaultValue = "1048576", paramLabel = "BYTES")
    long maxArticleBytes;

    @Override
    public Integer call() {
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
        OfflineExtraction.Totals totals = new OfflineExtraction(referenceData.extractor(), maxArticleBytes)
                .run(inputs, event -> out.println(event.toString()));
        out.flush();
        totals.rejections().forEach(System.err::println);
        totals.missing().forEach(path -> System.err.printf("not found: %s%n", path));
        System.err.printf("extract: %d articles, %d events, %d rejected%n", totals.articles(), totals.events(),
                totals.rejections().size());
        return totals.missing().isEmpty() ? 0 : 2;
    }
}
