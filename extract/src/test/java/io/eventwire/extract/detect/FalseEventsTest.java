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

    @Test
    void anAnniversaryOfAnOldAttackIsNoStrike() {
        String text = "Sunday marks one year since the attack on the Crocus City Hall near Moscow in which 145 people "
                + "were killed.";
        assertThat(of(extract(text, "2025-03-22"), EventType.STRIKE)).isEmpty();
    }

    @Test
    void anAttackersClaimOfEnemyLossesIsNoToll() {
        String text = "Russia's defence ministry said its forces had struck a command post near Pokrovsk on Tuesday "
                + "and claimed to have killed up to 60 Ukrainian servicemen.";
        assertThat(of(extract(text, "2025-03-20"), EventType.STRIKE)).allMatch(e -> e.killed() == null);
    }

    @Test
    void aStrikeKillingSoldiersReportedByTheirOwnSideStillCounts() {
        String text = "A Russian missile struck a training ground near Dnipro on Tuesday, killing 12 Ukrainian soldiers, "
                + "the Ukrainian army said.";
        assertThat(of(extract(text, "2025-03-20"), EventType.STRIKE)).hasSize(1);
    }

    @Test
    void readinessToTalkIsNoCall() {
        String text = "Vladimir Putin said on Monday he was ready to speak with Donald Trump by phone.";
        assertThat(of(extract(text, "2025-03-20"), EventType.LEADER_CALL))
                .allMatch(e -> e.status() != io.eventwire.extract.model.EventStatus.OCCURRED);
    }

    @Test
    void listsOfPrisonersReadyToBeExchangedAreNoSwap() {
        String text = "The ombudsman said on Monday that Moscow was stalling and that Kyiv had handed over lists of "
                + "prisoners it was ready to exchange.";
        assertThat(of(extract(text, "2025-03-20"), EventType.PRISONER_SWAP)).isEmpty();
    }

    @Test
    void theDayATollIsRevisedIsNotTheDayOfTheStrike() {
        String text = "A Russian missile hit an apartment block in Zaporizhzhia on Saturday, killing at least 9 people. "
                + "The regional governor raised the death toll on Sunday to 13.";
        var ev = of(extract(text, "2025-03-24"), EventType.STRIKE);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).date()).isEqualTo(java.time.LocalDate.of(2025, 3, 22));
        assertThat(ev.get(0).killed().value()).isEqualTo(13);
    }

    @Test
    void theNumberOfPeopleKilledRisingToAFigureIsTheToll() {
        String text = "The number of people killed by a Russian drone that hit a dormitory in Sumy late on Friday has "
                + "risen to seven, officials said on Saturday.";
        var ev = of(extract(text, "2025-03-22"), EventType.STRIKE);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).killed().value()).isEqualTo(7);
        assertThat(ev.get(0).date()).isEqualTo(java.time.LocalDate.of(2025, 3, 21));
    }

    @Test
    void talksOnASwapAreNoSwap() {
        String text = "Armenia and Azerbaijan are holding talks on a new prisoner swap, officials said on Monday.";
        assertThat(of(extract(text, "2025-03-20"), EventType.PRISONER_SWAP)).isEmpty();
    }

    @Test
    void anAgreementToSwapIsNoSwapYet() {
        String text = "Armenia and Azerbaijan agreed on Monday to swap 32 prisoners each.";
        assertThat(of(extract(text, "2025-03-20"), EventType.PRISONER_SWAP)).isEmpty();
    }

    @Test
    void aSwapThatTookPlaceAfterTalksIsStillASwap() {
        String text = "After months of talks, Armenia and Azerbaijan swapped 32 prisoners each on Monday.";
        assertThat(of(extract(text, "2025-03-20"), EventType.PRISONER_SWAP)).hasSize(1);
    }

    @Test
    void theDayOfACallDoesNotDateAPauseNamedInTheSameSentence() {
        String text = "Israeli Prime Minister Benjamin Netanyahu told Dutch Prime Minister Dick Schoof in a phone call "
                + "on Sunday that the Dutch decision to halt arms exports to Israel was a mistake. Schoof had "
                + "announced the halt of arms exports to Israel on Thursday.";
        var ev = of(extract(text, "2025-08-11"), EventType.ARMS_PAUSE);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).date()).isEqualTo(java.time.LocalDate.of(2025, 8, 7));
    }
}
