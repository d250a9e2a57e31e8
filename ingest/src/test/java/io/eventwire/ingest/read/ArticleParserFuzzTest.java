package io.eventwire.ingest.read;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.eventwire.schemas.RawArticle;
import io.eventwire.schemas.Topics;
import io.eventwire.schemas.wire.AvroSerde;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Fuzzes ingest's parsers (Jazzer): any bytes as a text or HTML document, any line of a JSON lines file. Each input
 * must give an article that can be published, or a rejection with a reason; nothing may throw. A plain test run
 * replays the seeds and earlier crashes in {@code ArticleParserFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class ArticleParserFuzzTest {

    private static final ArticleParser PARSER =
            new ArticleParser(64 * 1024, Clock.fixed(Instant.parse("2025-07-08T12:00:00Z"), ZoneOffset.UTC));
    private static final AvroSerde<RawArticle> ARTICLES = AvroSerde.rawArticles();

    @FuzzTest(maxDuration = "2m")
    void anyDocumentIsParsedOrRejectedWithAReason(FuzzedDataProvider data) {
        String contentType = data.consumeBoolean() ? ArticleParser.HTML : ArticleParser.TEXT;
        byte[] bytes = data.consumeRemainingAsBytes();
        check(PARSER.parseDocument("fuzz.doc", "fuzz", bytes, contentType, ArticleMetadata.NONE));
    }

    @FuzzTest(maxDuration = "2m")
    void anyJsonLineIsParsedOrRejectedWithAReason(FuzzedDataProvider data) {
        check(PARSER.parseJsonLine("fuzz.jsonl:1", "fuzz:1", data.consumeRemainingAsString()));
    }

    private static void check(ParseResult result) {
        if (result instanceof ParseResult.Parsed parsed) {
            RawArticle article = parsed.article();
            if (article.getBody().isBlank() || article.getArticleId().length() != 32) {
                throw new AssertionError("a parsed article without text or id: " + article);
            }
            ARTICLES.serialize(Topics.ARTICLES_RAW, article);
        } else if (result instanceof ParseResult.Rejected rejected) {
            if (rejected.reason() == null || rejected.reason().isBlank()) {
                throw new AssertionError("a rejection without a reason");
            }
        } else {
            throw new AssertionError("no result");
        }
    }
}
