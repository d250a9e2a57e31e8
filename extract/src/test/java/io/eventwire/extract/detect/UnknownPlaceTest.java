package io.eventwire.extract.detect;

import io.eventwire.extract.model.EventType;
import io.eventwire.extract.model.ExtractedEvent;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.eventwire.extract.detect.DetectorTestSupport.extract;
import static io.eventwire.extract.detect.DetectorTestSupport.of;
import static org.assertj.core.api.Assertions.assertThat;

/** Strike places no gazetteer lists, read from the phrase around them (new sentences, no evaluation text). */
class UnknownPlaceTest {

    private static ExtractedEvent one(String text, String published) {
        List<ExtractedEvent> ev = of(extract(text, published), EventType.STRIKE);
        assertThat(ev).hasSize(1);
        return ev.get(0);
    }

    @Test
    void theVillageOfAnUnknownNameIsTheLocation() {
        ExtractedEvent e = one("An air strike hit the village of Tel Marqab in Idlib province on Monday, killing "
                + "four civilians, rescuers said.", "2024-03-06");
        assertThat(e.location()).isEqualTo("Tel Marqab");
        assertThat(e.country()).isEqualTo("SYR");
    }

    @Test
    void anUnknownVillageBeatsItsRegion() {
        ExtractedEvent e = one("Government jets bombed a clinic in Htan Pin village in Magway region on Sunday, "
                + "killing nine people.", "2024-03-06");
        assertThat(e.location()).isEqualTo("Htan Pin");
        assertThat(e.country()).isEqualTo("MMR");
    }

    @Test
    void aDisplacementCampNamedBeforeItsCityIsTheSite() {
        ExtractedEvent e = one("Shells fired by a militia hit the Umm Saraf displacement camp outside Nyala on "
                + "Saturday, killing 12 people.", "2024-03-06");
        assertThat(e.location()).isEqualTo("Umm Saraf");
        assertThat(e.country()).isEqualTo("SDN");
    }

    @Test
    void anAppositiveTownIsTheSite() {
        ExtractedEvent e = one("A drone struck a market in Qarat Jalla, a small town in Idlib province, on Friday, "
                + "killing three people.", "2024-03-09");
        assertThat(e.location()).isEqualTo("Qarat Jalla");
    }

    @Test
    void theTownOfAnUnknownNameWithAnAdjective() {
        ExtractedEvent e = one("Ukrainian shelling of the border town of Zorino killed two residents on Monday, "
                + "Russian officials said.", "2024-03-06");
        assertThat(e.location()).isEqualTo("Zorino");
        assertThat(e.country()).isEqualTo("RUS");
    }

    @Test
    void aCapitalisedWordAfterTheVillageOfMustBeAName() {
        ExtractedEvent e = one("Russian missiles hit the village of the Kharkiv region on Monday, killing two people.",
                "2024-03-06");
        assertThat(e.location()).isNotEqualTo("The");
    }

    @Test
    void aCapitalisedAdjectiveBeforeTownOfIsNotTheName() {
        ExtractedEvent e = one("A rocket hit a house in the Druze village of Ein Qiniyye in northern Israel on "
                + "Sunday, killing two people, medics said.", "2024-03-06");
        assertThat(e.location()).isEqualTo("Ein Qiniyye");
        assertThat(e.country()).isEqualTo("ISR");
    }

    @Test
    void aLongDatelineWithDateAndAgencyIsNotTheStrikePlace() {
        ExtractedEvent e = one("AMMAN, Aug 14 (Desert Wire) \u2013 An Israeli air strike on a school in Khan Younis killed "
                + "at least 17 Palestinians on Tuesday, medics said.", "2024-08-14");
        assertThat(e.location()).isEqualTo("Khan Younis");
        assertThat(e.country()).isEqualTo("PSE");
    }

    @Test
    void aLongDatelineWithoutAnotherPlaceLeavesTheCountryToTheText() {
        ExtractedEvent e = one("AMMAN, Aug 14 (Desert Wire) \u2013 An Israeli air strike in Gaza killed at least 17 "
                + "Palestinians on Tuesday, medics said.", "2024-08-14");
        assertThat(e.country()).isEqualTo("PSE");
    }
}
