package io.eventwire.extract.detect;

import io.eventwire.extract.model.EventType;
import io.eventwire.extract.model.ExtractedEvent;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.eventwire.extract.detect.DetectorTestSupport.extract;
import static io.eventwire.extract.detect.DetectorTestSupport.of;
import static org.assertj.core.api.Assertions.assertThat;

class ArmsPauseDetectorTest {

    @Test
    void pauseWithSupplierRecipientAndDate() {
        String text = "Spain will suspend all arms export licences to Israel, the foreign minister said on Tuesday.";
        List<ExtractedEvent> ev = of(extract(text, "2024-05-16"), EventType.ARMS_PAUSE);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).supplier()).isEqualTo("ESP");
        assertThat(ev.get(0).recipient()).isEqualTo("ISR");
        assertThat(ev.get(0).date()).isEqualTo(LocalDate.of(2024, 5, 14));
        assertThat(ev.get(0).cameo()).isEqualTo("1622");
    }

    @Test
    void negatedSupplyVerbIsAPause() {
        String text = "Hungary will no longer send weapons to Ukraine, Prime Minister Viktor Orban said.";
        List<ExtractedEvent> ev = of(extract(text, "2024-05-16"), EventType.ARMS_PAUSE);
        assertThat(ev).extracting(ExtractedEvent::supplier).containsExactly("HUN");
        assertThat(ev).extracting(ExtractedEvent::recipient).containsExactly("UKR");
    }

    @Test
    void conditionalsScenariosDenialsAndDemandsAreNotPauses() {
        String text = "If Washington halts military aid to Kyiv, the front could collapse. "
                + "Officials discussed a scenario in which Germany suspends deliveries to Ukraine. "
                + "Berlin denied it had stopped arms exports to Israel. "
                + "Moscow has called on Western states to stop sending weapons to Ukraine.";
        assertThat(of(extract(text, "2024-05-16"), EventType.ARMS_PAUSE)).isEmpty();
    }

    @Test
    void centralBankPauseIsNotAnArmsPause() {
        String text = "The central bank paused its rate hikes on Wednesday, citing slowing inflation.";
        assertThat(extract(text, "2024-05-16")).isEmpty();
    }
}
