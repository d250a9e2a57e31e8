package io.eventwire.app.generate;

import io.eventwire.extract.RuleBasedExtractor;
import io.eventwire.extract.merge.MergeRule;
import io.eventwire.extract.topology.ArticleExtraction;
import io.eventwire.extract.model.Article;
import io.eventwire.extract.model.EventType;
import io.eventwire.extract.model.ExtractedEvent;
import io.eventwire.schemas.RawArticle;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleGeneratorTest {

    private static final Instant NOW = Instant.parse("2025-09-05T10:00:00Z");

    @Test
    void theSameSeedGivesTheSameArticles() {
        ArticleGenerator a = ArticleGenerator.realistic(7);
        ArticleGenerator b = ArticleGenerator.realistic(7);
        for (int i = 0; i < 50; i++) {
            assertThat(a.next(NOW).getArticleId()).isEqualTo(b.next(NOW).getArticleId());
        }
    }

    @Test
    void articlesAreTwoToEightKilobytesAndAboutFortyPercentCarryAnEventTheExtractorFinds() {
        ArticleGenerator generator = ArticleGenerator.realistic(42);
        RuleBasedExtractor extractor = new RuleBasedExtractor();
        Map<EventType, Integer> found = new EnumMap<>(EventType.class);
        int withEvents = 0;
        int articles = 500;
        for (int i = 0; i < articles; i++) {
            RawArticle raw = generator.next(NOW);
            assertThat(raw.getBody().length()).isBetween(2000, 8400);
            List<ExtractedEvent> events = extractor.extract(new Article(raw.getArticleId(), raw.getBody(),
                    raw.getPublishedAt().atZone(ZoneOffset.UTC).toLocalDate(), raw.getPublisher()));
            if (!events.isEmpty()) {
                withEvents++;
            }
            events.forEach(e -> found.merge(e.type(), 1, Integer::sum));
        }
        // 30 % new events and 10 % retold ones: the extractor should find nearly all of them, and nothing else.
        assertThat(withEvents).isBetween(articles * 32 / 100, articles * 48 / 100);
        assertThat(found).containsKeys(EventType.STRIKE, EventType.LEADER_CALL, EventType.PRISONER_SWAP,
                EventType.ARMS_PAUSE);
    }

    /**
     * New events are independent, as in real news: they spread over many candidate keys (countries, pairs of
     * leaders, parties), so the merge step groups a report with the other reports of its own event, not with
     * hundreds of unrelated ones that happen to share one of a handful of keys.
     */
    @Test
    void newEventsSpreadOverManyCandidateKeys() {
        ArticleGenerator generator = ArticleGenerator.realistic(3);
        ArticleExtraction extraction = new ArticleExtraction(new RuleBasedExtractor(), Clock.systemUTC());
        Map<String, Integer> reportsByKey = new HashMap<>();
        int reports = 0;
        for (int i = 0; i < 2000; i++) {
            for (var outcome : extraction.process("test-" + i, generator.next(NOW))) {
                if (outcome instanceof ArticleExtraction.Extracted extracted) {
                    reportsByKey.merge(MergeRule.candidateKey(extracted.event()), 1, Integer::sum);
                    reports++;
                }
            }
        }
        assertThat(reportsByKey).hasSizeGreaterThan(60);
        int busiestKey = reportsByKey.values().stream().max(Integer::compare).orElseThrow();
        assertThat(busiestKey).isLessThan(reports / 10);
    }
}
