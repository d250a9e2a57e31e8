package io.eventwire.extract.detect;

import io.eventwire.extract.RuleBasedExtractor;
import io.eventwire.extract.model.Article;
import io.eventwire.extract.model.EventType;
import io.eventwire.extract.model.ExtractedEvent;

import java.time.LocalDate;
import java.util.List;

/** One shared extractor for the detector tests (it is immutable and thread-safe). */
final class DetectorTestSupport {

    static final RuleBasedExtractor EXTRACTOR = new RuleBasedExtractor();

    private DetectorTestSupport() {
    }

    static List<ExtractedEvent> extract(String text, String published) {
        return EXTRACTOR.extract(new Article("t", text, LocalDate.parse(published), null));
    }

    static List<ExtractedEvent> of(List<ExtractedEvent> events, EventType type) {
        return events.stream().filter(e -> e.type() == type).toList();
    }
}
