package io.eventwire.extract.detect;

import io.eventwire.extract.model.EventType;
import io.eventwire.extract.model.ExtractedEvent;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.eventwire.extract.detect.DetectorTestSupport.extract;
import static io.eventwire.extract.detect.DetectorTestSupport.of;
import static org.assertj.core.api.Assertions.assertThat;

/** Halts of export approvals, announced for the future, dated by the announcement (new sentences). */
class ArmsPauseGeneralityTest {

    @Test
    void approvingNoExportsUntilFurtherNoticeIsAPauseOnTheAnnouncementDay() {
        List<ExtractedEvent> ev = of(extract("Prime Minister Mark Carney announced on Friday that Canada would, until "
                + "further notice, approve no exports of military equipment to Israel.", "2025-08-11"),
                EventType.ARMS_PAUSE);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).supplier()).isEqualTo("CAN");
        assertThat(ev.get(0).recipient()).isEqualTo("ISR");
        assertThat(ev.get(0).date()).isEqualTo(LocalDate.of(2025, 8, 8));
    }

    @Test
    void noLongerApprovingArmsExportsIsAPause() {
        List<ExtractedEvent> ev = of(extract("Canada will no longer approve arms exports to Israel, the foreign "
                + "minister said on Friday.", "2025-08-11"), EventType.ARMS_PAUSE);
        assertThat(ev).hasSize(1);
    }

    @Test
    void approvedExportsAreNoPause() {
        assertThat(of(extract("Canada approved arms exports to Israel worth 30 million dollars last year, the "
                + "ministry said on Friday.", "2025-08-11"), EventType.ARMS_PAUSE)).isEmpty();
    }
}
