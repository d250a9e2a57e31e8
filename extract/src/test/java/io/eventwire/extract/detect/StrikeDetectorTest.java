package io.eventwire.extract.detect;

import io.eventwire.extract.model.Count;
import io.eventwire.extract.model.EventType;
import io.eventwire.extract.model.ExtractedEvent;
import io.eventwire.extract.model.Qualifier;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.eventwire.extract.detect.DetectorTestSupport.extract;
import static io.eventwire.extract.detect.DetectorTestSupport.of;
import static org.assertj.core.api.Assertions.assertThat;

class StrikeDetectorTest {

    @Test
    void killedAndWoundedInOneSentenceWithSubCounts() {
        String text = "An Israeli airstrike on a school in Khan Younis on Tuesday killed 12 people, among them five "
                + "children, and wounded 30 others, including two medics, health officials said.";
        List<ExtractedEvent> ev = of(extract(text, "2024-07-10"), EventType.STRIKE);
        assertThat(ev).hasSize(1);
        ExtractedEvent e = ev.get(0);
        assertThat(e.country()).isEqualTo("PSE");
        assertThat(e.location()).isEqualTo("Khan Younis");
        assertThat(e.attacker()).isEqualTo("ISR");
        assertThat(e.date()).isEqualTo(LocalDate.of(2024, 7, 9));
        assertThat(e.killed()).isEqualTo(Count.exact(12));
        assertThat(e.wounded()).isEqualTo(Count.exact(30));
        assertThat(e.cameo()).isEqualTo("195");
    }

    @Test
    void separateStrikesStaySeparateAndRelativeDatesChain() {
        // published Wednesday 2024-02-14
        String text = "SUMY, Ukraine -- A Russian drone hit an apartment block in Sumy overnight into Wednesday, "
                + "killing four people and wounding seven, the governor said. "
                + "The day before, Russian shelling of the town of Kupiansk killed a 58-year-old man. "
                + "Last Wednesday, a missile struck a depot in Poltava, killing three workers.";
        List<ExtractedEvent> ev = of(extract(text, "2024-02-14"), EventType.STRIKE);
        assertThat(ev).extracting(ExtractedEvent::location).containsExactly("Sumy", "Kupiansk", "Poltava");
        assertThat(ev).extracting(ExtractedEvent::date).containsExactly(LocalDate.of(2024, 2, 14),
                LocalDate.of(2024, 2, 13), LocalDate.of(2024, 2, 7));
        assertThat(ev).extracting(e -> e.killed().value()).containsExactly(4, 1, 3);
        assertThat(ev).extracting(ExtractedEvent::attacker).containsOnly("RUS");
    }

    @Test
    void qualifiersAndWoundedOnlyStrikes() {
        String text = "More than 20 people were hurt in Russian drone attacks on the Odesa region on Sunday, "
                + "the governor said, without reporting deaths.";
        ExtractedEvent e = of(extract(text, "2023-08-15"), EventType.STRIKE).get(0);
        assertThat(e.killed()).isNull();
        assertThat(e.wounded()).isEqualTo(Count.of(20, Qualifier.MORE_THAN));
    }

    @Test
    void cumulativeTollsDenialsAndHypotheticalsAreNotStrikes() {
        String text = "The war has killed more than 12,000 civilians since February 2022, the UN said. "
                + "Moscow denied striking a clinic in Kherson. "
                + "A strike on the dam could kill thousands of people, engineers warned. "
                + "The offensive has claimed tens of thousands of lives.";
        assertThat(of(extract(text, "2024-01-10"), EventType.STRIKE)).isEmpty();
    }

