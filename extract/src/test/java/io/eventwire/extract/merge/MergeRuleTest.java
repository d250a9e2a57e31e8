package io.eventwire.extract.merge;

import io.eventwire.schemas.Actor;
import io.eventwire.schemas.ActorRole;
import io.eventwire.schemas.ArmsPause;
import io.eventwire.schemas.Count;
import io.eventwire.schemas.DatePrecision;
import io.eventwire.schemas.Event;
import io.eventwire.schemas.EventStatus;
import io.eventwire.schemas.EventType;
import io.eventwire.schemas.Location;
import io.eventwire.schemas.Qualifier;
import io.eventwire.schemas.Source;
import io.eventwire.schemas.Strike;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MergeRuleTest {

    private final MergeRule rule = MergeRule.defaults();

    @Test
    void datesUpToOneDayApartAreTheSameEvent() {
        assertThat(rule.sameEvent(pause("a", "2025-07-02", "2025-07-04"), pause("b", "2025-07-03", "2025-07-04"))).isTrue();
        assertThat(rule.sameEvent(pause("a", "2025-07-01", "2025-07-04"), pause("b", "2025-07-03", "2025-07-04"))).isFalse();
    }

    @Test
    void withoutADateThePublicationTimesDecide() {
        assertThat(rule.sameEvent(pause("a", null, "2025-07-04"), pause("b", "2025-07-02", "2025-07-05"))).isTrue();
        assertThat(rule.sameEvent(pause("a", null, "2025-07-01"), pause("b", "2025-07-02", "2025-07-05"))).isFalse();
    }

    @Test
    void reportsFromTheSameArticleAreNeverMerged() {
        assertThat(rule.sameEvent(pause("a", "2025-07-02", "2025-07-04"), pause("a", "2025-07-02", "2025-07-04"))).isFalse();
    }

    @Test
    void strikesNeedCompatiblePlacesAttackersAndTolls() {
        Event kharkiv = strike("a", "Kharkiv", "RUS", 4);
        assertThat(rule.sameEvent(kharkiv, strike("b", "Kharkiv region", "RUS", 6))).isTrue();
        assertThat(rule.sameEvent(kharkiv, strike("b", null, null, 5))).isTrue();
        assertThat(rule.sameEvent(kharkiv, strike("b", "Odesa", "RUS", 4))).as("another city").isFalse();
        assertThat(rule.sameEvent(kharkiv, strike("b", "Kharkiv", "BLR", 4))).as("another attacker").isFalse();
        assertThat(rule.sameEvent(kharkiv, strike("b", "Kharkiv", "RUS", 40))).as("a clearly different toll").isFalse();
    }

    @Test
    void theTollRuleToleratesRisingCounts() {
        assertThat(MergeRule.clearlyDifferent(8, 10)).isFalse();
        assertThat(MergeRule.clearlyDifferent(100, 118)).isFalse();
        assertThat(MergeRule.clearlyDifferent(3, 9)).isTrue();
        assertThat(MergeRule.clearlyDifferent(null, 9)).isFalse();
    }

    private static Event pause(String articleId, String date, String published) {
        return base(articleId, EventType.ARMS_PAUSE, date, published)
                .setActors(List.of(new Actor(ActorRole.SUPPLIER, "USA", null), new Actor(ActorRole.RECIPIENT, "UKR", null)))
                .setDetails(new ArmsPause()).build();
    }

    private static Event strike(String articleId, String place, String attacker, int killed) {
        return base(articleId, EventType.STRIKE, "2025-07-02", "2025-07-03")
                .setActors(attacker == null ? List.of() : List.of(new Actor(ActorRole.ATTACKER, attacker, null)))
                .setLocation(new Location(place, "UKR"))
                .setDetails(new Strike(new Count(killed, Qualifier.EXACT, null), null, null, null)).build();
    }

    private static Event.Builder base(String articleId, EventType type, String date, String published) {
        return Event.newBuilder().setEventId("r-" + articleId).setType(type).setCameo("x")
                .setDate(date == null ? null : LocalDate.parse(date))
                .setDatePrecision(date == null ? DatePrecision.UNKNOWN : DatePrecision.DAY)
                .setStatus(EventStatus.OCCURRED).setLocation(null).setEvidence(List.of())
                .setSources(List.of(new Source(articleId, null, null,
                        Instant.parse(published + "T00:00:00Z"), articleId, null, null)))
                .setExtractorVersion("test");
    }
}
