package io.eventwire.extract.detect;

import io.eventwire.extract.model.EventType;
import org.junit.jupiter.api.Test;

import static io.eventwire.extract.detect.DetectorTestSupport.extract;
import static io.eventwire.extract.detect.DetectorTestSupport.of;
import static org.assertj.core.api.Assertions.assertThat;

/** Sentences that look like events and are not (new sentences). */
class FalseEventsTest {

    @Test
    void tradingFireIsNoPrisonerSwap() {
        String text = "Artillery killed four people in the border village of Metula on Sunday, Israeli medics said, "
                + "as Israel and Hezbollah traded fire for a second day.";
        assertThat(of(extract(text, "2024-06-16"), EventType.PRISONER_SWAP)).isEmpty();
    }

    @Test
    void exchangingAccusationsIsNoPrisonerSwap() {
        String text = "Armenia and Azerbaijan exchanged accusations on Monday after two soldiers were wounded.";
        assertThat(of(extract(text, "2024-06-18"), EventType.PRISONER_SWAP)).isEmpty();
    }

    @Test
    void earlierSwapsBrokeredByAMediatorAreNoSwap() {
        String text = "Kyiv has asked Qatar and Saudi Arabia, which have helped broker earlier swaps, to press Moscow "
                + "to release more civilians, officials said on Monday.";
        assertThat(of(extract(text, "2024-06-18"), EventType.PRISONER_SWAP)).isEmpty();
    }

    @Test
    void aTollSinceAWeekdayIsCumulative() {
        String text = "Lebanon's health ministry said Israeli strikes since Tuesday had killed 310 people.";
        assertThat(of(extract(text, "2024-06-16"), EventType.STRIKE)).isEmpty();
    }
}
