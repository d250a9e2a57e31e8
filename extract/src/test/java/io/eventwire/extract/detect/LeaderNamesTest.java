package io.eventwire.extract.detect;

import io.eventwire.extract.model.EventType;
import io.eventwire.extract.model.ExtractedEvent;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.eventwire.extract.detect.DetectorTestSupport.extract;
import static io.eventwire.extract.detect.DetectorTestSupport.of;
import static org.assertj.core.api.Assertions.assertThat;

/** Names reported for leaders known by given name and dynasty (new sentences). */
class LeaderNamesTest {

    @Test
    void theEmirOfQatarIsNamedSoThatGivenNameAndDynastyBothMatch() {
        List<ExtractedEvent> ev = of(extract("Emmanuel Macron spoke by phone with the Emir of Qatar on Monday about "
                + "the hostages.", "2024-02-14"), EventType.LEADER_CALL);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).leaders()).anyMatch(n -> n.contains("Tamim") && n.contains("Al Thani"));
    }

    @Test
    void theDynastyAloneStillFindsTheEmir() {
        List<ExtractedEvent> ev = of(extract("Emmanuel Macron spoke by phone with Sheikh Tamim on Monday.",
                "2024-02-14"), EventType.LEADER_CALL);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).participants()).contains("QAT", "FRA");
    }
}
