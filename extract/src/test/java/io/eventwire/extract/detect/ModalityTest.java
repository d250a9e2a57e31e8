package io.eventwire.extract.detect;

import io.eventwire.extract.reference.ReferenceData;
import io.eventwire.extract.text.Sentence;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ModalityTest {

    private static final ReferenceData REF = ReferenceData.load();

    private static Modality.Kind at(String s, String trigger) {
        Analysis a = new Analysis(s, new Sentence(0, s.length(), 0, false), 0, 0, REF, LocalDate.of(2024, 1, 1));
        int t = a.find(0, a.size(), trigger);
        assertThat(t).as(trigger).isGreaterThanOrEqualTo(0);
        return Modality.of(a, 0, a.size(), t);
    }

    @Test
    void kinds() {
        assertThat(at("Russia struck the port on Monday.", "struck")).isEqualTo(Modality.Kind.OCCURRED);
        assertThat(at("Macron will speak with Xi on Friday.", "speak")).isEqualTo(Modality.Kind.PLANNED);
        assertThat(at("Scholz plans to call Putin next week.", "call")).isEqualTo(Modality.Kind.PLANNED);
        assertThat(at("The army did not strike the hospital.", "strike")).isEqualTo(Modality.Kind.NEGATED);
        assertThat(at("Moscow denies shelling the town.", "shelling")).isEqualTo(Modality.Kind.NEGATED);
        assertThat(at("If the US halts aid, Kyiv suffers.", "halts")).isEqualTo(Modality.Kind.HYPOTHETICAL);
        assertThat(at("The EU called for a halt to arms sales.", "halt")).isEqualTo(Modality.Kind.CALL_FOR);
        assertThat(at("A glide bomb may have killed up to 15 people.", "killed")).isEqualTo(Modality.Kind.OCCURRED);
    }
}
