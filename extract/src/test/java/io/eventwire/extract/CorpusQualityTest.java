package io.eventwire.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventwire.extract.eval.GoldScorer;
import io.eventwire.extract.model.Article;
import io.eventwire.extract.model.ExtractedEvent;
import io.eventwire.extract.topology.AvroEvents;
import io.eventwire.schemas.RawArticle;
import io.eventwire.schemas.flat.FlatEventView;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the extractor over the shared corpus (seeds + dev) through the production mapping to the flat JSON view,
 * writes the lines to {@code target/corpus-events.jsonl} (score them with score.py too) and fails under the quality
 * targets. The corpus lives outside the repository: the test is skipped when it is absent.
 */
class CorpusQualityTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The project's targets. */
    private static final double TARGET_F1 = 0.90;
    private static final double TARGET_F1_PER_TYPE = 0.85;
    private static final double TARGET_SLOT_ACCURACY = 0.90;
    /** Floors measured on the corpus; raise them as the extractor improves, never lower them silently. */
    private static final double FLOOR_F1 = 0.92;
    private static final double FLOOR_SLOT_ACCURACY = 0.95;

    @Test
    void theCorpusScoresAboveTheTargets() throws IOException {
        Path corpus = Path.of(System.getProperty("eventwire.corpus", "../../shared/corpus"));
        if (!Files.isDirectory(corpus.resolve("dev"))) {
            corpus = Path.of("../../shared/corpus"); // when built from the module alone
        }
        Assumptions.assumeTrue(Files.isDirectory(corpus.resolve("dev")), "corpus not found at " + corpus);
        RuleBasedExtractor extractor = new RuleBasedExtractor();
        Map<String, List<JsonNode>> gold = new HashMap<>();
        Map<String, List<JsonNode>> system = new HashMap<>();
        Path out = Files.createDirectories(Path.of("target")).resolve("corpus-events.jsonl");
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (String part : List.of("seeds", "dev")) {
                for (Path meta : metadataFiles(corpus.resolve(part))) {
                    String stem = meta.getFileName().toString().replaceFirst("\\.json$", "");
                    Path txt = meta.resolveSibling(stem + ".txt");
                    if (!Files.exists(txt)) {
                        continue;
                    }
                    JsonNode case_ = JSON.readTree(meta.toFile());
                    String text = Files.readString(txt, StandardCharsets.UTF_8);
                    LocalDate published = case_.hasNonNull("published") ? LocalDate.parse(case_.get("published").asText()) : null;
                    RawArticle raw = raw(stem, text, published, case_.path("publisher").asText(null));
                    List<JsonNode> events = new ArrayList<>();
                    for (ExtractedEvent e : extractor.extract(new Article(stem, text, published, raw.getPublisher()))) {
                        assertThat(e.evidence()).as("evidence of %s in %s", e.type(), stem).isNotEmpty();
                        e.evidence().forEach(ev -> assertThat(text.substring(ev.start(), ev.end())).isEqualTo(ev.text()));
                        JsonNode flat = FlatEventView.toJson(AvroEvents.toAvro(e, raw, extractor.version()));
                        events.add(flat);
                        writer.write(flat.toString());
                        writer.newLine();
                    }
                    system.put(stem, events);
                    List<JsonNode> goldEvents = new ArrayList<>();
                    case_.path("events").forEach(goldEvents::add);
                    gold.put(stem, goldEvents);
                }
            }
        }
        GoldScorer.Score score = GoldScorer.score(gold, system);
        System.out.print(score.report());
        score.errors().forEach(System.out::println);
        assertThat(score.f1()).as("overall F1").isGreaterThanOrEqualTo(TARGET_F1).isGreaterThanOrEqualTo(FLOOR_F1);
        for (String type : GoldScorer.TYPES) {
            assertThat(score.f1(type)).as("F1 of %s", type).isGreaterThanOrEqualTo(TARGET_F1_PER_TYPE);
        }
        assertThat(score.slotAccuracy()).as("slot accuracy")
                .isGreaterThanOrEqualTo(TARGET_SLOT_ACCURACY).isGreaterThanOrEqualTo(FLOOR_SLOT_ACCURACY);
    }

    private static RawArticle raw(String stem, String text, LocalDate published, String publisher) {
        Instant publishedAt = published == null ? null : published.atStartOfDay(ZoneOffset.UTC).toInstant();
        return RawArticle.newBuilder().setArticleId(stem).setUrl(null).setPublisher(publisher)
                .setPublishedAt(publishedAt).setFetchedAt(Instant.EPOCH).setTitle(null).setBody(text)
                .setContentType("text/plain").setOrigin(stem).build();
    }

    private static List<Path> metadataFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }
}
