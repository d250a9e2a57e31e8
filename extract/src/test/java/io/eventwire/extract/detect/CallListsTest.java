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

/** Calls told with lists of leaders, leaders spelled with diacritics, reported plans, more heads of state. */
class CallListsTest {

    private static List<ExtractedEvent> calls(String text, String published) {
        return of(extract(text, published), EventType.LEADER_CALL);
    }

    @Test
    void aListOfThreeLeadersAsSubjectIsOneCallOfAll() {
        String text = "The presidents of the three Baltic states, Estonia's Alar Karis, Latvia's Edgars Rinkevics and "
                + "Lithuania's Gitanas Nauseda, held a video call on Monday on air defence, Karis's office said.";
        List<ExtractedEvent> c = calls(text, "2025-03-11");
        assertThat(c).hasSize(1);
        assertThat(c.get(0).participants()).containsExactly("EST", "LTU", "LVA");
        assertThat(c.get(0).date()).isEqualTo(LocalDate.of(2025, 3, 10));
    }

    @Test
    void oneLeaderSpeakingWithTwoOthersMakesTwoCalls() {
        String text = "Zelensky said he had discussed the night's attacks by phone on Tuesday with German Chancellor "
                + "Olaf Scholz and Polish President Andrzej Duda.";
        List<ExtractedEvent> c = calls(text, "2024-02-14");
        assertThat(c).extracting(ExtractedEvent::participants)
                .containsExactlyInAnyOrder(List.of("DEU", "UKR"), List.of("POL", "UKR"));
    }

    @Test
    void aConferenceCallWithTwoOthersIsOneCall() {
        String text = "Zelensky held a conference call with German Chancellor Olaf Scholz and Polish President "
                + "Andrzej Duda on Tuesday.";
        List<ExtractedEvent> c = calls(text, "2024-02-14");
        assertThat(c).hasSize(1);
        assertThat(c.get(0).participants()).containsExactly("DEU", "POL", "UKR");
    }

    @Test
    void twoLeadersAsSubjectStayOnePair() {
        String text = "French President Emmanuel Macron and German Chancellor Olaf Scholz spoke by phone on Monday.";
        assertThat(calls(text, "2024-02-14")).extracting(ExtractedEvent::participants)
                .containsExactly(List.of("DEU", "FRA"));
    }

    @Test
    void aLeaderIsReportedAsTheArticleSpellsHim() {
        String text = "Mali's leader Assimi Goïta spoke by phone on Sunday with Senegal's President Bassirou "
                + "Diomaye Faye.";
        assertThat(calls(text, "2025-06-02").get(0).leaders()).contains("Goïta", "Faye");
        String plain = "Mali's leader Assimi Goita spoke by phone on Sunday with Senegal's President Bassirou "
                + "Diomaye Faye.";
        assertThat(calls(plain, "2025-06-02").get(0).leaders()).contains("Goita");
    }

    @Test
    void aReportedWouldAfterAndThatIsAPlan() {
        String text = "A Kremlin aide said the talks had been useful, and that President Vladimir Putin and "
                + "President Emmanuel Macron would speak by phone in the coming days.";
        List<ExtractedEvent> c = calls(text, "2024-02-14");
        assertThat(c).hasSize(1);
        assertThat(c.get(0).status()).isEqualTo(EventStatus.PLANNED);
        assertThat(c.get(0).date()).isNull();
        String conditional = "The minister said the plan was sound, and that if needed Macron and Scholz would "
                + "speak by phone.";
        assertThat(calls(conditional, "2024-02-14")).isEmpty();
    }

    @Test
    void moreHeadsOfStateAreKnown() {
        String gulf = "The Swedish prime minister, Ulf Kristersson, thanked Oman's Sultan Haitham bin Tariq for his "
                + "help in a phone call on Saturday, his office said.";
        ExtractedEvent c = calls(gulf, "2024-06-16").get(0);
        assertThat(c.participants()).containsExactly("OMN", "SWE");
        assertThat(c.date()).isEqualTo(LocalDate.of(2024, 6, 15));
        String caucasus = "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev spoke by "
                + "phone on Friday.";
        assertThat(calls(caucasus, "2023-05-06").get(0).participants()).containsExactly("ARM", "AZE");
    }
}