    @Test
    void sameStrikeFromTwoOutletsMerges() {
        String text = "LIVE -- Gaza\n\n09:15 (Wire A) An Israeli airstrike on a house in Jabalia on Friday killed "
                + "seven members of one family, medics said.\n\n09:40 (Wire B) Seven people from the same family, "
                + "including three children, were killed when an Israeli strike hit their home in Jabalia late on "
                + "Friday, hospital officials said.\n";
        List<ExtractedEvent> ev = of(extract(text, "2024-05-11"), EventType.STRIKE);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).killed()).isEqualTo(Count.exact(7));
        assertThat(ev.get(0).evidence()).hasSize(2);
    }

    @Test
    void sportsStrikesAreNotAttacks() {
        String text = "The striker hit a thunderous strike past the keeper in the 80th minute as the hosts won 3-2.";
        assertThat(extract(text, "2022-12-18")).isEmpty();
    }

    @Test
    void residentQuotesWithAgesAndLivesDoNotChangeTheToll() {
        String text = "Russian missiles struck the city of Dnipro on Monday, killing at least nine people and "
                + "wounding 23, the regional governor said. "
                + "\"We heard a whistle and then everything went dark,\" said Mykola, 71, who lives on the fifth "
                + "floor of the damaged block. "
                + "Rescuers said the strike had destroyed the building where Iryna, 45, lives with her sons.";
        List<ExtractedEvent> ev = of(extract(text, "2024-04-16"), EventType.STRIKE);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).killed()).isEqualTo(Count.of(9, Qualifier.AT_LEAST));
        assertThat(ev.get(0).wounded()).isEqualTo(Count.exact(23));
    }

    @Test
    void livesAsADeathNounStillCounts() {
        String text = "A Russian drone attack on Kherson on Saturday cost three civilians their lives, "
                + "officials said.";
        List<ExtractedEvent> ev = of(extract(text, "2024-04-14"), EventType.STRIKE);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).killed()).isEqualTo(Count.exact(3));
    }

    @Test
    void makerOfTheWeaponIsNotTheAttacker() {
        String text = "Ukrainian forces shelled the centre of Horlivka on Sunday with Czech-made rockets, killing "
                + "four people, local officials said.";
        List<ExtractedEvent> ev = of(extract(text, "2024-04-15"), EventType.STRIKE);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).attacker()).isEqualTo("UKR");
        String text2 = "A strike with US-supplied missiles killed six soldiers at a base near Belgorod on Friday, "
                + "the Russian governor said.";
        assertThat(of(extract(text2, "2024-04-15"), EventType.STRIKE).get(0).attacker()).isNotEqualTo("USA");
    }

    @Test
    void firstOfAJoinedAttackerPairIsTheAttacker() {
        String text = "Overnight US-British airstrikes on Hodeidah killed three people, the Houthis said on Sunday.";
        List<ExtractedEvent> ev = of(extract(text, "2024-02-04"), EventType.STRIKE);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).attacker()).isEqualTo("USA");
        assertThat(ev.get(0).location()).isEqualTo("Hodeidah");
    }

    @Test
    void countryNamedAtTheTollBeatsARegionNamedElsewhere() {
        String text = "The army began its offensive in Gaza a week after a Hamas raid in southern Israel on "
                + "Saturday that killed 40 people.";
        List<ExtractedEvent> ev = of(extract(text, "2024-05-20"), EventType.STRIKE);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).country()).isEqualTo("ISR");
        String text2 = "Rockets fired from Lebanon on Sunday at several northern Israeli towns killed two people, "
                + "weeks after the fighting in the West Bank had flared.";
        List<ExtractedEvent> ev2 = of(extract(text2, "2024-05-20"), EventType.STRIKE);
        assertThat(ev2).hasSize(1);
        assertThat(ev2.get(0).country()).isEqualTo("ISR");
        assertThat(ev2.get(0).attacker()).isEqualTo("LBN");
    }

    @Test
    void topicSwitchRunningTollDoesNotJoinTheStrikeBefore() {
        String text = "An Israeli airstrike on a house in Rafah on Monday killed six people, medics said. "
                + "Meanwhile more than 300 people have been killed in the West Bank, the ministry said.";
        List<ExtractedEvent> ev = of(extract(text, "2024-05-21"), EventType.STRIKE);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).location()).isEqualTo("Rafah");
        assertThat(ev.get(0).killed()).isEqualTo(Count.exact(6));
    }

    @Test
    void possessiveOfACountrysBodyIsNotWhereTheStrikeLanded() {
        String text = "An Israeli air strike hit a villa in the Syrian city of Homs on Tuesday. "
                + "At least five people were killed in the attack, among them an adviser to Iran's Revolutionary "
                + "Guards, a monitor said.";
        List<ExtractedEvent> ev = of(extract(text, "2024-06-05"), EventType.STRIKE);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).country()).isEqualTo("SYR");
        assertThat(ev.get(0).location()).isEqualTo("Homs");
        assertThat(ev.get(0).killed()).isEqualTo(Count.of(5, Qualifier.AT_LEAST));
    }

    @Test
    void earlierStrikeLinkedByDaysAfterIsItsOwnEvent() {
        String text = "A Russian missile strike on Sumy on Friday killed three people. "
                + "The attack came two days after Russian drones hit Kharkiv in a raid that killed 14 people.";
        List<ExtractedEvent> ev = of(extract(text, "2024-06-08"), EventType.STRIKE);
        assertThat(ev).extracting(e -> e.killed().value()).containsExactlyInAnyOrder(3, 14);
        ExtractedEvent sumy = ev.stream().filter(e -> e.killed().value() == 3).findFirst().orElseThrow();
        assertThat(sumy.location()).isEqualTo("Sumy");
        assertThat(sumy.date()).isEqualTo(LocalDate.of(2024, 6, 7));
    }

    @Test
    void runningTollsSinceAnEarlierPointAreNotStrikes() {
        String text = "Russian shelling has killed 19 civilians in Kherson since Monday, the governor said. "
                + "Israeli strikes have killed dozens of militants since the army widened its campaign.";
        assertThat(of(extract(text, "2024-06-08"), EventType.STRIKE)).isEmpty();
    }

    @Test
    void backReferencesAndAccidentalHitsDoNotMakeANewStrike() {
        String text = "A Russian drone attack on Kharkiv on Sunday killed two people and wounded dozens, officials "
                + "said. Of the dozens wounded, nine were children. A pensioner was hit by flying glass.";
        List<ExtractedEvent> ev = of(extract(text, "2024-06-10"), EventType.STRIKE);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).killed()).isEqualTo(Count.exact(2));
    }

    @Test
    void yearlessDateAfterPublicationIsLastYearForAStrike() {
        String text = "A Russian drone hit a bus station in Kherson on December 30, killing four people.";
        List<ExtractedEvent> ev = of(extract(text, "2024-01-03"), EventType.STRIKE);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).date()).isEqualTo(LocalDate.of(2023, 12, 30));
    }

    @Test
    void anAttackDatedMonthsBeforeTheArticleIsRecalledHistory() {
        // the gold format leaves background presented as history out: it is not this article's event
        String text = "Officials recalled that a Hamas attack in southern Israel on October 7 killed about 1,200 "
                + "people.";
        assertThat(of(extract(text, "2024-08-15"), EventType.STRIKE)).isEmpty();
    }

    @Test
    void attackerWithASingleFrontPlacesAStrikeWithNoPlaceNamed() {
        String text = "Three workers were killed and 15 injured when a Russian ballistic missile hit a grain "
                + "terminal on Tuesday, the port authority said.";
        List<ExtractedEvent> ev = of(extract(text, "2024-07-10"), EventType.STRIKE);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).country()).isEqualTo("UKR");
        assertThat(ev.get(0).attacker()).isEqualTo("RUS");
        // Israel strikes in more than one country: no guess
        String text2 = "Two men were killed when an Israeli drone hit their car on Tuesday, a local official said.";
        assertThat(of(extract(text2, "2024-07-10"), EventType.STRIKE)).isEmpty();
    }

    @Test
    void incrementsAreNotTollsButTheNumberOfDeadIs() {
        String text = "A Russian missile struck a clinic in Kryvyi Rih on Friday, killing four people. "
                + "Rescuers later found the bodies of two more people under the rubble. "
                + "Another 20 people were hurt, officials said.";
        List<ExtractedEvent> ev = of(extract(text, "2024-07-13"), EventType.STRIKE);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).killed()).isEqualTo(Count.exact(4));
        // the wounded told after the dead, with no wounded figure before: "another 20 were hurt" is that figure
        assertThat(ev.get(0).wounded()).isEqualTo(Count.exact(20));
        String text1 = "A Russian missile struck a clinic in Kryvyi Rih on Friday, killing four people and injuring "
                + "eleven. Another 20 people were hurt, officials said.";
        List<ExtractedEvent> ev1 = of(extract(text1, "2024-07-13"), EventType.STRIKE);
        assertThat(ev1).hasSize(1);
        assertThat(ev1.get(0).wounded()).isEqualTo(Count.exact(11)); // an addition to a figure told: not the toll
        String text2 = "A Russian glide bomb hit a market in Kostiantynivka on Friday. "
                + "The number of dead has risen to 17, the governor said.";
        List<ExtractedEvent> ev2 = of(extract(text2, "2024-07-13"), EventType.STRIKE);
        assertThat(ev2).hasSize(1);
        assertThat(ev2.get(0).killed()).isEqualTo(Count.exact(17));
        assertThat(ev2.get(0).location()).isEqualTo("Kostiantynivka");
    }

    @Test
    void headlineCaptionAndTwoHyphenDatelineGiveOneStrikeWhereItLanded() {
        String text = "Rebels say at least 14 killed in Yemen market airstrike; coalition denies targeting civilians"
                + "\n\nRuins of a market hit by a Saudi-led coalition airstrike in Hajjah, Yemen, March 15, 2024 "
                + "(Screen grab)\n\nAMMAN -- The death toll from a Saudi-led coalition airstrike that hit a market "
                + "run by Yemen's rebels rose to at least 14 people, the rebels said Sunday.\n\n"
                + "The airstrike Friday was part of a wider offensive.\n";
        List<ExtractedEvent> ev = of(extract(text, "2024-03-17"), EventType.STRIKE);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).country()).isEqualTo("YEM");
        assertThat(ev.get(0).location()).isEqualTo("Hajjah");
        assertThat(ev.get(0).date()).isEqualTo(LocalDate.of(2024, 3, 15));
        assertThat(ev.get(0).killed()).isEqualTo(Count.of(14, Qualifier.AT_LEAST));
    }

    @Test
    void comparisonWithOtherTollsDoesNotSplitTheStrike() {
        String text = "KHERSON -- A Russian glide bomb hit a bus stop in Kherson on Monday, killing 11 people. "
                + "It was one of the deadliest single strikes on the city this year. "
                + "The regional governor said the death toll stood at 11, with 19 wounded.";
        List<ExtractedEvent> ev = of(extract(text, "2024-05-14"), EventType.STRIKE);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).killed()).isEqualTo(Count.exact(11));
        assertThat(ev.get(0).wounded()).isEqualTo(Count.exact(19));
    }

    @Test
    void whereTheSourceSitsIsNotAnotherStrikeSite() {
        String text = "In Deir al-Balah, an Israeli strike on a tent camp in the Mawasi area killed six people on "
                + "Sunday, medics at Nasser hospital said.";
        List<ExtractedEvent> ev = of(extract(text, "2024-08-12"), EventType.STRIKE);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).location()).isIn("Deir al-Balah", "Mawasi");
    }

    @Test
    void placeOfASubCountIsNotThePlaceOfTheWholeToll() {
        String text = "Russian missiles killed at least 19 people across the Dnipropetrovsk region on Friday, "
                + "including seven in a hotel in Kryvyi Rih, the governor said.";
        List<ExtractedEvent> ev = of(extract(text, "2024-08-17"), EventType.STRIKE);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).location()).isEqualTo("Dnipropetrovsk region");
        assertThat(ev.get(0).killed()).isEqualTo(Count.of(19, Qualifier.AT_LEAST));
    }

    @Test
    void bodyQualifierRefinesTheHeadlineFigure() {
        String text = "Shelling of Kherson market kills 9\n\nRussian artillery shelled a market in Kherson on "
                + "Saturday, killing at least nine people and wounding about 20, regional officials said.\n";
        List<ExtractedEvent> ev = of(extract(text, "2024-06-16"), EventType.STRIKE);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).killed()).isEqualTo(Count.of(9, Qualifier.AT_LEAST));
        assertThat(ev.get(0).wounded()).isEqualTo(Count.of(20, Qualifier.ABOUT));
    }

    @Test
    void aPeriodNearTheStrikeBeatsTheDayItWasReported() {
        String text = "A drone strike killed three soldiers near Kupiansk last week, the Ukrainian army said on "
                + "Monday.";
        List<ExtractedEvent> ev = of(extract(text, "2024-06-18"), EventType.STRIKE);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).date()).isNull();
    }

    @Test
    void earlierStrikeOnTheSameCityWithTheSameTollStaysSeparate() {
        String text = "MYKOLAIV, Ukraine -- A Russian missile hit a warehouse in Mykolaiv on Friday, killing three "
                + "workers. Three days earlier, a drone attack on the city had killed a 41-year-old man and his "
                + "two sons.";
        List<ExtractedEvent> ev = of(extract(text, "2024-03-16"), EventType.STRIKE);
        assertThat(ev).hasSize(2);
        assertThat(ev).extracting(ExtractedEvent::date)
                .containsExactly(LocalDate.of(2024, 3, 15), LocalDate.of(2024, 3, 12));
        assertThat(ev).extracting(ExtractedEvent::location).containsOnly("Mykolaiv");
        assertThat(ev).extracting(e -> e.killed().value()).containsOnly(3);
    }

    @Test
    void personsJoinedByAndAddUpButOtherCountsDoNot() {
        String text = "A Russian glide bomb killed two soldiers and a medic in Orikhiv on Monday.";
        assertThat(of(extract(text, "2024-03-19"), EventType.STRIKE).get(0).killed()).isEqualTo(Count.exact(3));
        String text2 = "A Russian drone killed two people and 12 were wounded in Nikopol on Monday.";
        ExtractedEvent e = of(extract(text2, "2024-03-19"), EventType.STRIKE).get(0);
        assertThat(e.killed()).isEqualTo(Count.exact(2));
        assertThat(e.wounded()).isEqualTo(Count.exact(12));
        String text3 = "The raid on Monday killed some 30 people in Sderot and 40 were taken hostage, officials said.";
        assertThat(of(extract(text3, "2024-03-19"), EventType.STRIKE).get(0).killed())
                .isEqualTo(Count.of(30, Qualifier.ABOUT));
    }

    @Test
    void sinceInsideASuperlativeOrTheSameNightIsNotARunningToll() {
        String text = "A Russian missile strike on Poltava on Tuesday, the deadliest attack on the city since the "
                + "invasion began, has killed 51 people, officials said.";
        List<ExtractedEvent> ev = of(extract(text, "2024-09-04"), EventType.STRIKE);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).killed()).isEqualTo(Count.exact(51));
        String text2 = "Russian drones have killed three people in Sumy since midnight, the regional governor said "
                + "on Wednesday.";
        assertThat(of(extract(text2, "2024-09-04"), EventType.STRIKE)).hasSize(1);
    }

    @Test
    void strikeToldAsTheComplementOfADayAfterIsTheEarlierDay() {
        // published Friday 2024-04-05
        String text = "President Joe Biden spoke by phone with Prime Minister Benjamin Netanyahu on Thursday, the "
                + "White House said. The call came a day after Israeli strikes killed seven aid workers in central "
                + "Gaza.";
        List<ExtractedEvent> ev = of(extract(text, "2024-04-05"), EventType.STRIKE);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).date()).isEqualTo(LocalDate.of(2024, 4, 3));
        // with a comma the relative day describes the strike itself
        String text2 = "A Russian drone hit Sumy on Sunday, killing two people. The day after, Russian shelling "
                + "killed a man in Kherson.";
        List<ExtractedEvent> ev2 = of(extract(text2, "2024-04-09"), EventType.STRIKE);
        assertThat(ev2).extracting(ExtractedEvent::date)
                .containsExactly(LocalDate.of(2024, 4, 7), LocalDate.of(2024, 4, 8));
    }

    // ------------------------------------------------------------------ attackers named as forces or groups

    @Test
    void aStatesForcesNamedWithoutTheirCountryStrikeForTheLandedCountrysDefaultOrItself() {
        // Sudan has no default attacker: its own army bombing at home is coded Sudan
        ExtractedEvent e = of(extract("Eleven villagers were killed when the army bombed a mosque in "
                + "Wad Madani on Sunday, residents said.", "2024-04-16"), EventType.STRIKE).get(0);
        assertThat(e.country()).isEqualTo("SDN");
        assertThat(e.attacker()).isEqualTo("SDN");
        // in Gaza the army is the default attacker's
        e = of(extract("An air raid by the military killed nine people in Deir al-Balah on Sunday, medics said.",
                "2024-04-16"), EventType.STRIKE).get(0);
        assertThat(e.attacker()).isEqualTo("ISR");
    }

    @Test
    void theArmyAsTheTargetIsNoAttacker() {
        ExtractedEvent e = of(extract("Insurgents attacked the army in a village near Omdurman on Sunday, killing "
                + "six soldiers.", "2024-04-16"), EventType.STRIKE).get(0);
        assertThat(e.attacker()).isNull();
    }

    @Test
    void aGroupOrAWeaponWithANationalityNamesTheAttacker() {
        // a non-state group's rockets (countries.tsv GROUP) are no state's attack
        assertThat(of(extract("Hezbollah rockets slammed into Safed on Sunday, wounding three people.",
                "2024-04-16"), EventType.STRIKE).get(0).attacker()).isNull();
        assertThat(of(extract("Iranian missiles slammed into Safed on Sunday, wounding three people.",
                "2024-04-16"), EventType.STRIKE).get(0).attacker()).isEqualTo("IRN");
        assertThat(of(extract("A strike by British jets near Mosul on Sunday killed four fighters.",
                "2024-04-16"), EventType.STRIKE).get(0).attacker()).isEqualTo("GBR");
    }

    @Test
    void aLaterSentenceAboutTheAttackGivesItsDay() {
        String text = "Russian drones struck Zaporizhzhia, killing three people and injuring seven. "
                + "The attack began late on Saturday night, regional officials said.";
        ExtractedEvent e = of(extract(text, "2024-04-16"), EventType.STRIKE).get(0);
        assertThat(e.date()).isEqualTo(LocalDate.of(2024, 4, 13));
    }

    @Test
    void aDayThatDatesOnlyTheReportOfTheAttackIsNotItsDay() {
        String text = "Russian drones struck Zaporizhzhia, killing three people and injuring seven. "
                + "Speaking on Saturday, a regional official said the attack destroyed a school.\n\n"
                + "Officials later said on Sunday that it was not yet clear when the drones were launched.";
        ExtractedEvent e = of(extract(text, "2024-04-16"), EventType.STRIKE).get(0);
        assertThat(e.date()).isNotEqualTo(LocalDate.of(2024, 4, 13));
    }

    @Test
    void commonAttackAndCasualtyPhrasings() {
        String[] shapes = {
                "Russian artillery pounded Nikopol on Sunday. Two people lost their lives and four were hurt.",
                "A Russian missile barrage on Nikopol on Sunday left two dead and four injured.",
                "A drone attack on Nikopol on Sunday killed two people and maimed four, the governor said."};
        for (String text : shapes) {
            List<ExtractedEvent> ev = of(extract(text, "2024-04-16"), EventType.STRIKE);
            assertThat(ev).as(text).hasSize(1);
            assertThat(ev.get(0).location()).as(text).isEqualTo("Nikopol");
            assertThat(ev.get(0).killed()).as(text).isEqualTo(Count.exact(2));
            assertThat(ev.get(0).wounded()).as(text).isEqualTo(Count.exact(4));
            assertThat(ev.get(0).date()).as(text).isEqualTo(LocalDate.of(2024, 4, 14));
        }
    }

    @Test
    void aRecalledAttackInARelativeClauseIsNotANewStrike() {
        String text = "Israeli jets struck Rafah on Sunday, killing 14 people, medics said. The war began with "
                + "the October 7 attack, in which about 1,200 people were killed. A strike on the city last month, "
                + "in which 22 people died, drew wide criticism.";
        List<ExtractedEvent> ev = of(extract(text, "2024-04-16"), EventType.STRIKE);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).killed()).isEqualTo(Count.exact(14));
    }
}
