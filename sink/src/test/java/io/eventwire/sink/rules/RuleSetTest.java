package io.eventwire.sink.rules;

import io.eventwire.schemas.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.eventwire.sink.support.TestEvents.call;
import static io.eventwire.sink.support.TestEvents.pause;
import static io.eventwire.sink.support.TestEvents.strike;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleSetTest {

    @TempDir
    Path dir;

    @Test
    void aYamlFileWithEveryKindOfCondition() throws Exception {
        Path file = dir.resolve("rules.yaml");
        Files.writeString(file, """
                rules:
                  - name: deadly-strike
                    description: many dead
                    type: strike
                    killed-at-least: [10, 50]
                  - name: hurt
                    wounded-at-least: 20
                  - name: us-russia
                    type: leader-call
                    status: OCCURRED
                    all-countries: [USA, RUS]
                  - name: watched
                    any-country: UKR
                """);
        List<Rule> rules = RuleSet.load(file).rules();
        assertThat(rules).extracting(Rule::name).containsExactly("deadly-strike", "hurt", "us-russia", "watched");
        assertThat(rules.get(0).type()).isEqualTo(EventType.STRIKE);
        assertThat(rules.get(0).threshold().bands()).containsExactly(10, 50);
        assertThat(rules.get(1).threshold().measure()).isEqualTo(Threshold.Measure.WOUNDED);
        assertThat(rules.get(2).type()).isEqualTo(EventType.LEADER_CALL);
        assertThat(rules.get(2).allCountries()).containsExactlyInAnyOrder("USA", "RUS");
        assertThat(rules.get(3).anyCountry()).containsExactly("UKR");
    }

    @Test
    void aJsonFileIsReadAsJson() throws Exception {
        Path file = dir.resolve("rules.json");
        Files.writeString(file, "{\"rules\": [{\"name\": \"pauses\", \"type\": \"ARMS_PAUSE\"}]}");
        assertThat(RuleSet.load(file).rules()).extracting(Rule::name).containsExactly("pauses");
    }

    @Test
    void eachProblemNamesItsLine() {
        String yaml = """
                rules:
                  - name: deadly-strike
                    type: STRIKE
                    kiled-at-least: 10
                  - name: pauses
                    type: ARMS_PAUS
                  - name: bands
                    killed-at-least: [50, 10]
                  - name: pauses
                    type: ARMS_PAUSE
                  - name: countries
                    any-country: [UKR, ukraine]
                  - name: misplaced
                    type: LEADER_CALL
                    killed-at-least: 5
                  - type: STRIKE
                  - name: empty
                    description: matches everything
                """;
        assertThatThrownBy(() -> RuleSet.parse(yaml, "my-rules.yaml", false))
                .isInstanceOf(RulesFileException.class)
                .hasMessageStartingWith("bad rules file my-rules.yaml:")
                .satisfies(e -> assertThat(((RulesFileException) e).problems()).containsExactly(
                        "line 4: rule \"deadly-strike\": unknown field \"kiled-at-least\" (known: name, description,"
                                + " type, status, any-country, all-countries, killed-at-least, wounded-at-least)",
                        "line 6: rule \"pauses\": \"type\" must be one of LEADER_CALL, ARMS_PAUSE, PRISONER_SWAP,"
                                + " STRIKE, found \"ARMS_PAUS\"",
                        "line 8: rule \"bands\": \"killed-at-least\" bands must rise, but 10 follows 50",
                        "line 9: rule \"pauses\": the name is already used on line 5",
                        "line 12: rule \"countries\": \"any-country\" takes ISO 3166-1 alpha-3 country codes in"
                                + " capitals (e.g. UKR), found \"ukraine\"",
                        "line 15: rule \"misplaced\": killed-at-least applies to strikes only, but the type is"
                                + " LEADER_CALL",
                        "line 16: a rule has no \"name\"",
                        "line 17: rule \"empty\": no condition (type, status, any-country, all-countries,"
                                + " killed-at-least or wounded-at-least); a rule that matches every event is a mistake"));
    }

    @Test
    void aSyntaxErrorNamesItsLine() {
        String yaml = """
                rules:
                  - name: a
                    type: STRIKE
                  - name: [b
                """;
        assertThatThrownBy(() -> RuleSet.parse(yaml, "r.yaml", false))
                .isInstanceOf(RulesFileException.class)
                .satisfies(e -> assertThat(((RulesFileException) e).problems()).singleElement()
                        .isEqualTo("line 4: not valid YAML: while parsing a flow sequence: expected ',' or ']', but got <stream end>"));

        assertThatThrownBy(() -> RuleSet.parse("{\"rules\": [\n{\"name\": \"a\",\n\"type\" \"STRIKE\"}]}", "r.json", true))
                .isInstanceOf(RulesFileException.class)
                .satisfies(e -> assertThat(((RulesFileException) e).problems()).singleElement()
                        .asString().startsWith("line 3: not valid JSON: "));
    }

    @Test
    void theFileMustHoldARulesList() {
        assertThatThrownBy(() -> RuleSet.parse("rule:\n  - name: a\n", "r.yaml", false))
                .hasMessageContaining("line 1: unknown field \"rule\"")
                .hasMessageContaining("no \"rules\" list");
        assertThatThrownBy(() -> RuleSet.parse("", "r.yaml", false)).hasMessageContaining("the file is empty");
        assertThatThrownBy(() -> RuleSet.parse("rules:\n  name: a\n", "r.yaml", false))
                .hasMessageContaining("line 1: \"rules\" must be a list of rules, found a mapping");
    }

    @Test
    void aMissingFileIsAProblemToo() {
        assertThatThrownBy(() -> RuleSet.load(dir.resolve("nope.yaml")))
                .isInstanceOf(RulesFileException.class).hasMessageContaining("cannot read it");
    }

    @Test
    void theDefaultRulesFireOnADeadlyStrikeAnArmsPauseAndAUsRussiaCall() {
        List<Rule> rules = RuleSet.defaults().rules();
        assertThat(rules).extracting(Rule::name)
                .contains("deadly-strike", "arms-pause", "us-russia-call", "ukraine");
        assertThat(fired(rules, strike("s", "PSE", 10))).containsExactly("deadly-strike");
        assertThat(fired(rules, strike("s", "PSE", 9))).isEmpty();
        assertThat(fired(rules, pause("p", "DEU", "ISR"))).containsExactly("arms-pause");
        assertThat(fired(rules, call("c", "USA", "RUS"))).containsExactly("us-russia-call");
        assertThat(fired(rules, call("c", "USA", "UKR"))).containsExactly("ukraine");
    }

    private static List<String> fired(List<Rule> rules, io.eventwire.schemas.Event event) {
        return rules.stream().filter(r -> r.outcome(event).isPresent()).map(Rule::name).toList();
    }
}
