package io.eventwire.extract.detect;

import io.eventwire.extract.model.Count;
import io.eventwire.extract.model.EventType;
import io.eventwire.extract.model.ExtractedEvent;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.eventwire.extract.detect.DetectorTestSupport.extract;
import static io.eventwire.extract.detect.DetectorTestSupport.of;
import static org.assertj.core.api.Assertions.assertThat;

/** Released counts per side of a prisoner exchange, in the many ways reporters write them (new sentences). */
class SwapCountsTest {

    private static ExtractedEvent one(String text) {
        List<ExtractedEvent> ev = of(extract(text, "2024-06-14"), EventType.PRISONER_SWAP);
        assertThat(ev).hasSize(1);
        return ev.get(0);
    }

    @Test
    void eachWay() {
        ExtractedEvent e = one("Russia and Ukraine swapped prisoners on Thursday, 64 each way, officials said.");
        assertThat(e.released()).containsEntry("RUS", Count.exact(64)).containsEntry("UKR", Count.exact(64));
    }

    @Test
    void numberForNumber() {
        ExtractedEvent e = one("Ukraine and Russia exchanged 64 for 64 prisoners of war on Thursday.");
        assertThat(e.released()).containsEntry("RUS", Count.exact(64)).containsEntry("UKR", Count.exact(64));
    }

    @Test
    void eachSideFreedInWords() {
        ExtractedEvent e = one("In the exchange with Russia on Thursday, Ukraine said each side freed sixty-four "
                + "captives.");
        assertThat(e.released()).containsEntry("RUS", Count.exact(64)).containsEntry("UKR", Count.exact(64));
    }

    @Test
    void subjectBroughtHomeCountInWords() {
        ExtractedEvent e = one("Ukraine brought home one hundred and seven prisoners of war on Thursday in an "
                + "exchange with Russia, while Moscow said it got back 90 Russian soldiers.");
        assertThat(e.released()).containsEntry("UKR", Count.exact(107)).containsEntry("RUS", Count.exact(90));
    }

    @Test
    void receivedOfItsOwn() {
        ExtractedEvent e = one("Ukraine brought home 64 soldiers on Thursday in a swap with Russia. The Russian "
                + "defence ministry said Russia had received 58 of its own servicemen in the exchange.");
        assertThat(e.released()).containsEntry("UKR", Count.exact(64)).containsEntry("RUS", Count.exact(58));
    }

    @Test
    void demonymsFollowedByARelativeClause() {
        ExtractedEvent e = one("Three Britons who had been held in Iran were freed on Thursday in an exchange that "
                + "also saw three Iranians jailed in Britain released.");
        assertThat(e.released()).containsEntry("GBR", Count.exact(3)).containsEntry("IRN", Count.exact(3));
    }

    @Test
    void countryNameAsModifierOfCitizens() {
        ExtractedEvent e = one("Venezuela released four U.S. citizens on Thursday in exchange for a Venezuelan "
                + "businessman held in the United States.");
        assertThat(e.released()).containsEntry("USA", Count.exact(4)).containsEntry("VEN", Count.exact(1));
    }

    @Test
    void anExchangeOfPeopleNamedOnlyByNationality() {
        ExtractedEvent e = one("Two Canadians who had been held in China flew home on Thursday, a day after they "
                + "were freed in an exchange that also saw two Chinese nationals held in Canada released.");
        assertThat(e.parties()).containsExactly("CAN", "CHN");
        assertThat(e.released()).containsEntry("CAN", Count.exact(2));
    }

    @Test
    void theSoldiersWhoCameHomeBelongToTheCountryThatShowsThem() {
        ExtractedEvent e = one("Ukraine's ombudsman posted photos of the 88 soldiers who came home on Thursday in an "
                + "exchange with Russia. Russia's defence ministry said it had received 88 of its own troops in "
                + "the swap.");
        assertThat(e.released()).containsEntry("UKR", Count.exact(88)).containsEntry("RUS", Count.exact(88));
    }

    @Test
    void aMediatorNamedAfterTheSidesIsNoParty() {
        ExtractedEvent e = one("Russia and Ukraine exchanged 90 prisoners each on Thursday in a swap brokered by "
                + "the United Arab Emirates, which has mediated several such exchanges.");
        assertThat(e.parties()).containsExactly("RUS", "UKR");
    }

    @Test
    void aMediatorThatIsTheSubjectOfTheMediationIsNoParty() {
        ExtractedEvent e = one("Turkey mediated the prisoner exchange between Russia and the United States on "
                + "Thursday, Turkish officials said.");
        assertThat(e.parties()).containsExactly("RUS", "USA");
    }

    @Test
    void aMediatorThatSecuredTheReleaseOfBothSides() {
        ExtractedEvent e = one("The United Arab Emirates said on Thursday its mediation had secured the release of "
                + "150 Ukrainian and 150 Russian prisoners of war.");
        assertThat(e.parties()).containsExactly("RUS", "UKR");
        assertThat(e.released()).containsEntry("RUS", Count.exact(150)).containsEntry("UKR", Count.exact(150));
    }
}
