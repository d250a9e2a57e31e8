package io.eventwire.extract.topology;

import io.eventwire.extract.EventExtractor;
import io.eventwire.extract.model.Article;
import io.eventwire.extract.model.ExtractedEvent;
import io.eventwire.schemas.DeadLetter;
import io.eventwire.schemas.Event;
import io.eventwire.schemas.RawArticle;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The extract stage's work on one raw article, with no Kafka in it: run the extractor and map its events to
 * Avro, or explain in a dead letter why the article could not be processed.
 */
public final class ArticleExtraction {

    /** What one article gives: events, or a dead letter. */
    public sealed interface Outcome permits Extracted, Failed {
    }

    public record Extracted(Event event) implements Outcome {
    }

    public record Failed(String reference, DeadLetter deadLetter) implements Outcome {
    }

    private final EventExtractor extractor;
    private final Clock clock;

    public ArticleExtraction(EventExtractor extractor, Clock clock) {
        this.extractor = extractor;
        this.clock = clock;
    }

    public List<Outcome> process(String reference, RawArticle raw) {
        try {
            LocalDate published = raw.getPublishedAt() == null ? null
                    : raw.getPublishedAt().atZone(ZoneOffset.UTC).toLocalDate();
            Article article = new Article(raw.getArticleId(), raw.getBody(), published, raw.getPublisher());
            List<Outcome> outcomes = new ArrayList<>();
            for (ExtractedEvent event : extractor.extract(article)) {
                outcomes.add(new Extracted(AvroEvents.toAvro(event, raw, extractor.version())));
            }
            return outcomes;
        } catch (RuntimeException e) {
            // A bug on one article must not stop the stream: the article goes to the dead-letter topic with the cause.
            return List.of(failed(reference, "extraction failed: " + e, null));
        }
    }

    public Outcome undecodable(String reference, byte[] value, Exception cause) {
        return failed(reference, "cannot decode the raw article: " + cause.getMessage(), value);
    }

    private Failed failed(String reference, String reason, byte[] payload) {
        return new Failed(reference, DeadLetter.newBuilder()
                .setStage("extract")
                .setReason(reason)
                .setReference(reference)
                .setPayload(payload == null || payload.length > 64 * 1024 ? null : ByteBuffer.wrap(payload))
                .setOccurredAt(clock.instant())
                .build());
    }
}
