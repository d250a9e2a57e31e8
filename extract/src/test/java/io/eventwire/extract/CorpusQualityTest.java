package io.eventwire.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventwire.extract.model.Article;
import io.eventwire.extract.model.ExtractedEvent;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the extractor over the shared corpus (seeds + dev), writes the flat JSON lines to
 * {@code target/corpus-events.jsonl} (score with {@code score.py}) and holds a quality floor with the Java port of the
 * scorer. The corpus lives outside the repository: the test is skipped when it is absent.
 */
class CorpusQualityTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Floors measured on the corpus; raise them as the extractor improves, never lower them silently. */
    private static final double MIN_F1 = 0.92;
    private static final double MIN_SLOT_ACCURACY = 0.95;

    @Test
    @SuppressWarnings("unchecked")
    void corpusQualityFloor() throws IOException {
        Path corpus = Path.of(System.getProperty("eventwire.corpus", "../../shared/corpus"));
        if (!Files.isDirectory(corpus.resolve("dev"))) {
            corpus = Path.of("../../shared/corpus"); // module dir relative default
        }
        Assumptions.assumeTrue(Files.isDirectory(corpus.resolve("dev")), "corpus not found at " + corpus);
        RuleBasedExtractor extractor = new RuleBasedExtractor();
        GoldScorer scorer = new GoldScorer();
        Path out = Path.of("target", "corpus-events.jsonl");
        Files.createDirectories(out.getParent());
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (String part : List.of("seeds", "dev")) {
                Path dir = corpus.resolve(part);
                if (!Files.isDirectory(dir)) {
                    continue;
                }
                List<Path> metas;
                try (Stream<Path> s = Files.list(dir)) {
                    metas = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
                }
                for (Path meta : metas) {
                    String stem = meta.getFileName().toString().replaceFirst("\\.json$", "");
                    Path txt = dir.resolve(stem + ".txt");
                    if (!Files.exists(txt)) {
                        continue;
                    }
                    Map<String, Object> m = JSON.readValue(meta.toFile(), Map.class);
                    String text = Files.readString(txt, StandardCharsets.UTF_8);
                    LocalDate published = m.get("published") == null ? null
                            : LocalDate.parse((String) m.get("published"));
                    Article article = new Article(stem, text, published, (String) m.get("publisher"));
                    List<Map<String, Object>> sys = new ArrayList<>();
                    for (ExtractedEvent e : extractor.extract(article)) {
                        assertThat(e.evidence()).isNotEmpty();
                        e.evidence().forEach(ev -> assertThat(text.substring(ev.start(), ev.end()))
                                .isEqualTo(ev.text()));
                        Map<String, Object> flat = FlatJson.of(stem, e);
                        sys.add(JSON.readValue(JSON.writeValueAsString(flat), Map.class));
                        w.write(JSON.writeValueAsString(flat));
                        w.newLine();
                    }
                    List<Map<String, Object>> gold = (List<Map<String, Object>>) m.getOrDefault("events", List.of());
                    scorer.addCase(stem, gold, sys);
                }
            }
        }
        System.out.println(scorer.summary());
        scorer.errors.forEach(System.out::println);
        assertThat(scorer.f1()).as("overall F1").isGreaterThanOrEqualTo(MIN_F1);
        assertThat(scorer.slotAccuracy()).as("slot accuracy").isGreaterThanOrEqualTo(MIN_SLOT_ACCURACY);
    }
}
