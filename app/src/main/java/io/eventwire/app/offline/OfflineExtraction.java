package io.eventwire.app.offline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventwire.extract.EventExtractor;
import io.eventwire.extract.topology.ArticleExtraction;
import io.eventwire.ingest.read.ArticleParser;
import io.eventwire.ingest.read.InputScanner;
import io.eventwire.ingest.read.ParseResult;
import io.eventwire.schemas.flat.FlatEventView;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Extraction without a broker: the pipeline's own parsing ({@link ArticleParser}) and extraction
 * ({@link ArticleExtraction}) over files, each event in the flat JSON view.
 */
public final class OfflineExtraction {

    private final ArticleParser parser;
    private final ArticleExtraction extraction;

    public OfflineExtraction(EventExtractor extractor, long maxArticleBytes) {
        this.parser = new ArticleParser(maxArticleBytes, Clock.systemUTC());
        this.extraction = new ArticleExtraction(extractor, Clock.systemUTC());
    }

    /** What a pass did; rejections are "reference: reason" lines. */
    public record Totals(int articles, int events, List<String> rejections, List<Path> missing) {
    }

    public Totals run(List<Path> inputs, Consumer<ObjectNode> onEvent) {
        InputScanner.Scan scan = InputScanner.scan(inputs);
        int articles = 0;
        int events = 0;
        List<String> rejections = new ArrayList<>();
        for (Path file : scan.inputs()) {
            for (ParseResult result : parser.parse(file)) {
                if (result instanceof ParseResult.Parsed parsed) {
                    articles++;
                    for (ArticleExtraction.Outcome outcome : extraction.process(parsed.reference(), parsed.article())) {
                        if (outcome instanceof ArticleExtraction.Extracted extracted) {
                            onEvent.accept(FlatEventView.toJson(extracted.event()));
                            events++;
                        } else if (outcome instanceof ArticleExtraction.Failed failed) {
                            rejections.add(failed.reference() + ": " + failed.deadLetter().getReason());
                        }
                    }
                } else if (result instanceof ParseResult.Rejected bad) {
                    rejections.add(bad.reference() + ": " + bad.reason());
                }
            }
        }
        return new Totals(articles, events, rejections, scan.missing());
    }
}
