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

    // ------------------------------------------------ generated countries and places, wider leaders

    private static List<ExtractedEvent> extract(String text, String date) {
        return new RuleBasedExtractor().extract(new Article("t", text, LocalDate.parse(date), null));
    }

    @Test
    void generatedCountriesCoverEveryUnMemberWithoutTwoLetterCodes() {
        assertThat(kindOf("Burkina Faso", "BFA")).isEqualTo(GeoEntry.Kind.COUNTRY);
        assertThat(kindOf("Burkinabe", "BFA")).isEqualTo(GeoEntry.Kind.DEMONYM);
        assertThat(kindOf("Tajiks", "TJK")).isEqualTo(GeoEntry.Kind.DEMONYM);
        assertThat(kindOf("Ouagadougou", "BFA")).isEqualTo(GeoEntry.Kind.CAPITAL);
        assertThat(kindOf("Kosovo", "XKX")).isEqualTo(GeoEntry.Kind.COUNTRY);
        assertThat(kindOf("Taiwan", "TWN")).isEqualTo(GeoEntry.Kind.COUNTRY);
        assertThat(kindOf("DR Congo", "COD")).isEqualTo(GeoEntry.Kind.COUNTRY);
        assertThat(REF.countryName("NZL")).isEqualTo("New Zealand");
        // the hand-kept file wins: its first name stays the canonical one
        assertThat(REF.countryName("GBR")).isEqualTo("United Kingdom");
        // lower-case words and codes that spell a country or capital are not generated ("in", "male")
        for (String word : List.of("in", "male", "island", "dominican", "korean")) {
            var toks = Tokenizer.tokenize(word);
            assertThat(REF.geo().longestAt(toks, 0, toks.size())).as(word).isNull();
        }
    }

    @Test
    void aCallBetweenTwoNewlyListedLeadersHasBothCountriesAndLeaders() {
        var ev = extract("Australian Prime Minister Anthony Albanese spoke by phone with Keir Starmer on Tuesday "
                + "about trade and security.", "2025-02-11");
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).participants()).containsExactlyInAnyOrder("AUS", "GBR");
        assertThat(ev.get(0).leaders()).containsExactlyInAnyOrder("Albanese", "Starmer");
        var ev2 = extract("Kenyan President William Ruto held a phone call with Nigerian President Bola Tinubu "
                + "on Friday.", "2024-03-08");
        assertThat(ev2).hasSize(1);
        assertThat(ev2.get(0).participants()).containsExactlyInAnyOrder("KEN", "NGA");
        assertThat(ev2.get(0).leaders()).containsExactlyInAnyOrder("Ruto", "Tinubu");
    }

    @Test
    void aCounterpartResolvesByTheDate() {
        String text = "Fumio Kishida spoke by telephone with his Australian counterpart on Monday.";
        assertThat(extract(text, "2021-11-15").get(0).leaders()).containsExactlyInAnyOrder("Kishida", "Morrison");
        assertThat(extract(text, "2023-06-12").get(0).leaders()).containsExactlyInAnyOrder("Kishida", "Albanese");
        assertThat(REF.leaderOf("NZL", null, LocalDate.of(2023, 6, 1)).surname()).isEqualTo("Hipkins");
        assertThat(REF.leaderOf("ROU", null, LocalDate.of(2025, 7, 1)).surname()).isEqualTo("Nicusor Dan");
        assertThat(REF.leaderOf("FRA", "prime minister", LocalDate.of(2024, 10, 1)).surname()).isEqualTo("Barnier");
    }

    @Test
    void aStrikeInAGeoNamesOnlyTownGetsThatPlaceAndCountry() {
        // Bunia (DR Congo) and Maiduguri (Nigeria) are in places-generated.tsv only
        assertThat(REF.geo().longestAt(Tokenizer.tokenize("Bunia"), 0, 1).values())
                .allMatch(e -> e.kind() == GeoEntry.Kind.PLACE && e.iso3().equals("COD"));
        var ev = extract("A drone strike hit a market in Maiduguri on Sunday, killing five people and wounding "
                + "nine.", "2024-06-02");
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).location()).isEqualTo("Maiduguri");
        assertThat(ev.get(0).country()).isEqualTo("NGA");
    }

    @Test
    void aCityNamedLikeAWordOrAPersonIsNoPlace() {
        // Nice (France), Split (Croatia), Reading (UK), Mobile (US), Hassan (India), Obama (Japan): filtered out
        for (String name : List.of("Nice", "Split", "Reading", "Mobile", "Hassan", "Obama", "Florence")) {
            var toks = Tokenizer.tokenize(name);
            var m = REF.geo().longestAt(toks, 0, toks.size());
            assertThat(m == null ? List.<GeoEntry>of() : m.values()).as(name)
                    .noneMatch(e -> e.kind() == GeoEntry.Kind.PLACE);
        }
        var ev = extract("Split between two shelters, the families were killed when a Russian missile hit "
                + "Kharkiv on Monday, killing three people.", "2024-06-03");
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).location()).isEqualTo("Kharkiv");
    }
}
