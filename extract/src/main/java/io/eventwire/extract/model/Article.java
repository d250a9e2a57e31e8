package io.eventwire.extract.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One article as the extractor sees it: plain text plus the metadata that resolves relative dates and names the
 * source. Kafka-free on purpose so the extraction can be tested and benchmarked alone.
 *
 * @param id        stable article id (hash of url and normalised text)
 * @param text      article body as plain text (page junk may still be in it)
 * @param published publication date; relative dates ("on Thursday") resolve against it; null if unknown
 * @param publisher publisher named in the metadata, or null
 */
public record Article(String id, String text, LocalDate published, String publisher) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
