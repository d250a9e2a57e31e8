package io.eventwire.extract.detect;

import io.eventwire.extract.model.EventType;
import io.eventwire.extract.model.ExtractedEvent;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.eventwire.extract.detect.DetectorTestSupport.extract;
import static io.eventwire.extract.detect.DetectorTestSupport.of;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Non-state armed groups (countries.tsv GROUP rows): the country's side as a party, never the attacker of a strike
 * (the gold convention codes the attacker as the state whose forces struck). New sentences.
 */
class NonStateGroupsTest {

    private static ExtractedEvent oneStrike(String text, String published) {
        List<ExtractedEvent> ev = of(extract(text, published), EventType.STRIKE);
        assertThat(ev).hasSize(1);
        return ev.get(0);
    }

    @Test
    void aGroupsRocketsHaveNoStateAttacker() {
        ExtractedEvent e = oneStrike("Hezbollah fired a salvo of rockets at Kiryat Shmona on Tuesday, killing two "
                + "farm workers, Israeli medics said.", "2024-06-12");
        assertThat(e.country()).isEqualTo("ISR");
        assertThat(e.attacker()).isNull();
    }

    @Test
    void aGroupsDroneAttackByAdjectiveHasNoStateAttacker() {
        ExtractedEvent e = oneStrike("A Houthi drone attack on a fishing port in Jizan killed three people on "
                + "Friday, Saudi state media reported.", "2024-06-15");
        assertThat(e.country()).isEqualTo("SAU");
        assertThat(e.attacker()).isNull();
    }

    @Test
    void noDefaultAttackerIsInferredForAGroupsStrike() {
        // the landed country has a default attacker (PSE -> ISR), but the text names the group that fired
        ExtractedEvent e = oneStrike("Islamic Jihad mortar fire hit a school in Khan Younis on Wednesday, "
                + "killing four children, local officials said.", "2024-06-13");
        assertThat(e.attacker()).isNull();
    }

    @Test
    void aStateStrikingAGroupStaysTheAttacker() {
        ExtractedEvent e = oneStrike("Israeli jets struck a Hezbollah depot near Nabatieh on Sunday, killing "
                + "three people.", "2024-06-10");
        assertThat(e.attacker()).isEqualTo("ISR");
    }

    @Test
    void aGroupIsItsCountrysSideInASwap() {
        List<ExtractedEvent> ev = of(extract("Hamas freed three Israeli hostages on Sunday and Israel released "
                + "90 Palestinian prisoners in return.", "2024-06-11"), EventType.PRISONER_SWAP);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).parties()).containsExactlyInAnyOrder("ISR", "PSE");
    }
}
