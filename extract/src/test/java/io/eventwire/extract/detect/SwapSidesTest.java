package io.eventwire.extract.detect;

import io.eventwire.extract.model.Count;
import io.eventwire.extract.model.EventType;
import io.eventwire.extract.model.ExtractedEvent;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.eventwire.extract.detect.DetectorTestSupport.extract;
import static io.eventwire.extract.detect.DetectorTestSupport.of;
import static org.assertj.core.api.Assertions.assertThat;

/** Released counts of single persons and groups, handbacks of single soldiers, demands and promises to free. */
class SwapSidesTest {

    private static List<ExtractedEvent> swaps(String text, String published) {
        return of(extract(text, published), EventType.PRISONER_SWAP);
    }

    @Test
    void aPersonReleasedWithAnyNounIsOneOfHisSide() {
        String text = "Two Norwegian citizens held in Iran for two years landed in Oslo yesterday after Norway "
                + "released a former Iranian intelligence officer in an exchange mediated by Qatar.";
        ExtractedEvent s = swaps(text, "2024-06-16").get(0);
        assertThat(s.parties()).containsExactly("IRN", "NOR");
        assertThat(s.released()).isEqualTo(Map.of("NOR", Count.exact(2), "IRN", Count.exact(1)));
    }

    @Test
    void aDualNationalGoesToTheOtherSide() {
        String text = "A French-Iranian researcher serving a sentence in Iran was freed on Thursday in exchange for an "
                + "Iranian engineer held in France.";
        ExtractedEvent s = swaps(text, "2025-04-10").get(0);
        assertThat(s.released()).isEqualTo(Map.of("FRA", Count.exact(1), "IRN", Count.exact(1)));
    }

    @Test
    void fightersOfAGroupCountForItsCountry() {
        String text = "The Houthis released 20 Saudi soldiers on Friday and Saudi Arabia handed over 90 Houthi "
                + "fighters in return.";
        ExtractedEvent s = swaps(text, "2023-04-15").get(0);
        assertThat(s.released()).isEqualTo(Map.of("SAU", Count.exact(20), "YEM", Count.exact(90)));
    }

    @Test
    void twoBorderGuardsHandedBackAreASwap() {
        String text = "India on Wednesday handed back a Pakistan Rangers soldier it had detained last month, while "
                + "Pakistan returned a Border Security Force constable who had crossed the border by mistake.";
        ExtractedEvent s = swaps(text, "2025-05-15").get(0);
        assertThat(s.parties()).containsExactly("IND", "PAK");
        assertThat(s.released()).isEqualTo(Map.of("IND", Count.exact(1), "PAK", Count.exact(1)));
    }

    @Test
    void aDemandOrAPromiseToFreeIsNoSwap() {
        assertThat(swaps("Cambodia on Thursday renewed its demand that Thailand free 18 Cambodian soldiers held "
                + "since the ceasefire.", "2025-08-14")).isEmpty();
        assertThat(swaps("Thailand's army says the captured Cambodian men are prisoners of war, to be released once "
                + "the fighting ends.", "2025-08-14")).isEmpty();
        assertThat(swaps("Officials said they had proposed handing over Thai nationals held on fraud charges in "
                + "exchange, but Bangkok had not replied.", "2025-08-14")).isEmpty();
    }

    @Test
    void rescuersFreeingAWomanIsNoSwap() {
        assertThat(swaps("Rescuers freed a Ukrainian woman from the rubble of her home in Kharkiv on Friday.",
                "2025-08-14")).isEmpty();
    }
}
