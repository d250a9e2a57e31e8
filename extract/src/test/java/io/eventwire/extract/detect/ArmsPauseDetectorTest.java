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

    @Test
    void rejectedOrDismissedReportsAreNotPauses() {
        String text = "The Dutch government on Monday dismissed media claims that the Netherlands had halted "
                + "arms deliveries to Ukraine. "
                + "Officials in Madrid rejected press reports that Spain stopped sending weapons to Kyiv, "
                + "calling them baseless. "
                + "Warsaw said there was no truth to rumours that Poland froze military aid to Ukraine.";
        assertThat(of(extract(text, "2024-03-05"), EventType.ARMS_PAUSE)).isEmpty();
    }

    @Test
    void falsityAfterTheReportedClauseNegatesIt() {
        String text = "Reports that Canada had suspended weapons shipments to Ukraine were false, a spokesman "
                + "said on Friday. No delivery has been suspended, he added.";
        assertThat(of(extract(text, "2024-03-09"), EventType.ARMS_PAUSE)).isEmpty();
    }

    @Test
    void aRealPauseNextToADeniedOneSurvives() {
        String text = "Norway paused deliveries of artillery shells to Ukraine on Tuesday. "
                + "Sweden denied reports that it had also stopped sending weapons to Kyiv.";
        List<ExtractedEvent> ev = of(extract(text, "2024-03-07"), EventType.ARMS_PAUSE);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).supplier()).isEqualTo("NOR");
    }

    @Test
    void definitePauseNounDatesThePauseToldBefore() {
        String text = "Denmark has suspended shipments of ammunition to Ukraine, its defence ministry confirmed. "
                + "Copenhagen notified Kyiv of the suspension the day after the NATO summit ended on Tuesday, "
                + "two diplomats said.";
        List<ExtractedEvent> ev = of(extract(text, "2024-03-08"), EventType.ARMS_PAUSE);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).supplier()).isEqualTo("DNK");
        assertThat(ev.get(0).date()).isEqualTo(LocalDate.of(2024, 3, 6));
    }

    @Test
    void pauseLastWeekIsNotDatedByTheReportingDay() {
        String text = "Germany halted a delivery of artillery shells to Ukraine last week, a ministry official "
                + "said on Thursday.";
        List<ExtractedEvent> ev = of(extract(text, "2024-05-10"), EventType.ARMS_PAUSE);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).date()).isNull();
        String text2 = "Germany halted a delivery of artillery shells to Ukraine on Tuesday, a ministry official "
                + "said on Thursday.";
        assertThat(of(extract(text2, "2024-05-10"), EventType.ARMS_PAUSE).get(0).date())
                .isEqualTo(LocalDate.of(2024, 5, 7));
    }

    @Test
    void holdsOnShipmentsAndNewKindsOfMaterielArePauses() {
        String[] shapes = {
                "Norway said on Tuesday it had put on hold all licences for arms exports to Turkey.",
                "Norway blocked a shipment of explosives bound for Turkey on Tuesday."};
        for (String text : shapes) {
            List<ExtractedEvent> ev = of(extract(text, "2024-10-09"), EventType.ARMS_PAUSE);
            assertThat(ev).as(text).hasSize(1);
            assertThat(ev.get(0).supplier()).as(text).isEqualTo("NOR");
            assertThat(ev.get(0).recipient()).as(text).isEqualTo("TUR");
        }
    }
}
