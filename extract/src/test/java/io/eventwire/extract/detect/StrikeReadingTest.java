package io.eventwire.extract.detect;

import io.eventwire.extract.model.EventType;
import io.eventwire.extract.model.ExtractedEvent;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.eventwire.extract.detect.DetectorTestSupport.extract;
import static io.eventwire.extract.detect.DetectorTestSupport.of;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a careful reader reads strike reports on a page: revised tolls, parts of a toll, handed-over bodies, old
 * attacks told as history, datelines, blame and the side that was hit. New sentences, written for these tests.
 */
class StrikeReadingTest {

    private static List<ExtractedEvent> strikes(String text, String published) {
        return of(extract(text, published), EventType.STRIKE);
    }

    private static ExtractedEvent one(String text, String published) {
        List<ExtractedEvent> ev = strikes(text, published);
        assertThat(ev).hasSize(1);
        return ev.get(0);
    }

    @Test
    void aLivePageTellingOneStrikeTwiceWithARevisedTollIsOneStrikeWithTheNewToll() {
        ExtractedEvent e = one("""
                KHARKIV LIVE

                14:20
                Kharkiv toll rises to nine
                The number of people killed in the morning's Russian drone attack on Kharkiv has risen to nine, \
                the regional governor said. Thirty-one people were wounded.

                09:10
                Drones hit Kharkiv
                At least five people were killed when Russian drones hit an apartment block in Kharkiv early on \
                Sunday, the governor said, and more than 20 were wounded.
                """, "2024-03-10");
        assertThat(e.killed().value()).isEqualTo(9);
        assertThat(e.wounded().value()).isEqualTo(31);
        assertThat(e.date()).hasToString("2024-03-10");
    }

    @Test
    void twoStrikesOnOneCityWithoutARevisionStayTwo() {
        List<ExtractedEvent> ev = strikes("A Russian missile hit a school in Kharkiv on Sunday morning, killing "
                + "three people. In a separate attack, a Russian drone hit a bus in Kharkiv on Sunday evening, killing "
                + "seven people.", "2024-03-11");
        assertThat(ev).hasSize(2);
    }

    @Test
    void aPartOfTheDeadIsNoStrikeOfItsOwn() {
        ExtractedEvent e = one("Army helicopter attack on Darfur village kills at least 15\n\nArmy helicopters fired "
                + "rockets at the village of Umm Sayala in North Darfur on Friday evening, killing at least 15 "
                + "civilians and wounding 22, a local monitor said. Six of the dead were women, he said. \"We buried "
                + "them at night,\" said a teacher whose brother was among those killed.", "2024-03-10");
        assertThat(e.killed().value()).isEqualTo(15);
        assertThat(e.location()).isEqualTo("Umm Sayala");
    }

    @Test
    void theHeadlinesStrikeIsTheBodysStrikeAtTheBodysPlace() {
        ExtractedEvent e = one("Junta air strike on Magway village kills at least 12, residents say\n\nMilitary "
                + "aircraft bombed the village of Kyauk Pyin in Magway Region on Monday, killing at least 12 "
                + "villagers, residents said.", "2024-03-13");
        assertThat(e.location()).isEqualTo("Kyauk Pyin");
        assertThat(e.date()).hasToString("2024-03-11");
        assertThat(e.attacker()).isEqualTo("MMR");
    }

    @Test
    void aHeadlineTollWithoutItsQualifierIsStillTheBodysStrike() {
        ExtractedEvent e = one("Air strike on market in Kordofan village kills 27\n\nWarplanes bombed the market of "
                + "the village of Habila Jadid in South Kordofan on Thursday, killing at least 27 people and "
                + "wounding dozens, a local rights group said.", "2024-04-20");
        assertThat(e.location()).isEqualTo("Habila Jadid");
        assertThat(e.killed().qualifier()).isEqualTo(io.eventwire.extract.model.Qualifier.AT_LEAST);
    }

    @Test
    void repatriatedBodiesAreNoToll() {
        assertThat(strikes("Kyiv said the bodies of 500 fallen soldiers had been repatriated on Friday under a "
                + "deal with Moscow.", "2024-03-10")).isEmpty();
    }

    @Test
    void bodiesRecoveredAfterAStrikeAreItsToll() {
        ExtractedEvent e = one("Rescuers recovered 12 bodies from the rubble after a Russian missile hit a hospital "
                + "in Dnipro on Sunday and returned to search for survivors.", "2024-03-10");
        assertThat(e.killed().value()).isEqualTo(12);
    }

    @Test
    void anAttackDaysAfterARecalledOldOneIsHistoryToo() {
        assertThat(strikes("KABUL - Ten years ago this week, a truck bomb exploded near the German embassy.\nThe "
                + "attack on March 3, 2014, killed about 90 people. Two days later, an air strike in Kunduz killed 12 "
                + "civilians.", "2024-03-10")).isEmpty();
    }

    @Test
    void aTollToldInAWhenClauseOfAnEarlierMonthIsHistory() {
        ExtractedEvent e = one("A Russian missile hit a cafe in Kharkiv on Friday, killing four people. It was the "
                + "deadliest attack on the city since March, when 12 people were killed in a strike on a shopping "
                + "centre.", "2024-06-22");
        assertThat(e.killed().value()).isEqualTo(4);
    }

