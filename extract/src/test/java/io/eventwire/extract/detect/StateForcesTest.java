package io.eventwire.extract.detect;

import io.eventwire.extract.model.EventType;
import io.eventwire.extract.model.ExtractedEvent;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.eventwire.extract.detect.DetectorTestSupport.extract;
import static io.eventwire.extract.detect.DetectorTestSupport.of;
import static org.assertj.core.api.Assertions.assertThat;

/** A state's own forces, named without their country, striking at home (new sentences). */
class StateForcesTest {

    private static ExtractedEvent one(String text, String published) {
        List<ExtractedEvent> ev = of(extract(text, published), EventType.STRIKE);
        assertThat(ev).hasSize(1);
        return ev.get(0);
    }

    @Test
    void armyWarplanesThatBombAreTheAttacker() {
        ExtractedEvent e = one("In South Kordofan, army warplanes bombed a market in Kadugli on Monday, killing "
                + "11 people.", "2024-05-08");
        assertThat(e.country()).isEqualTo("SDN");
        assertThat(e.attacker()).isEqualTo("SDN");
    }

    @Test
    void anArmyAirStrikeIsTheArmysAttack() {
        ExtractedEvent e = one("An army air strike on a fuel depot in Kadugli killed up to 14 people on Saturday, "
                + "residents said.", "2024-05-08");
        assertThat(e.attacker()).isEqualTo("SDN");
    }

    @Test
    void navyShipsShellingAtHomeAreThatState() {
        ExtractedEvent e = one("Navy ships shelled villages near Sittwe on Wednesday, killing four civilians.",
                "2024-05-10");
        assertThat(e.country()).isEqualTo("MMR");
        assertThat(e.attacker()).isEqualTo("MMR");
    }

    @Test
    void theArmyReportingAnAttackIsNotItsAgent() {
        ExtractedEvent e = one("In Kadugli, the army said a drone struck a market on Monday, killing six people.",
                "2024-05-08");
        assertThat(e.attacker()).isNull();
    }

    @Test
    void anAttackOnTheArmyIsNotByTheArmy() {
        ExtractedEvent e = one("Fighters launched an attack on the army in Kadugli on Monday, killing six soldiers.",
                "2024-05-08");
        assertThat(e.attacker()).isNull();
    }

    @Test
    void aFollowUpSentenceOfTheSameAttackKeepsTheAgentToldJustBefore() {
        ExtractedEvent e = one("Government forces shelled rebel-held towns in Idlib province on Friday. Shelling of the "
                + "town of Kafr Nabl on Friday afternoon killed four civilians, rescuers said.", "2024-05-11");
        assertThat(e.location()).isEqualTo("Kafr Nabl");
        assertThat(e.attacker()).isEqualTo("SYR");
    }

    @Test
    void aDifferentKindOfAttackNextDoesNotInheritTheAgent() {
        ExtractedEvent e = one("Government forces shelled rebel-held towns in Idlib province on Friday. A car bomb "
                + "exploded in the town of Azaz on Friday afternoon, killing four civilians, rescuers said.",
                "2024-05-11");
        assertThat(e.attacker()).isNull();
    }

    @Test
    void furtherStrikesBelongToTheCampaignToldBefore() {
        List<ExtractedEvent> ev = of(extract("British air strikes on the Yemeni port of Hodeidah on Wednesday killed "
                + "six people, the health ministry said. Further strikes hit the outskirts of Sanaa early on Thursday, "
                + "killing two people.", "2025-03-27"), EventType.STRIKE);
        assertThat(ev).hasSize(2);
        assertThat(ev).allMatch(e -> "GBR".equals(e.attacker()));
    }
}
