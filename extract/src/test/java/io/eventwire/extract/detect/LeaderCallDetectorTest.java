package io.eventwire.extract.detect;

import io.eventwire.extract.model.EventStatus;
import io.eventwire.extract.model.EventType;
import io.eventwire.extract.model.ExtractedEvent;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.eventwire.extract.detect.DetectorTestSupport.extract;
import static io.eventwire.extract.detect.DetectorTestSupport.of;
import static org.assertj.core.api.Assertions.assertThat;

class LeaderCallDetectorTest {

    @Test
    void counterpartResolvesByArticleDateAndMentionsMerge() {
        // published Friday 2025-07-04; the call is dated only in a later sentence
        String text = "Vladimir Putin spoke with his American counterpart on a wide range of issues. "
                + "The Kremlin gave few details.\n"
                + "The phone call between Putin and Trump on Thursday lasted almost an hour, an aide said.";
        List<ExtractedEvent> calls = of(extract(text, "2025-07-04"), EventType.LEADER_CALL);
        assertThat(calls).hasSize(1);
        ExtractedEvent c = calls.get(0);
        assertThat(c.participants()).containsExactly("RUS", "USA");
        assertThat(c.leaders()).containsExactly("Putin", "Trump");
        assertThat(c.date()).isEqualTo(LocalDate.of(2025, 7, 3));
        assertThat(c.status()).isEqualTo(EventStatus.OCCURRED);
        assertThat(c.cameo()).isEqualTo("041");
        assertThat(c.evidence()).hasSize(2);
        for (var ev : c.evidence()) {
            assertThat(text.substring(ev.start(), ev.end())).isEqualTo(ev.text());
        }
    }

    @Test
    void sameOfficeResolvesToDifferentHoldersByDate() {
        String text = "The US president held a phone call with Turkey's president on Monday.";
        assertThat(of(extract(text, "2022-03-08"), EventType.LEADER_CALL).get(0).leaders()).contains("Biden");
        assertThat(of(extract(text, "2025-03-04"), EventType.LEADER_CALL).get(0).leaders()).contains("Trump");
    }

    @Test
    void plannedCallGetsNextWeekday() {
        // published Wednesday 2024-06-05
        String text = "German Chancellor Olaf Scholz will speak by phone with Indian Prime Minister Narendra Modi "
                + "on Friday, his office said on Wednesday.";
        ExtractedEvent c = of(extract(text, "2024-06-05"), EventType.LEADER_CALL).get(0);
        assertThat(c.status()).isEqualTo(EventStatus.PLANNED);
        assertThat(c.date()).isEqualTo(LocalDate.of(2024, 6, 7));
        assertThat(c.participants()).containsExactly("DEU", "IND");
    }

    @Test
    void callsForAMeetingInPersonAndDenialsAreNotCalls() {
        String text = "French President Emmanuel Macron called for an immediate ceasefire on Monday. "
                + "Macron met Chinese President Xi Jinping in Paris on Tuesday. "
                + "The Kremlin denied that Vladimir Putin had spoken by phone with Joe Biden.";
        assertThat(of(extract(text, "2024-05-08"), EventType.LEADER_CALL)).isEmpty();
    }

    @Test
    void oneLeaderAndACitizenIsNotALeaderCall() {
        String text = "President Joe Biden said he spoke by phone with the freed journalist on Friday.";
        assertThat(of(extract(text, "2024-08-02"), EventType.LEADER_CALL)).isEmpty();
    }

