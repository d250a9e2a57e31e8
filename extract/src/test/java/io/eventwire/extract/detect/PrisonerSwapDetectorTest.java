package io.eventwire.extract.detect;

import io.eventwire.extract.model.Count;
import io.eventwire.extract.model.EventType;
import io.eventwire.extract.model.ExtractedEvent;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.eventwire.extract.detect.DetectorTestSupport.extract;
import static io.eventwire.extract.detect.DetectorTestSupport.of;
import static org.assertj.core.api.Assertions.assertThat;

class PrisonerSwapDetectorTest {

    @Test
    void releasedCountsGoToTheSideOfThePrisonersNationality() {
        String text = "Russia and Ukraine carried out a prisoner swap on Sunday, the first in two months. "
                + "Moscow said 64 Russian soldiers had been returned, while Kyiv said 71 Ukrainian troops came home. "
                + "The exchange was mediated by the United Arab Emirates.";
        List<ExtractedEvent> ev = of(extract(text, "2024-06-11"), EventType.PRISONER_SWAP);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).parties()).containsExactly("RUS", "UKR");
        assertThat(ev.get(0).released()).containsEntry("RUS", Count.exact(64)).containsEntry("UKR", Count.exact(71));
        assertThat(ev.get(0).date()).isEqualTo(LocalDate.of(2024, 6, 9));
    }

    @Test
    void eachSideCount() {
        String text = "Russia and Ukraine exchanged 90 prisoners of war from each side on Friday.";
        ExtractedEvent e = of(extract(text, "2024-06-15"), EventType.PRISONER_SWAP).get(0);
        assertThat(e.released()).containsEntry("RUS", Count.exact(90)).containsEntry("UKR", Count.exact(90));
    }

    @Test
    void combinedTotalIsNotAPerSideCount() {
        String text = "Russia and Ukraine said on Saturday they had freed more than 150 captured soldiers.";
        ExtractedEvent e = of(extract(text, "2024-06-15"), EventType.PRISONER_SWAP).get(0);
        assertThat(e.released()).isEmpty();
    }

    @Test
    void proposedDealsAreNotSwaps() {
        String text = "Mediators proposed a prisoner exchange between Israel and Hamas. "
                + "Under the plan, 30 hostages are slated for release next week.";
        assertThat(of(extract(text, "2024-06-15"), EventType.PRISONER_SWAP)).isEmpty();
    }

    @Test
    void duplicateStoriesOnOnePageGiveOneSwap() {
        String story = "Russia and Ukraine announced a fresh prisoner swap on Friday. Families gathered at the border.";
        String page = "Fresh prisoner swap announced\nFresh prisoner swap announced\n\nReuters\n\n" + story
                + "\n\nFresh prisoner swap announced\nFresh prisoner swap announced\n\nAl Arabiya\n\n" + story + "\n";
        List<ExtractedEvent> ev = of(extract(page, "2025-07-04"), EventType.PRISONER_SWAP);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).evidence().size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void distributiveSubjectGivesTheCountToBothSides() {
        String a = "Ukraine and Russia swapped prisoners on Tuesday, each side handing over 58 captured soldiers.";
        ExtractedEvent e = of(extract(a, "2024-06-13"), EventType.PRISONER_SWAP).get(0);
        assertThat(e.released()).containsEntry("RUS", Count.exact(58)).containsEntry("UKR", Count.exact(58));
        String b = "In the exchange on Monday, both sides freed 73 prisoners of war, Kyiv and Moscow said.";
        e = of(extract(b, "2024-06-13"), EventType.PRISONER_SWAP).get(0);
        assertThat(e.released()).containsEntry("RUS", Count.exact(73)).containsEntry("UKR", Count.exact(73));
    }

    @Test
    void trailingEachOrApieceIsPerSide() {
        String text = "Moscow and Kyiv exchanged 41 detainees each on Sunday in a swap brokered by Qatar.";
        ExtractedEvent e = of(extract(text, "2024-06-17"), EventType.PRISONER_SWAP).get(0);
        assertThat(e.parties()).containsExactly("RUS", "UKR");
        assertThat(e.released()).containsEntry("RUS", Count.exact(41)).containsEntry("UKR", Count.exact(41));
    }

    @Test
    void eachWordElsewhereInTheSentenceDoesNotSplitATotal() {
        String text = "Russia and Ukraine said on Saturday they had released 120 prisoners in a swap, and each "
                + "thanked the mediators.";
        ExtractedEvent e = of(extract(text, "2024-06-15"), EventType.PRISONER_SWAP).get(0);
        assertThat(e.released()).doesNotContainKey("RUS");
    }

    @Test
    void theReleasingSideNamedAfterByIsAParty() {
        String text = "Eight Israeli women were freed by Hamas on Sunday. "
                + "Hours later, 24 Palestinian prisoners, among them 10 women and 14 teenagers, were released by "
                + "Israel under the truce deal.";
        List<ExtractedEvent> ev = of(extract(text, "2023-11-27"), EventType.PRISONER_SWAP);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).parties()).containsExactly("ISR", "PSE");
        assertThat(ev.get(0).released()).containsEntry("ISR", Count.exact(8)).containsEntry("PSE", Count.exact(24));
    }

    @Test
    void mediatorAfterByIsStillNotAParty() {
        String text = "Russia and Ukraine swapped 60 prisoners each on Monday in an exchange mediated by Qatar.";
        ExtractedEvent e = of(extract(text, "2024-06-18"), EventType.PRISONER_SWAP).get(0);
        assertThat(e.parties()).containsExactly("RUS", "UKR");
    }

    @Test
    void releasingAStatementIsNotASwap() {
        String text = "Hamas men released a video on Sunday showing the ruins of a school in Gaza City, and Israeli "
                + "soldiers released footage of the raid.";
        assertThat(of(extract(text, "2024-06-18"), EventType.PRISONER_SWAP)).isEmpty();
    }

    // ------------------------------------------------------------------ counts per side

    private static ExtractedEvent onlySwap(String text, String published) {
        List<ExtractedEvent> ev = of(extract(text, published), EventType.PRISONER_SWAP);
        assertThat(ev).as(text).hasSize(1);
        return ev.get(0);
    }

    @Test
    void singlePersonsOfEachNationalityCountOneEach() {
        ExtractedEvent e = onlySwap("Belarus freed three Lithuanians in exchange for one Belarusian citizen on "
                + "Friday, Vilnius said.", "2024-11-16");
        assertThat(e.parties()).containsExactly("BLR", "LTU");
        assertThat(e.released()).containsEntry("LTU", Count.exact(3)).containsEntry("BLR", Count.exact(1));

        e = onlySwap("Washington handed over a Russian hacker in exchange for an American teacher on Friday.",
                "2024-11-16");
        assertThat(e.parties()).containsExactly("RUS", "USA");
        assertThat(e.released()).containsEntry("RUS", Count.exact(1)).containsEntry("USA", Count.exact(1));
    }

    @Test
    void aNationalityWithoutAPersonNounIsNoOne() {
        ExtractedEvent e = onlySwap("Ukraine and Russia exchanged 60 prisoners each on Friday, after a Russian "
                + "court approved the list.", "2024-11-16");
        assertThat(e.released()).containsEntry("RUS", Count.exact(60)).containsEntry("UKR", Count.exact(60));
    }

    @Test
    void theSameNumberInReturnMirrorsTheOtherSide() {
        ExtractedEvent e = onlySwap("Moscow handed over sixty-two Ukrainian defenders on Friday and got the same "
                + "number of Russian soldiers back.", "2024-11-16");
        assertThat(e.released()).containsEntry("UKR", Count.exact(62)).containsEntry("RUS", Count.exact(62));
    }

    @Test
    void aSumSplitOnEachSideIsOneExchangeNotARunningTotal() {
        ExtractedEvent e = onlySwap("Kyiv and Moscow swapped prisoners of war on Friday. In total 180 men were "
                + "freed, 90 on each side.", "2024-11-16");
        assertThat(e.released()).containsEntry("RUS", Count.exact(90)).containsEntry("UKR", Count.exact(90));
    }

    @Test
    void aCountSinceTheWarBeganIsStillNoSwapOfItsOwn() {
        String text = "A total of 3,000 Ukrainians have been brought home in exchanges since the war began.";
        assertThat(of(extract(text, "2024-11-16"), EventType.PRISONER_SWAP)).isEmpty();
    }
}
