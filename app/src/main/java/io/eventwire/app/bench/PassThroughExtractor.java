package io.eventwire.app.bench;

import io.eventwire.extract.EventExtractor;
import io.eventwire.extract.model.Article;
import io.eventwire.extract.model.EventStatus;
import io.eventwire.extract.model.EventType;
import io.eventwire.extract.model.Evidence;
import io.eventwire.extract.model.ExtractedEvent;

import java.util.List;

/**
 * Extraction replaced by (almost) nothing: one event per article, built from its id without reading the text, so
 * the pipeline around the extractor (serdes, merge step, exactly-once, sink) does the same work as in a real run.
 * Events never merge: each gets a place of its own, spread over many candidate keys.
 */
final class PassThroughExtractor implements EventExtractor {

    @Override
    public String version() {
        return "pass-through";
    }

    @Override
    public List<ExtractedEvent> extract(Article article) {
        String id = article.id();
        String country = "P" + id.substring(0, 2).toUpperCase(java.util.Locale.ROOT);
        String firstLine = article.text().substring(0, Math.min(80, article.text().length()));
        return List.of(new ExtractedEvent(EventType.STRIKE, null, article.published(), EventStatus.OCCURRED,
                null, null, null, null, null, null, country, "place-" + id, null, null, null, null,
                List.of(new Evidence(firstLine, 0, firstLine.length()))));
    }
}
