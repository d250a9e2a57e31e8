package io.eventwire.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventwire.extract.RuleBasedExtractor;
import io.eventwire.extract.model.Article;
import io.eventwire.extract.model.ExtractedEvent;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The extraction library alone, one thread: one operation is one article, so the score is articles per second per
 * core; run with {@code -prof gc} for bytes allocated per article ({@code gc.alloc.rate.norm}).
 * Articles: the evaluation corpus ({@code -Deventwire.corpus=DIR}, default {@code ../shared/corpus}) or, where it
 * is absent, the sample articles in {@code samples/}. Run from the repository root.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ExtractionBenchmark {

    private RuleBasedExtractor extractor;
    private List<Article> articles;
    private int next;

    @Setup
    public void load() throws IOException {
        extractor = new RuleBasedExtractor();
        articles = loadArticles();
        long bytes = articles.stream().mapToLong(a -> a.text().length()).sum();
        System.out.printf("%n%d articles, %d characters on average%n", articles.size(), bytes / articles.size());
    }

    @Benchmark
    public List<ExtractedEvent> extractOneArticle() {
        Article article = articles.get(next);
        next = next + 1 == articles.size() ? 0 : next + 1;
        return extractor.extract(article);
    }

    static List<Article> loadArticles() throws IOException {
        Path corpus = Path.of(System.getProperty("eventwire.corpus", "../shared/corpus"));
        List<Article> loaded = new ArrayList<>();
        for (Path dir : List.of(corpus.resolve("seeds"), corpus.resolve("dev"))) {
            loaded.addAll(articlesIn(dir));
        }
        if (loaded.isEmpty()) {
            loaded.addAll(articlesIn(Path.of("samples")));
        }
        if (loaded.isEmpty()) {
            throw new IllegalStateException("no articles: run from the repository root, with or without the corpus at "
                    + corpus);
        }
        return loaded;
    }

    private static List<Article> articlesIn(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Article> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path txt : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                Path meta = txt.resolveSibling(txt.getFileName().toString().replaceFirst("\\.txt$", ".json"));
                articles.add(article(txt.getFileName().toString(), Files.readString(txt),
                        Files.exists(meta) ? Files.readString(meta) : "{}"));
            }
        }
        return articles;
    }

    private static Article article(String id, String text, String metadata) throws IOException {
        JsonNode meta = new ObjectMapper().readTree(metadata);
        LocalDate published = meta.hasNonNull("published") ? LocalDate.parse(meta.get("published").asText()) : null;
        return new Article(id, text, published, meta.path("publisher").asText(null));
    }
}
