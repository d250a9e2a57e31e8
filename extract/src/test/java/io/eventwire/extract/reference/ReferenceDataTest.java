package io.eventwire.extract.reference;

import io.eventwire.extract.RuleBasedExtractor;
import io.eventwire.extract.model.Article;
import io.eventwire.extract.model.ExtractedEvent;
import io.eventwire.extract.text.Tokenizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceDataTest {

    private static final ReferenceData REF = ReferenceData.load();

    private static GeoEntry.Kind kindOf(String phrase, String iso) {
        var toks = Tokenizer.tokenize(phrase);
        var m = REF.geo().longestAt(toks, 0, toks.size());
        assertThat(m).as(phrase).isNotNull();
        return m.values().stream().filter(e -> e.iso3().equals(iso)).findFirst().orElseThrow().kind();
    }

    @Test
    void seatsCapitalsDemonymsResolveToCountries() {
        assertThat(kindOf("Kremlin", "RUS")).isEqualTo(GeoEntry.Kind.SEAT);
        assertThat(kindOf("White House", "USA")).isEqualTo(GeoEntry.Kind.SEAT);
        assertThat(kindOf("Élysée", "FRA")).isEqualTo(GeoEntry.Kind.SEAT);
        assertThat(kindOf("Kyiv", "UKR")).isIn(GeoEntry.Kind.CAPITAL, GeoEntry.Kind.PLACE);
        assertThat(kindOf("Ukrainian", "UKR")).isEqualTo(GeoEntry.Kind.DEMONYM);
        assertThat(kindOf("U.S.", "USA")).isEqualTo(GeoEntry.Kind.COUNTRY);
    }

    @Test
    void leadersByOfficeAndDate() {
        assertThat(REF.leaderOf("USA", null, LocalDate.of(2023, 5, 1)).surname()).isEqualTo("Biden");
        assertThat(REF.leaderOf("USA", null, LocalDate.of(2025, 5, 1)).surname()).isEqualTo("Trump");
        assertThat(REF.leaderOf("GBR", "prime minister", LocalDate.of(2022, 9, 20)).surname()).isEqualTo("Truss");
        assertThat(REF.leaderOf("DEU", "chancellor", LocalDate.of(2024, 11, 15)).surname()).isEqualTo("Scholz");
    }

    @Test
    void userFilesExtendThePlaces(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("places-extra.tsv"), "# test\nTestivka\tUKR\ttown\t\n");
        String text = "A Russian missile hit a market in Testivka on Monday, killing three people.";
        Article art = new Article("x", text, LocalDate.of(2024, 9, 3), null);
        List<ExtractedEvent> before = new RuleBasedExtractor().extract(art);
        List<ExtractedEvent> after = new RuleBasedExtractor(List.of(dir)).extract(art);
        assertThat(before).allMatch(e -> e.location() == null);
        assertThat(after).hasSize(1);
        assertThat(after.get(0).location()).isEqualTo("Testivka");
        assertThat(after.get(0).country()).isEqualTo("UKR");
    }

    @Test
    void conflictPlacesAcrossRegionsResolveToTheirCountry() {
        var places = java.util.Map.of("Pavlohrad", "UKR", "Yevpatoria", "UKR", "Graivoron", "RUS",
                "Kiryat Gat", "ISR", "Tel al-Sultan", "PSE", "Balata camp", "PSE", "Aita al-Shaab", "LBN",
                "Abu Kamal", "SYR", "Dhamar", "YEM", "El Obeid", "SDN");
        places.forEach((name, iso) -> assertThat(kindOf(name, iso)).as(name).isEqualTo(GeoEntry.Kind.PLACE));
        assertThat(kindOf("Mashhad", "IRN")).isEqualTo(GeoEntry.Kind.PLACE);
    }

    @Test
    void lowerCaseWordsThatSpellAPlaceAreNotTheStrikeSite() {
        String text = "A Russian drone hit a 10-acre farm near Kharkiv on Monday, killing two people.";
        List<ExtractedEvent> ev = new RuleBasedExtractor().extract(
                new Article("x", text, LocalDate.of(2024, 9, 3), null));
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).location()).isEqualTo("Kharkiv");
        String text2 = "An Israeli strike on a house in Bani Suheila, east of Khan Younis, killed four people on "
                + "Monday, medics said.";
        List<ExtractedEvent> ev2 = new RuleBasedExtractor().extract(
                new Article("y", text2, LocalDate.of(2024, 9, 3), null));
        assertThat(ev2).hasSize(1);
        assertThat(ev2.get(0).country()).isEqualTo("PSE");
        assertThat(ev2.get(0).location()).isIn("Bani Suheila", "Khan Younis");
    }
}
