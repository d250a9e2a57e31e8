package io.eventwire.extract.detect;

import io.eventwire.extract.model.Count;
import io.eventwire.extract.model.EventStatus;
import io.eventwire.extract.model.EventType;
import io.eventwire.extract.model.ExtractedEvent;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.eventwire.extract.detect.DetectorTestSupport.extract;
import static io.eventwire.extract.detect.DetectorTestSupport.of;
import static org.assertj.core.api.Assertions.assertThat;

/** Grammar-level rules written on new sentences (not taken from any evaluation set). */
class GeneralityTest {

    // ------------------------------------------------------------------ prisoner swaps

    @Test
    void theCityWhereASwapIsConfirmedIsNoVoteAgainstThatSide() {
        String text = "Forty Ukrainian soldiers were brought home on Tuesday in an exchange of prisoners with Russia. "
                + "In Moscow, officials confirmed the exchange, saying 40 Russian servicemen had been returned.";
        List<ExtractedEvent> ev = of(extract(text, "2024-09-12"), EventType.PRISONER_SWAP);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).parties()).containsExactly("RUS", "UKR");
        assertThat(ev.get(0).released()).containsEntry("UKR", Count.exact(40)).containsEntry("RUS", Count.exact(40));
        assertThat(ev.get(0).date()).isEqualTo(LocalDate.of(2024, 9, 10));
    }

    @Test
    void aModalAfterAMultiWordSwapPhraseMakesItHypothetical() {
        String text = "The Qatari emir said a fresh exchange of prisoners might take place between Russia and Ukraine "
                + "before the summer.";
        assertThat(of(extract(text, "2024-03-02"), EventType.PRISONER_SWAP)).isEmpty();
    }

    // ------------------------------------------------------------------ calls

    @Test
    void noIndicationThatACallHappenedIsNotACall() {
        String text = "Keir Starmer offered no sign that a call with Donald Trump had taken place.";
        assertThat(of(extract(text, "2025-04-02"), EventType.LEADER_CALL)).isEmpty();
    }

    @Test
    void theTalkStillHappenedWhenOnlyItsTopicIsDoubted() {
        String text = "Emmanuel Macron spoke by phone with Volodymyr Zelensky on Monday.";
        List<ExtractedEvent> ev = of(extract(text, "2025-04-02"), EventType.LEADER_CALL);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).status()).isEqualTo(EventStatus.OCCURRED);
    }

    // ------------------------------------------------------------------ arms pauses

    @Test
    void passiveSuspensionOfArmsExportsIsAPause() {
        String text = "Permits for Spanish companies to sell military equipment to Israel were suspended on Monday, "
                + "the trade ministry said.";
        List<ExtractedEvent> ev = of(extract(text, "2024-10-09"), EventType.ARMS_PAUSE);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).supplier()).isEqualTo("ESP");
        assertThat(ev.get(0).recipient()).isEqualTo("ISR");
        assertThat(ev.get(0).date()).isEqualTo(LocalDate.of(2024, 10, 7));
    }

    @Test
    void aDatelineIsNotTheSupplierAndThePauseToldAgainIsNotANewOne() {
        String text = "BERLIN / KYIV -- Shipments of artillery shells to Ukraine were halted last week on orders from "
                + "Washington, US officials said. The pause does not cover munitions that Ukraine buys from German "
                + "firms.";
        List<ExtractedEvent> ev = of(extract(text, "2025-02-14"), EventType.ARMS_PAUSE);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).supplier()).isEqualTo("USA");
        assertThat(ev.get(0).recipient()).isEqualTo("UKR");
    }

    // ------------------------------------------------------------------ strikes

    @Test
    void anAppositivePartOfAGroupIsASubCount() {
        String text = "Israeli jets bombed a house in Rafah on Wednesday. Six people, three of them women, were "
                + "killed, medics said.";
        List<ExtractedEvent> ev = of(extract(text, "2024-05-02"), EventType.STRIKE);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).killed()).isEqualTo(Count.exact(6));
    }

    @Test
    void aTollStandingBySomeDayDoesNotDateTheStrike() {
        String text = "A Russian missile hit a school in Sumy on Friday evening. By Sunday the toll had risen to "
                + "nine people killed, the governor said.";
        List<ExtractedEvent> ev = of(extract(text, "2024-10-07"), EventType.STRIKE);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).killed()).isEqualTo(Count.exact(9));
        assertThat(ev.get(0).date()).isEqualTo(LocalDate.of(2024, 10, 4));
    }

    @Test
    void aCountTwoSentencesAfterTheAttackBelongsToIt() {
        String text = "Russian drones struck the port of Izmail overnight into Wednesday, the regional governor said. "
                + "Fires broke out at a warehouse and a hotel. "
                + "Three people lost their lives and eight more were injured.";
        List<ExtractedEvent> ev = of(extract(text, "2024-08-22"), EventType.STRIKE);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).location()).isEqualTo("Izmail");
        assertThat(ev.get(0).killed()).isEqualTo(Count.exact(3));
        assertThat(ev.get(0).wounded()).isEqualTo(Count.exact(8));
    }

    @Test
    void thatAttackRefersToTheAttackJustTold() {
        String text = "Ukrainian drones hit a fuel depot near Belgorod on Sunday, injuring two workers. "
                + "In Sumy, a guided bomb struck an apartment block in the city centre last week. "
                + "Five people died in that attack, and another 11 were wounded.";
        List<ExtractedEvent> ev = of(extract(text, "2024-10-09"), EventType.STRIKE);
        assertThat(ev).hasSize(2);
        ExtractedEvent sumy = ev.stream().filter(e -> "Sumy".equals(e.location())).findFirst().orElseThrow();
        assertThat(sumy.killed()).isEqualTo(Count.exact(5));
        assertThat(sumy.wounded()).isEqualTo(Count.exact(11));
        ExtractedEvent bel = ev.stream().filter(e -> "RUS".equals(e.country())).findFirst().orElseThrow();
        assertThat(bel.killed()).isNull();
        assertThat(bel.wounded()).isEqualTo(Count.exact(2));
    }

    @Test
    void aSceneSentenceNamesThePlaceOfTheNextAttack() {
        String text = "Russian missiles killed four people in Kharkiv on Saturday, the mayor said. "
                + "Hours later the shelling moved to Kramatorsk. "
                + "A rocket hit a bus stop there on Saturday evening, killing a man and his two teenage daughters.";
        List<ExtractedEvent> ev = of(extract(text, "2024-06-02"), EventType.STRIKE);
        assertThat(ev).hasSize(2);
        ExtractedEvent k = ev.stream().filter(e -> "Kramatorsk".equals(e.location())).findFirst().orElseThrow();
        assertThat(k.killed()).isEqualTo(Count.exact(3));
    }

    @Test
    void houthiAttacksHaveNoStateAttacker() {
        // the Houthis are a non-state group (countries.tsv GROUP): the attacker is the state whose forces struck
        String text = "A Houthi missile struck a warehouse in Eilat on Thursday, wounding four people, Israeli "
                + "medics said.";
        List<ExtractedEvent> ev = of(extract(text, "2024-07-20"), EventType.STRIKE);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).attacker()).isNull();
        assertThat(ev.get(0).country()).isEqualTo("ISR");
    }
    @Test
    void nDaysAfterFollowingADayDatesTheEarlierEvent() {
        String text = "Volunteers were clearing debris in Kherson on Thursday, two days after a Russian drone hit a "
                + "bakery there, killing three people.";
        List<ExtractedEvent> ev = of(extract(text, "2024-08-09"), EventType.STRIKE);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).date()).isEqualTo(LocalDate.of(2024, 8, 6));
    }

    @Test
    void aVagueHeadlineTollIsTheBodysStrike() {
        String text = "Dozens dead as missile hits Donetsk region\n\n"
                + "A Russian missile struck a market in Kostiantynivka on Wednesday, killing at least 17 people, "
                + "officials said.";
        List<ExtractedEvent> ev = of(extract(text, "2024-09-12"), EventType.STRIKE);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).killed()).isEqualTo(Count.of(17, io.eventwire.extract.model.Qualifier.AT_LEAST));
        assertThat(ev.get(0).location()).isEqualTo("Kostiantynivka");
    }
    @Test
    void aNightBetweenTwoDaysIsDatedByTheLaterDay() {
        String[] texts = {
                "Russian drones struck Kherson on the night of 3 to 4 June, killing two people.",
                "Russian drones struck Kherson on the night of June 3-4, killing two people.",
                "Russian drones struck Kherson on the night from Monday to Tuesday, killing two people.",
                "Russian drones struck Kherson overnight from Monday into Tuesday, killing two people."};
        for (String text : texts) {
            List<ExtractedEvent> ev = of(extract(text, "2024-06-06"), EventType.STRIKE);
            assertThat(ev).as(text).hasSize(1);
            assertThat(ev.get(0).date()).as(text).isEqualTo(LocalDate.of(2024, 6, 4));
        }
    }

    @Test
    void pluralNationalitiesAndASharedCaptiveNounCountPerSide() {
        String a = "Armenia and Azerbaijan swapped 32 Armenians and 2 Azerbaijanis on Friday.";
        List<ExtractedEvent> ev = of(extract(a, "2024-01-08"), EventType.PRISONER_SWAP);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).released()).containsEntry("ARM", Count.exact(32)).containsEntry("AZE", Count.exact(2));
        String b = "Moscow and Kyiv exchanged prisoners on Friday, with 60 Russian and 60 Ukrainian servicemen "
                + "going home.";
        List<ExtractedEvent> ev2 = of(extract(b, "2024-01-08"), EventType.PRISONER_SWAP);
        assertThat(ev2).hasSize(1);
        assertThat(ev2.get(0).released()).containsEntry("RUS", Count.exact(60))
                .containsEntry("UKR", Count.exact(60));
    }

    @Test
    void possibleExpectedOrPreparedSwapsAreNotEvents() {
        for (String text : new String[]{
                "A potential exchange of prisoners between Israel and Hamas was on the table on Monday.",
                "Another prisoner swap between Moscow and Kyiv is expected later this month.",
                "Russia and Ukraine are preparing a fresh prisoner exchange, a mediator said on Monday."}) {
            assertThat(of(extract(text, "2024-03-05"), EventType.PRISONER_SWAP)).as(text).isEmpty();
        }
    }

    @Test
    void aCountOfSwapsThisYearDoesNotMakeADatedSwapARunningTotal() {
        String text = "Russia and Ukraine exchanged 120 prisoners each on Sunday, their fourth swap this year.";
        List<ExtractedEvent> ev = of(extract(text, "2024-03-05"), EventType.PRISONER_SWAP);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).released()).containsEntry("RUS", Count.exact(120)).containsEntry("UKR", Count.exact(120));
        String total = "Ukraine has brought home 3,000 prisoners this year, officials said on Sunday.";
        assertThat(of(extract(total, "2024-03-05"), EventType.PRISONER_SWAP)).isEmpty();
    }
    @Test
    void aPlaceNamingWhoseOfficialsSpeakIsNotTheSite() {
        String text = "KHARKIV, Ukraine -- Russian glide bombs hit a village near Kupiansk on Sunday, killing three "
                + "people, the Kharkiv regional governor said.";
        List<ExtractedEvent> ev = of(extract(text, "2024-09-02"), EventType.STRIKE);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).location()).isEqualTo("Kupiansk");
    }

    @Test
    void aFollowingClauseWithoutAnAttackOfItsOwnNamesWhereItLanded() {
        String text = "On Friday a salvo of Hezbollah rockets was fired at northern Israel; most were intercepted, "
                + "but one fell near a school in Kiryat Shmona. Two people were lightly wounded, medics said.";
        List<ExtractedEvent> ev = of(extract(text, "2024-06-15"), EventType.STRIKE);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).location()).isEqualTo("Kiryat Shmona");
        assertThat(ev.get(0).attacker()).isNull(); // Hezbollah: a non-state group (countries.tsv GROUP)
    }
    @Test
    void aReportedWillIsAPlanButAReportedWillNotStaysOpen() {
        List<ExtractedEvent> arms = of(extract("Spain said on Tuesday it would no longer sell weapons to Israel.",
                "2024-09-05"), EventType.ARMS_PAUSE);
        assertThat(arms).hasSize(1);
        assertThat(arms.get(0).supplier()).isEqualTo("ESP");
        List<ExtractedEvent> call = of(extract("Macron said he would speak with Zelensky by phone on Friday.",
                "2024-09-05"), EventType.LEADER_CALL);
        assertThat(call).hasSize(1);
        assertThat(call.get(0).status()).isEqualTo(EventStatus.PLANNED);
        assertThat(of(extract("Scholz said on Tuesday that Germany would not send weapons to Israel if it "
                + "invaded Rafah.", "2024-09-05"), EventType.ARMS_PAUSE)).isEmpty();
    }

    @Test
    void aTollByANamedArmedForceIsAnAttack() {
        String text = "Three Palestinians were killed by Israeli troops in Nablus on Wednesday, the health ministry "
                + "said.";
        List<ExtractedEvent> ev = of(extract(text, "2024-09-05"), EventType.STRIKE);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).attacker()).isEqualTo("ISR");
        assertThat(ev.get(0).location()).isEqualTo("Nablus");
        assertThat(ev.get(0).killed()).isEqualTo(Count.exact(3));
    }

    @Test
    void anEventToldOnlyWithAPeriodGetsNoDefaultDay() {
        List<ExtractedEvent> call = of(extract("Sunak had phoned Netanyahu earlier this week to urge restraint.",
                "2024-01-12"), EventType.LEADER_CALL);
        assertThat(call).hasSize(1);
        assertThat(call.get(0).date()).isNull();
        List<ExtractedEvent> strike = of(extract("A Russian missile killed four people in Sumy last week.",
                "2024-01-12"), EventType.STRIKE);
        assertThat(strike).hasSize(1);
        assertThat(strike.get(0).date()).isNull();
    }
    @Test
    void aCallOnADayIsNotACallOnSomeone() {
        List<ExtractedEvent> ev = of(extract("In a call on Thursday, Scholz and Zelensky discussed air defence.",
                "2024-05-03"), EventType.LEADER_CALL);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).date()).isEqualTo(LocalDate.of(2024, 5, 2));
    }

    @Test
    void anAttackAndItsTollInTwoClausesOfOneSentence() {
        String text = "Russia fired dozens of drones at Ukraine on Saturday night; a woman was killed in Odesa.";
        List<ExtractedEvent> ev = of(extract(text, "2024-05-06"), EventType.STRIKE);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).location()).isEqualTo("Odesa");
        assertThat(ev.get(0).killed()).isEqualTo(Count.exact(1));
    }
    @Test
    void aBareTollWithAFigureIsTheDeathToll() {
        String text = "A Russian missile hit a shopping centre in Kremenchuk on Monday, killing 16 people. "
                + "Rescuers kept digging overnight; by Tuesday evening the toll had climbed to 20, officials said.";
        List<ExtractedEvent> ev = of(extract(text, "2022-06-29"), EventType.STRIKE);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).killed()).isEqualTo(Count.exact(20));
        assertThat(ev.get(0).date()).isEqualTo(LocalDate.of(2022, 6, 27));
        String other = "A Russian missile hit a shopping centre in Kremenchuk on Monday, killing 16 people. "
                + "The shelling has taken a heavy toll on the town, where 30 shops were damaged.";
        assertThat(of(extract(other, "2022-06-29"), EventType.STRIKE).get(0).killed()).isEqualTo(Count.exact(16));
    }
    @Test
    void delayedBlockedAndPutOnHoldDeliveriesArePauses() {
        for (String text : new String[]{
                "Canada has delayed the delivery of 40 armoured vehicles to Ukraine, officials said on Monday.",
                "Ottawa blocked a shipment of drone cameras and military equipment to Ukraine on Monday.",
                "Canada put arms deliveries to Ukraine on hold on Monday.",
                "Shipments of Canadian munitions to Ukraine were put on hold on Monday."}) {
            List<ExtractedEvent> ev = of(extract(text, "2024-05-08"), EventType.ARMS_PAUSE);
            assertThat(ev).as(text).hasSize(1);
            assertThat(ev.get(0).supplier()).as(text).isEqualTo("CAN");
            assertThat(ev.get(0).recipient()).as(text).isEqualTo("UKR");
        }
    }

    @Test
    void aReportedThreatWithUnlessIsNoPause() {
        String text = "Austria said it would block any new arms package for Ukraine unless its demands were met.";
        assertThat(of(extract(text, "2024-05-08"), EventType.ARMS_PAUSE)).isEmpty();
    }

    @Test
    void afterADateIsAReferencePointNotTheEventsDay() {
        String text = "Norway stopped sending weapons to Israel after October 7, a minister said.";
        List<ExtractedEvent> ev = of(extract(text, "2024-05-08"), EventType.ARMS_PAUSE);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).date()).isNotEqualTo(LocalDate.of(2023, 10, 7));
    }
    @Test
    void aFamilyOfNIsNPeopleAndAmongThemASubCount() {
        List<ExtractedEvent> fam = of(extract("An Israeli airstrike on a house in Khan Younis on Monday killed a "
                + "family of five, medics said.", "2024-03-06"), EventType.STRIKE);
        assertThat(fam).hasSize(1);
        assertThat(fam.get(0).killed()).isEqualTo(Count.exact(5));
        List<ExtractedEvent> among = of(extract("Nine people, among them a toddler, died when Russian missiles hit "
                + "Odesa on Saturday.", "2024-03-06"), EventType.STRIKE);
        assertThat(among).hasSize(1);
        assertThat(among.get(0).killed()).isEqualTo(Count.exact(9));
    }
    @Test
    void aReportedPlanFewWordsBeforeTheCallAndAnExchangeOfBodies() {
        List<ExtractedEvent> call = of(extract("A spokesman said Meloni would take part in a phone call with Biden "
                + "on Friday.", "2024-08-10"), EventType.LEADER_CALL);
        assertThat(call).hasSize(1);
        assertThat(call.get(0).status()).isEqualTo(EventStatus.PLANNED);
        assertThat(of(extract("Israel and Hamas exchanged the remains of 12 people on Friday.", "2024-08-10"),
                EventType.PRISONER_SWAP)).isEmpty();
    }
}