    @Test
    void futureTenseOnTheVerbMakesAMannerPhraseCallPlanned() {
        String text = "Italian Prime Minister Giorgia Meloni will talk with U.S. President Donald Trump by phone "
                + "later this week, her office said on Monday.";
        List<ExtractedEvent> ev = of(extract(text, "2025-06-30"), EventType.LEADER_CALL);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).status()).isEqualTo(EventStatus.PLANNED);
    }

    @Test
    void headlineInfinitiveIsPlanned() {
        String text = "Scholz to call Putin\n\nBERLIN - German Chancellor Olaf Scholz intends to speak with "
                + "Russian President Vladimir Putin by phone, a government spokesman said on Friday.\n";
        List<ExtractedEvent> ev = of(extract(text, "2024-11-15"), EventType.LEADER_CALL);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).status()).isEqualTo(EventStatus.PLANNED);
        assertThat(ev.get(0).participants()).containsExactly("DEU", "RUS");
    }

    @Test
    void headlineCallMergesWithTheDatedBodyCall() {
        String text = "Sanchez and Zelensky hold call after night of drone attacks\n\n"
                + "Spanish Prime Minister Pedro Sanchez held a phone call with Ukrainian President Volodymyr "
                + "Zelensky on Tuesday, his office said.\n";
        List<ExtractedEvent> ev = of(extract(text, "2025-06-19"), EventType.LEADER_CALL);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).date()).isEqualTo(LocalDate.of(2025, 6, 17));
        assertThat(ev.get(0).participants()).containsExactly("ESP", "UKR");
    }

    @Test
    void aCallReferredToAsAnObjectIsNotANewCallBetweenTheOthers() {
        String text = "German Chancellor Friedrich Merz will speak with Russian President Vladimir Putin by phone "
                + "next week, Berlin said. Merz discussed the planned call with French President Emmanuel Macron "
                + "on Sunday.";
        List<ExtractedEvent> ev = of(extract(text, "2025-06-30"), EventType.LEADER_CALL);
        assertThat(ev).extracting(ExtractedEvent::participants).doesNotContain(List.of("DEU", "FRA"));
        assertThat(ev).extracting(ExtractedEvent::participants).contains(List.of("DEU", "RUS"));
    }

    // ------------------------------------------------------------------ calls held by video

    @Test
    void aMeetingHeldByVideoIsACallEvenWithMeetingWords() {
        String[] shapes = {
                "Narendra Modi and Emmanuel Macron met by video link on Thursday to review defence ties.",
                "Modi held a virtual summit with Macron on Thursday.",
                "The Indian and French leaders held talks via videoconference on Thursday.",
                "Modi spoke to Macron over a video link on Thursday, a week before a planned visit to Paris."};
        for (String text : shapes) {
            List<ExtractedEvent> ev = of(extract(text, "2024-02-09"), EventType.LEADER_CALL);
            assertThat(ev).as(text).hasSize(1);
            assertThat(ev.get(0).participants()).as(text).containsExactly("FRA", "IND");
            assertThat(ev.get(0).leaders()).as(text).containsExactly("Macron", "Modi");
            assertThat(ev.get(0).date()).as(text).isEqualTo(LocalDate.of(2024, 2, 8));
            assertThat(ev.get(0).status()).as(text).isEqualTo(EventStatus.OCCURRED);
        }
    }

    @Test
    void theLeadersOfTwoCountriesAreTwoParticipants() {
        String text = "The leaders of Japan and Australia held a video call on Thursday.";
        List<ExtractedEvent> ev = of(extract(text, "2024-02-09"), EventType.LEADER_CALL);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).participants()).containsExactly("AUS", "JPN");
    }

    @Test
    void anAddressOrAttendanceByVideoIsNoCall() {
        String text = "Addressing lawmakers in Rome by video link on Thursday, Zelensky thanked Meloni for her "
                + "support. Speaking via video to a donor conference, he later urged Scholz to send more air "
                + "defence. Putin joined the summit virtually, while Modi and Xi were in the room.";
        assertThat(of(extract(text, "2024-02-09"), EventType.LEADER_CALL)).isEmpty();
    }

    @Test
    void aVideoCallRecalledInAnEarlierMonthIsNotTheMeetingsDay() {
        String text = "Modi met Macron in Paris on Thursday, after the two had spoken by video link in November.";
        assertThat(of(extract(text, "2024-02-09"), EventType.LEADER_CALL)).isEmpty();
    }
}
