package io.eventwire.extract;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.eventwire.extract.model.Article;
import io.eventwire.extract.model.Evidence;
import io.eventwire.extract.model.ExtractedEvent;
import io.eventwire.extract.topology.ArticleExtraction;
import io.eventwire.schemas.RawArticle;
import io.eventwire.schemas.Topics;
import io.eventwire.schemas.wire.AvroSerde;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Fuzzes the extraction with any text (Jazzer). A plain test run replays the seed corpus and every crash found
 * before ({@code src/test/resources/io/eventwire/extract/ExtractorFuzzTestInputs/}); {@code JAZZER_FUZZ=1} fuzzes
 * for {@code maxDuration}, and a crash it finds is saved there, so that it stays a regression test.
 */
class ExtractorFuzzTest {

    private static final RuleBasedExtractor EXTRACTOR = new RuleBasedExtractor();
    private static final ArticleExtraction EXTRACTION =
            new ArticleExtraction(EXTRACTOR, Clock.fixed(Instant.parse("2025-07-08T12:00:00Z"), ZoneOffset.UTC));
    private static final AvroSerde<io.eventwire.schemas.Event> EVENTS = AvroSerde.events();

    @FuzzTest(maxDuration = "2m")
    void anyTextGivesEventsWhoseEvidenceIsInTheText(FuzzedDataProvider data) {
        LocalDate published = data.consumeBoolean() ? null : LocalDate.of(2020, 1, 1).plusDays(data.consumeInt(0, 3000));
        String text = data.consumeRemainingAsString();

        List<ExtractedEvent> events = EXTRACTOR.extract(new Article("fuzz", text, published, null));
        for (ExtractedEvent event : events) {
            check(event.type() != null && event.status() != null, "an event without type or status", text);
            for (Evidence evidence : event.evidence()) {
                check(evidence.start() >= 0 && evidence.start() <= evidence.end() && evidence.end() <= text.length(),
                        "evidence offsets " + evidence.start() + ".." + evidence.end() + " out of the text of "
                                + text.length() + " chars", text);
                check(text.substring(evidence.start(), evidence.end()).equals(evidence.text()),
                        "evidence text differs from the text at its offsets", text);
            }
        }

        // The stage's mapping to Avro must not fail either: a failure would dead-letter a good article.
        RawArticle raw = RawArticle.newBuilder().setArticleId("fuzz").setUrl(null).setPublisher(null)
                .setPublishedAt(published == null ? null : published.atStartOfDay(ZoneOffset.UTC).toInstant())
                .setFetchedAt(Instant.parse("2025-07-08T12:00:00Z")).setTitle(null).setBody(text)
                .setContentType("text/plain").setOrigin("fuzz").build();
        for (ArticleExtraction.Outcome outcome : EXTRACTION.process("fuzz-0@0", raw)) {
            if (outcome instanceof ArticleExtraction.Failed failed) {
                throw new AssertionError("extraction failed: " + failed.deadLetter().getReason());
            }
            EVENTS.serialize(Topics.EVENTS, ((ArticleExtraction.Extracted) outcome).event());
        }
    }

    private static void check(boolean condition, String problem, String text) {
        if (!condition) {
            throw new AssertionError(problem + " in: " + (text.length() > 200 ? text.substring(0, 200) + "..." : text));
        }
    }
}
