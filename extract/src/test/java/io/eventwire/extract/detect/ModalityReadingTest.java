package io.eventwire.extract.detect;

import io.eventwire.extract.model.EventStatus;
import io.eventwire.extract.model.EventType;
import io.eventwire.extract.model.ExtractedEvent;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.eventwire.extract.detect.DetectorTestSupport.extract;
import static io.eventwire.extract.detect.DetectorTestSupport.of;
import static org.assertj.core.api.Assertions.assertThat;

/** Plans denied, readiness, plans told after a long name, swap negotiations (new sentences, written for these tests). */
class ModalityReadingTest {

    @Test
    void noPlansForACallIsNoCall() {
        assertThat(of(extract("A spokesman in Paris said there were \"no plans\" for a phone call between Emmanuel "
                + "Macron and Xi Jinping this month.", "2024-05-03"), EventType.LEADER_CALL)).isEmpty();
        assertThat(of(extract("Ankara said there was no intention of a phone call between Erdogan and Netanyahu.",
                "2024-05-03"), EventType.LEADER_CALL)).isEmpty();
    }

    @Test
    void beingHappyToSpeakIsNoPlannedCall() {
        assertThat(of(extract("Prime Minister Keir Starmer told reporters he would be happy to speak with Narendra "
                + "Modi once the talks resumed.", "2024-09-03"), EventType.LEADER_CALL)).isEmpty();
    }

    @Test
    void happyToHaveSpokenIsStillACall() {
        List<ExtractedEvent> ev = of(extract("Italian Prime Minister Giorgia Meloni said she was glad to have spoken "
                + "by phone with Japanese Prime Minister Fumio Kishida on Monday.", "2024-04-10"), EventType.LEADER_CALL);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).status()).isEqualTo(EventStatus.OCCURRED);
    }

    @Test
    void aCallPlannedAfterALongHyphenatedNameIsPlanned() {
        List<ExtractedEvent> ev = of(extract("His aide added that a telephone conversation of Xi Jinping with the "
                + "President of Kyrgyzstan Sadyr Japarov is planned for next week.", "2024-06-12"), EventType.LEADER_CALL);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).status()).isEqualTo(EventStatus.PLANNED);
        List<ExtractedEvent> ev2 = of(extract("A phone conversation between Vladimir Putin and Kassym-Jomart Tokayev "
                + "is planned in the coming days, the Kremlin said.", "2024-06-12"), EventType.LEADER_CALL);
        assertThat(ev2).hasSize(1);
        assertThat(ev2.get(0).status()).isEqualTo(EventStatus.PLANNED);
    }

    @Test
    void aNegotiationOnAnExchangeIsNoSwap() {
        assertThat(of(extract("Qatar offered Doha as a venue for a negotiation on the exchange of prisoners between "
                + "Armenia and Azerbaijan.", "2023-11-02"), EventType.PRISONER_SWAP)).isEmpty();
    }

    @Test
    void azadKashmirIsPakistan() {
        List<ExtractedEvent> ev = of(extract("Indian missiles struck a village in Azad Jammu and Kashmir on Tuesday, "
                + "killing four people, officials in Muzaffarabad said.", "2025-05-08"), EventType.STRIKE);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).country()).isEqualTo("PAK");
        assertThat(ev.get(0).attacker()).isEqualTo("IND");
    }

    @Test
    void telephonedIsACall() {
        List<ExtractedEvent> ev = of(extract("Brazilian President Luiz Inacio Lula da Silva telephoned Argentine President "
                + "Javier Milei on Thursday to discuss the floods.", "2024-05-13"), EventType.LEADER_CALL);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).participants()).containsExactlyInAnyOrder("BRA", "ARG");
    }

    @Test
    void aBanOnArmsExportsIsAPauseButABlanketBanDeniedIsNot() {
        List<ExtractedEvent> ev = of(extract("Belgium on Monday banned the export and transit of weapons to Israel, the "
                + "government in Brussels said.", "2024-03-12"), EventType.ARMS_PAUSE);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).supplier()).isEqualTo("BEL");
        assertThat(ev.get(0).recipient()).isEqualTo("ISR");
        assertThat(of(extract("The minister said the review of licences for Israel was not a blanket ban on weapons.",
                "2024-03-12"), EventType.ARMS_PAUSE)).isEmpty();
    }

    @Test
    void peopleGivenBackInReturnForPeopleAreASwapCountedPerSide() {
        List<ExtractedEvent> ev = of(extract("Fifteen Georgian citizens held in Russia crossed back into Georgia on "
                + "Friday at the Larsi checkpoint, in return for three Russian soldiers detained last year, officials "
                + "said.", "2024-09-09"), EventType.PRISONER_SWAP);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).parties()).containsExactlyInAnyOrder("GEO", "RUS");
        assertThat(ev.get(0).date()).hasToString("2024-09-06");
        assertThat(ev.get(0).released()).containsEntry("GEO", io.eventwire.extract.model.Count.exact(15))
                .containsEntry("RUS", io.eventwire.extract.model.Count.exact(3));
        assertThat(of(extract("Georgia will receive Russian gas in return for transit fees, Tbilisi said on Friday.",
                "2024-09-09"), EventType.PRISONER_SWAP)).isEmpty();
    }

    @Test
    void aLivePageRevisingItsTollTellsOneStrike() {
        List<ExtractedEvent> ev = of(extract("Sunday 16 June 2024\n\n09:10\nA Russian glide bomb hit a shopping "
                + "centre in Zaporizhzhia late on Saturday evening. Governor Ivan Fedorov said that three people had "
                + "been confirmed dead.\n\n11:25\nThe toll has gone up. Fedorov now says seven people were killed "
                + "in last night's bomb strike, and 19 were wounded.\n\n13:40\nIn Zaporizhzhia, rescuers found "
                + "another body under the rubble, bringing the number of dead to at least eight.\n\n15:00\nTo "
                + "recap: at least eight people died and 19 were hurt when a Russian glide bomb struck a shopping "
                + "centre in Zaporizhzhia on Saturday night.", "2024-06-16"), EventType.STRIKE);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).location()).isEqualTo("Zaporizhzhia");
        assertThat(ev.get(0).killed().value()).isEqualTo(8);
    }

    @Test
    void martyredIsKilled() {
        List<ExtractedEvent> ev = of(extract("Three civilians were martyred when an Israeli air strike hit a house in "
                + "the town of Aitaroun on Monday, the health ministry said.", "2024-10-09"), EventType.STRIKE);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).killed().value()).isEqualTo(3);
    }
}
