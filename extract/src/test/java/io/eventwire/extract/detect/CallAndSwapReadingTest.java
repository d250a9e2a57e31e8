package io.eventwire.extract.detect;

import io.eventwire.extract.model.EventStatus;
import io.eventwire.extract.model.EventType;
import io.eventwire.extract.model.ExtractedEvent;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.eventwire.extract.detect.DetectorTestSupport.extract;
import static io.eventwire.extract.detect.DetectorTestSupport.of;
import static org.assertj.core.api.Assertions.assertThat;

/** Calls and swaps as a careful reader takes them (new sentences, written for these tests). */
class CallAndSwapReadingTest {

    @Test
    void talkingWithALeaderIsACall() {
        List<ExtractedEvent> ev = of(extract("Later that day, Australian Prime Minister Anthony Albanese said he too "
                + "had secured an exemption after talking with Trump on Tuesday evening.", "2025-02-07"),
                EventType.LEADER_CALL);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).participants()).containsExactlyInAnyOrder("AUS", "USA");
        assertThat(ev.get(0).date()).hasToString("2025-02-04");
    }

    @Test
    void oneSentenceCanTellACallDoneAndACallToCome() {
        List<ExtractedEvent> ev = of(extract("French President Emmanuel Macron said he had spoken by phone with "
                + "Egyptian President Abdel Fattah al-Sisi on Monday and would speak with Qatar's emir on Thursday.",
                "2024-02-07"), EventType.LEADER_CALL);
        assertThat(ev).hasSize(2);
        ExtractedEvent done = ev.stream().filter(e -> e.participants().contains("EGY")).findFirst().orElseThrow();
        ExtractedEvent planned = ev.stream().filter(e -> e.participants().contains("QAT")).findFirst().orElseThrow();
        assertThat(done.status()).isEqualTo(EventStatus.OCCURRED);
        assertThat(done.participants()).containsExactlyInAnyOrder("FRA", "EGY");
        assertThat(planned.status()).isEqualTo(EventStatus.PLANNED);
        assertThat(planned.participants()).containsExactlyInAnyOrder("FRA", "QAT");
        assertThat(planned.date()).hasToString("2024-02-08");
    }

    @Test
    void aSecondCallWithItsVerbLeftOutIsACallToo() {
        List<ExtractedEvent> ev = of(extract("Turkish President Recep Tayyip Erdogan spoke by phone with Russian "
                + "President Vladimir Putin on Monday and with Ukrainian President Volodymyr Zelensky on Tuesday, his "
                + "office said.", "2024-04-20"), EventType.LEADER_CALL);
        assertThat(ev).hasSize(2);
        ExtractedEvent second = ev.stream().filter(e -> e.participants().contains("UKR")).findFirst().orElseThrow();
        assertThat(second.participants()).containsExactlyInAnyOrder("TUR", "UKR");
        assertThat(second.date()).hasToString("2024-04-16");
    }

    @Test
    void talksWithTwoLeadersAtASummitAreNoCalls() {
        assertThat(of(extract("Macron discussed the war with Scholz and with Meloni at the summit in Brussels on "
                + "Friday.", "2024-04-20"), EventType.LEADER_CALL)).isEmpty();
    }

    @Test
    void sahelAndWestAfricanLeadersAreKnown() {
        List<ExtractedEvent> ev = of(extract("Transitional President Captain Ibrahim Traore spoke by phone on Monday "
                + "with Senegal's President Bassirou Diomaye Faye, the presidency in Ouagadougou said.", "2024-06-05"),
                EventType.LEADER_CALL);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).participants()).containsExactlyInAnyOrder("BFA", "SEN");
        assertThat(ev.get(0).leaders()).contains("Traore", "Faye");
    }

    @Test
    void everyCountryOfAListOfMediatorsIsAMediator() {
        List<ExtractedEvent> ev = of(extract("Armenia freed 12 Azerbaijani soldiers on Saturday and Azerbaijan "
                + "released 30 Armenian detainees hours later, in a swap facilitated by Russia, Turkey and the "
                + "European Union.", "2024-03-10"), EventType.PRISONER_SWAP);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).parties()).containsExactlyInAnyOrder("ARM", "AZE");
    }

    @Test
    void aGroupTradedForOneNamedPersonGivesThatSideOne() {
        List<ExtractedEvent> ev = of(extract("Belarus released 5 Polish citizens on Friday in exchange for Igor "
                + "Sokolov, a Belarusian-born engineer jailed in Warsaw on spying charges, the Polish government "
                + "said.", "2024-03-10"), EventType.PRISONER_SWAP);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).released()).containsOnlyKeys("POL", "BLR");
        assertThat(ev.get(0).released().get("POL").value()).isEqualTo(5);
        assertThat(ev.get(0).released().get("BLR").value()).isEqualTo(1);
    }
}
