package io.eventwire.ingest;

import io.eventwire.ingest.publish.ArticleTarget;
import io.eventwire.ingest.read.ArticleParser;
import io.eventwire.schemas.DeadLetter;
import io.eventwire.schemas.RawArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class IngestorTest {

    /** Collects what would be published. */
    static final class CollectingTarget implements ArticleTarget {
        final List<RawArticle> articles = new ArrayList<>();
        final List<DeadLetter> deadLetters = new ArrayList<>();
        int flushes;

        @Override
        public void article(RawArticle article) {
            articles.add(article);
        }

        @Override
        public void deadLetter(String key, DeadLetter deadLetter) {
            deadLetters.add(deadLetter);
        }

        @Override
        public void flush() {
            flushes++;
        }

        @Override
        public void close() {
        }
    }

    @TempDir
    Path dir;

    @Test
    void everyInputEndsAsAnArticleOrADeadLetterAndIsFlushed() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Officials said the talks resumed.");
        Files.writeString(dir.resolve("b.txt"), "");
        Files.writeString(dir.resolve("notes.md"), "not an article");
        CollectingTarget target = new CollectingTarget();
        Ingestor.Report report = new Ingestor(new ArticleParser(1 << 20, Clock.systemUTC()), target, Clock.systemUTC())
                .ingest(List.of(dir, dir.resolve("missing.txt")));
        assertThat(report.articles()).isEqualTo(1);
        assertThat(report.deadLetters()).isEqualTo(1);
        assertThat(report.skipped()).containsExactly(dir.resolve("notes.md"));
        assertThat(report.missing()).containsExactly(dir.resolve("missing.txt"));
        assertThat(target.deadLetters.get(0).getReason()).isEqualTo("empty article: no text");
        assertThat(target.deadLetters.get(0).getStage()).isEqualTo("ingest");
        assertThat(target.flushes).isEqualTo(1);
    }

    @Test
    void followIngestsFilesThatAppearOnceTheyHaveSettled() throws Exception {
        Path first = Files.writeString(dir.resolve("first.txt"), "First story.");
        Files.setLastModifiedTime(first, FileTime.from(Instant.now().minusSeconds(60)));
        CollectingTarget target = new CollectingTarget();
        Ingestor ingestor = new Ingestor(new ArticleParser(1 << 20, Clock.systemUTC()), target, Clock.systemUTC());
        AtomicInteger passes = new AtomicInteger();
        Ingestor.Report report = ingestor.follow(List.of(dir), Duration.ofMillis(20), () -> {
            int pass = passes.incrementAndGet();
            if (pass == 3) {
                try {
                    Path late = Files.writeString(dir.resolve("late.txt"), "Second story.");
                    Files.setLastModifiedTime(late, FileTime.from(Instant.now().minusSeconds(60)));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            return pass > 6;
        });
        assertThat(target.articles).extracting(RawArticle::getOrigin).containsExactly("first", "late");
        assertThat(report.articles()).isEqualTo(2);
    }
}
