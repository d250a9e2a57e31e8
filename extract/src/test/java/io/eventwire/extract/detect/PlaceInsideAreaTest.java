package io.eventwire.extract.detect;

import io.eventwire.extract.model.EventType;
import io.eventwire.extract.model.ExtractedEvent;
import org.junit.jupiter.api.Test;

import static io.eventwire.extract.detect.DetectorTestSupport.extract;
import static io.eventwire.extract.detect.DetectorTestSupport.of;
import static org.assertj.core.api.Assertions.assertThat;

/** Strike places: an unknown name inside a known area, a township over its region, Arabic article names. */
class PlaceInsideAreaTest {

    private static ExtractedEvent strike(String text, String published) {
        return of(extract(text, published), EventType.STRIKE).get(0);
    }

    @Test
    void anUnknownNameInsideAKnownAreaIsThePlace() {
        ExtractedEvent s = strike("Army aircraft bombed a market in Umm Kadada, in North Darfur, on Monday, killing at "
                + "least 20 people, activists said.", "2024-12-10");
        assertThat(s.location()).isEqualTo("Umm Kadada");
        assertThat(s.country()).isEqualTo("SDN");
    }

    @Test
    void aTownshipIsMoreSpecificThanTheRegionNamedAfterACity() {
        ExtractedEvent s = strike("Twelve people were killed when a military jet bombed a village in Kani township in "
                + "Myanmar's Sagaing region on Sunday, residents said.", "2024-09-17");
        assertThat(s.location()).isEqualTo("Kani");
    }

    @Test
    void aTownWithTheArabicArticleIsNamedNotItsReferenceCity() {
        ExtractedEvent s = strike("Israeli drone strikes near the town of al-Qadam, about 10 km south of Damascus, "
                + "killed four Syrian soldiers on Tuesday.", "2025-08-27");
        assertThat(s.location()).isEqualTo("al-Qadam");
        assertThat(s.attacker()).isEqualTo("ISR");
    }
}