    @Test
    void theDatelineCityGivesWayToThePlaceTheStoryNames() {
        ExtractedEvent e = one("LAGOS - A drone strike on a cattle market in northern Nigeria's Zamfara state on "
                + "Saturday killed at least 18 people, residents said.\nThe strike hit the village of Tungar Kara at "
                + "around noon, witnesses said.", "2024-03-10");
        assertThat(e.location()).isEqualTo("Tungar Kara");
    }

    @Test
    void whomResidentsBlameIsTheAttacker() {
        ExtractedEvent e = one("A drone strike on a cattle market in northern Nigeria on Saturday killed at least "
                + "18 people, residents said. Residents blamed the Nigerian Air Force.", "2024-03-10");
        assertThat(e.attacker()).isEqualTo("NGA");
    }

    @Test
    void theOtherCountryOfTheClauseIsTheSideThatWasHit() {
        ExtractedEvent e = one("Indian officials say Pakistani shelling of the town of Rampur Kalan on Sunday "
                + "killed four civilians.", "2024-03-11");
        assertThat(e.attacker()).isEqualTo("PAK");
        assertThat(e.country()).isEqualTo("IND");
    }

    @Test
    void aTollOverTheSamePeriodAsARunningTotalIsCumulative() {
        assertThat(strikes("Gaza's health ministry says 900 people have been killed since March 1. Israeli "
                + "officials say 11 people have been killed by rockets in the same period.", "2024-03-10"))
                .isEmpty();
    }

    @Test
    void aStrikeToldWithoutItsAgentInAStoryOfOneStatesStrikesOnThatCountryIsThatStates() {
        ExtractedEvent e = one("The toll from Russia's missile strikes on Georgia early yesterday has risen again. "
                + "Three missiles came down on the outskirts of Gori at dawn. Doctors say 9 people were killed at "
                + "the site and 14 wounded.", "2024-03-10");
        assertThat(e.attacker()).isEqualTo("RUS");
        assertThat(e.country()).isEqualTo("GEO");
    }
    @Test
    void aBlameToldSentencesLaterStillNamesTheAttacker() {
        ExtractedEvent e = one("A drone strike on a livestock market in Sudan's North Kordofan state on Friday killed "
                + "at least 20 people, witnesses said.\nThe strike hit the village of Um Dam Haj at midday, when "
                + "traders had gathered. Medics in the nearby town said they had run out of blood. \"We heard "
                + "nothing before the blast,\" one trader said. Survivors blamed the Sudanese Armed Forces, the only "
                + "side known to fly armed drones in the area.", "2024-03-10");
        assertThat(e.attacker()).isEqualTo("SDN");
        assertThat(e.location()).isEqualTo("Um Dam Haj");
    }

    @Test
    void blamingTheArmyMakesTheHomeArmyTheAttacker() {
        ExtractedEvent e = one("Residents blamed the army for the air strike on the market in Kadugli on Friday that "
                + "killed 14 people.", "2024-04-20");
        assertThat(e.attacker()).isEqualTo("SDN");
    }

    @Test
    void oneStatesChargeAgainstAnotherIsNoBlameForTheAttack() {
        List<ExtractedEvent> ev = strikes("On Sunday, gunmen stormed a police post in Tank district, killing nine "
                + "officers. Islamabad accuses Kabul of sheltering the group.", "2024-03-11");
        assertThat(ev).allSatisfy(e -> assertThat(e.attacker()).isNull());
    }

    @Test
    void aCountryAcrossTheBorderIsNotWhereAnUnlistedVillageLies() {
        ExtractedEvent e = one("Pakistani jets struck Afghanistan's Khost province on Monday night, killing at "
                + "least 9 people, Taliban officials said. A spokesman said the jets had bombed the village of "
                + "Spera Kalay, close to the border with Pakistan's North Waziristan.", "2024-03-19");
        assertThat(e.country()).isEqualTo("AFG");
        assertThat(e.location()).isEqualTo("Spera Kalay");
        assertThat(e.attacker()).isEqualTo("PAK");
    }

    @Test
    void aNamedSiteOutranksTheCityItLiesNear() {
        ExtractedEvent e = one("BUKAVU - Mortar rounds struck the Kalehe displacement site north of Bukavu on "
                + "Tuesday, killing at least six people, aid workers said.", "2024-03-14");
        assertThat(e.location()).isEqualTo("Kalehe");
        e = one("DAMASCUS - A drone strike near the Euphrates dam on Tuesday killed four farmers, a monitor said.",
                "2024-03-14");
        assertThat(e.location()).startsWith("Euphrates");
    }

    @Test
    void personsJoinedAfterAWoundingVerbAddUp() {
        ExtractedEvent e = one("Governor Ivan Petrov said a Ukrainian drone hit a minibus in the village of Glotovo "
                + "on Saturday morning, killing a man and wounding his son and a neighbour.", "2024-03-10");
        assertThat(e.killed().value()).isEqualTo(1);
        assertThat(e.wounded().value()).isEqualTo(2);
    }

    @Test
    void anAirStrikeInAStoryOfTheHomeArmysAirStrikesIsTheArmys() {
        List<ExtractedEvent> ev = strikes("Junta jets bombed the village of Let Yet Kone in Sagaing Region on "
                + "Monday, killing at least 11 people, residents said.\nIn Kachin State, an air strike on a "
                + "church compound in the town of Hpakant killed up to four people late on Sunday, a rescue group "
                + "said.", "2024-03-13");
        assertThat(ev).hasSize(2);
        assertThat(ev).allSatisfy(e -> assertThat(e.attacker()).isEqualTo("MMR"));
    }
}
