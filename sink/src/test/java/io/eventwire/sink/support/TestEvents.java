package io.eventwire.sink.support;

import io.eventwire.schemas.Actor;
import io.eventwire.schemas.ActorRole;
import io.eventwire.schemas.ArmsPause;
import io.eventwire.schemas.Count;
import io.eventwire.schemas.DatePrecision;
import io.eventwire.schemas.Event;
import io.eventwire.schemas.EventStatus;
import io.eventwire.schemas.EventType;
import io.eventwire.schemas.LeaderCall;
import io.eventwire.schemas.Location;
import io.eventwire.schemas.Qualifier;
import io.eventwire.schemas.Source;
import io.eventwire.schemas.Strike;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Events for the sink's tests. */
public final class TestEvents {

    private TestEvents() {
    }

    public static Event strike(String id, String country, Integer killed) {
        return strike(id, country, killed == null ? null : new Count(killed, Qualifier.EXACT, null));
    }

    public static Event strike(String id, String country, Count killed) {
        return base(id, EventType.STRIKE)
                .setActors(List.of(new Actor(ActorRole.ATTACKER, "RUS", null)))
                .setLocation(new Location("Kharkiv", country))
                .setDetails(new Strike(killed, null, killed, null))
                .build();
    }

    public static Event pause(String id, String supplier, String recipient) {
        return base(id, EventType.ARMS_PAUSE)
                .setActors(List.of(new Actor(ActorRole.SUPPLIER, supplier, null),
                        new Actor(ActorRole.RECIPIENT, recipient, null)))
                .setDetails(new ArmsPause())
                .build();
    }

    public static Event call(String id, String... countries) {
        return base(id, EventType.LEADER_CALL)
                .setActors(Arrays.stream(countries).map(c -> new Actor(ActorRole.PARTICIPANT, c, null)).toList())
                .setDetails(new LeaderCall())
                .build();
    }

    public static Event.Builder base(String id, EventType type) {
        return Event.newBuilder().setEventId(id).setType(type).setCameo("190")
                .setDate(LocalDate.of(2024, 3, 11)).setDatePrecision(DatePrecision.DAY)
                .setStatus(EventStatus.OCCURRED).setLocation(null).setEvidence(List.of())
                .setSources(List.of(new Source("a1", null, "Wire", null, "hard-01", null, null)))
                .setExtractorVersion("test");
    }
}
