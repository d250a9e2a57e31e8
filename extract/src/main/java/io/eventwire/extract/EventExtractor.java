package io.eventwire.extract;

import io.eventwire.extract.model.Article;
import io.eventwire.extract.model.ExtractedEvent;

import java.util.List;

/** Text in, events out: the whole extraction, pure and deterministic, with no Kafka. */
public interface EventExtractor {

    /** The version stamped on every event this extractor emits. */
    String version();

    List<ExtractedEvent> extract(Article article);
}
