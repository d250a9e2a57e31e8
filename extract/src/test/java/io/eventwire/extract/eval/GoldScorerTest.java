package io.eventwire.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class GoldScorerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String GOLD_A = """
            [{"type": "LEADER_CALL", "participants": ["RUS", "USA"], "leaders": ["Putin", "Trump"],
              "date": "2025-07-03", "status": "OCCURRED"},
             {"type": "STRIKE", "country": "UKR", "location": "Kharkiv", "attacker": "RUS", "date": "2025-07-03",
              "killed": {"value": 8, "qualifier": "AT_LEAST"}, "wounded": null},
             {"type": "STRIKE", "country": "PSE", "location": "Gaza", "attacker": "ISR", "date": null,
              "killed": {"value": null, "qualifier": "AT_LEAST", "vague": "dozens"}, "wounded": null, "optional": true},
             {"type": "PRISONER_SWAP", "parties": ["RUS", "UKR"], "date": "2025-07-04", "released": {"UKR": 84, "RUS": 84}}]""";

    private static final String SYSTEM_A = """
            [{"case": "a", "type": "LEADER_CALL", "participants": ["USA", "RUS"], "leaders": ["Vladimir Putin", "Trump"],
              "date": "2025-07-03", "status": "OCCURRED"},
             {"case": "a", "type": "LEADER_CALL", "participants": ["USA", "RUS"], "leaders": [], "date": null,
              "status": "PLANNED"},
             {"case": "a", "type": "STRIKE", "country": "UKR", "location": "Kharkiv region", "attacker": "RUS",
              "date": "2025-07-02", "killed": {"value": 8, "qualifier": "EXACT"}, "wounded": null},
             {"case": "a", "type": "STRIKE", "country": "PSE", "location": null, "attacker": "ISR", "date": null,
              "killed": {"value": 30, "qualifier": "EXACT"}, "wounded": null},
             {"case": "a", "type": "PRISONER_SWAP", "parties": ["UKR", "RUS"], "date": "2025-07-04",
              "released": {"UKR": 84, "RUS": 84}}]""";

    @Test
    void matchesOnTheKeyAndScoresTheSlots() throws Exception {
        GoldScorer.Score score = GoldScorer.score(Map.of("a", list(GOLD_A)), Map.of("a", list(SYSTEM_A)));
        // The planned call matches no gold (status differs): a false positive. The Gaza strike with an exact
        // figure matches the optional vague gold: neither credited nor a false positive.
        assertThat(score.perType().get("LEADER_CALL")).containsExactly(1, 1, 0);
        assertThat(score.perType().get("STRIKE")).containsExactly(1, 0, 0);
        assertThat(score.perType().get("PRISONER_SWAP")).containsExactly(1, 0, 0);
        // Strike slots: date wrong, killed qualifier wrong, location contained, attacker right, wounded right.
        assertThat(score.slots().get("date")).containsExactly(2, 3);
        assertThat(score.slots().get("killed")).containsExactly(0, 1);
        assertThat(score.slots().get("location")).containsExactly(1, 1);
        assertThat(score.slots().get("leaders")).containsExactly(1, 1);
        assertThat(score.slots().get("released")).containsExactly(1, 1);
        assertThat(score.errors()).anyMatch(e -> e.startsWith("a: FALSE POSITIVE") && e.contains("PLANNED"));
    }

    @Test
    void aMissedRequiredEventCountsAndAMissedOptionalOneDoesNot() throws Exception {
        GoldScorer.Score score = GoldScorer.score(Map.of("a", list(GOLD_A)), Map.of());
        assertThat(score.fn()).isEqualTo(3);
        assertThat(score.tp()).isZero();
        assertThat(score.f1()).isZero();
    }

    @Test
    void agreesWithTheReferenceScorer(@TempDir Path dir) throws Exception {
        Path scorer = Path.of(System.getProperty("eventwire.corpus", "../../shared/corpus")).resolveSibling("eval")
                .resolve("score.py");
        Assumptions.assumeTrue(Files.isRegularFile(scorer), "reference scorer not found at " + scorer);
        Files.writeString(dir.resolve("a.json"), "{\"id\": \"a\", \"published\": \"2025-07-04\", \"events\": "
                + GOLD_A + "}");
        StringBuilder lines = new StringBuilder();
        for (JsonNode event : list(SYSTEM_A)) {
            lines.append(event).append('\n');
        }
        Path events = Files.writeString(dir.resolve("events.jsonl"), lines);
        Process python = new ProcessBuilder("python3", scorer.toString(), dir.toString(), events.toString(), "--json")
                .redirectErrorStream(true).start();
        Assumptions.assumeTrue(python.waitFor(60, TimeUnit.SECONDS) && python.exitValue() == 0, "python3 could not run");
        JsonNode reference = JSON.readTree(python.getInputStream());

        GoldScorer.Score score = GoldScorer.score(Map.of("a", list(GOLD_A)), Map.of("a", list(SYSTEM_A)));
        assertThat(score.tp()).isEqualTo(reference.get("tp").asInt());
        assertThat(score.fp()).isEqualTo(reference.get("fp").asInt());
        assertThat(score.fn()).isEqualTo(reference.get("fn").asInt());
        assertThat(Math.round(score.f1() * 1000) / 1000.0).isEqualTo(reference.get("f1").asDouble());
        assertThat(Math.round(score.slotAccuracy() * 1000) / 1000.0).isEqualTo(reference.get("slot_accuracy").asDouble());
    }

    private static List<JsonNode> list(String array) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        JSON.readTree(array).forEach(out::add);
        return out;
    }
}
