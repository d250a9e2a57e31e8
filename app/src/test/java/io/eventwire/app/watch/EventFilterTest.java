package io.eventwire.app.watch;

import io.eventwire.schemas.Actor;
import io.eventwire.schemas.ActorRole;
import io.eventwire.schemas.DatePrecision;
import io.eventwire.schemas.Event;
import io.eventwire.schemas.EventStatus;
import io.eventwire.schemas.EventType;
import io.eventwire.schemas.LeaderCall;
import io.eventwire.schemas.Location;
import io.eventwire.schemas.Strike;
import io.eventwire.schemas.Topics;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventFilterTest {

    private final Event call = Event.newBuilder().setEventId("c").setType(EventType.LEADER_CALL).setCameo("041")
            .setDatePrecision(DatePrecision.UNKNOWN).setStatus(EventStatus.OCCURRED)
            .setActors(List.of(new Actor(ActorRole.PARTICIPANT, "USA", null), new Actor(ActorRole.PARTICIPANT, "RUS", null)))
            .setEvidence(List.of()).setSources(List.of()).setExtractorVersion("t").setDetails(new LeaderCall()).build();
    private final Event strike = Event.newBuilder(call).setEventId("s").setType(EventType.STRIKE).setCameo("190")
            .setActors(List.of(new Actor(ActorRole.ATTACKER, "RUS", null)))
            .setLocation(new Location("Odesa", "UKR")).setDetails(new Strike()).build();

    @Test
    void typesAreTakenAsTheUserWritesThemAndPickTheirTopics() {
        EventFilter filter = EventFilter.of(List.of("leader-call", "strikes"), List.of());
        assertThat(filter.topics()).containsExactly(Topics.LEADER_CALLS, Topics.STRIKES);
        assertThat(EventFilter.of(List.of("ARMS_PAUSE"), null).topics()).containsExactly(Topics.ARMS_PAUSES);
        assertThat(EventFilter.of(List.of("events.prisoner-swaps"), null).topics()).containsExactly(Topics.PRISONER_SWAPS);
        assertThat(EventFilter.of(null, null).topics()).isEqualTo(Topics.perType());
        assertThatThrownBy(() -> EventFilter.of(List.of("riot"), null))
                .hasMessageStartingWith("unknown event type \"riot\"");
    }

    @Test
    void aCountryMatchesAnActorOrThePlace() {
        assertThat(EventFilter.of(null, List.of("ukr")).test(strike)).isTrue();
        assertThat(EventFilter.of(null, List.of("UKR")).test(call)).isFalse();
        assertThat(EventFilter.of(null, List.of("USA", "FRA")).test(call)).isTrue();
        assertThat(EventFilter.of(List.of("strike"), List.of("USA")).test(call)).isFalse();
        assertThat(EventFilter.of(null, null).test(call)).isTrue();
    }
}
