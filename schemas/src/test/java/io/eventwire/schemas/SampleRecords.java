package io.eventwire.schemas;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Hand-built records covering every schema branch (union details, logical types, nulls). */
public final class SampleRecords {

    private SampleRecords() {
    }

    public static Event strike() {
        return Event.newBuilder()
                .setEventId("evt-strike-1")
                .setType(EventType.STRIKE)
                .setCameo("195")
                .setDate(LocalDate.of(2025, 7, 3))
                .setDatePrecision(DatePrecision.DAY)
                .setStatus(EventStatus.OCCURRED)
                .setActors(List.of(new Actor(ActorRole.ATTACKER, "RUS", null)))
                .setLocation(new Location("Odesa", "UKR"))
                .setEvidence(List.of(new Evidence("art-1", "A missile hit Odesa on Thursday, killing at least 4.", 10, 62)))
                .setSources(List.of(new Source("art-1", "https://example.org/a", "Example Wire",
                        Instant.parse("2025-07-04T00:00:00Z"), "sample-04-strike", new Count(4, Qualifier.AT_LEAST, null), null)))
                .setExtractorVersion("test")
                .setReportCount(1)
                .setFirstSeen(Instant.parse("2025-07-04T08:30:00Z"))
                .setLastSeen(Instant.parse("2025-07-04T08:30:00Z"))
                .setDetails(new Strike(new Count(4, Qualifier.AT_LEAST, null), new Count(null, Qualifier.AT_LEAST, "dozens"),
                        new Count(4, Qualifier.AT_LEAST, null), null))
                .build();
    }

    public static Event call() {
        return Event.newBuilder()
                .setEventId("evt-call-1")
                .setType(EventType.LEADER_CALL)
                .setCameo("041")
                .setDate(null)
                .setDatePrecision(DatePrecision.UNKNOWN)
                .setStatus(EventStatus.PLANNED)
                .setActors(List.of(new Actor(ActorRole.PARTICIPANT, "USA", "Trump"),
                        new Actor(ActorRole.PARTICIPANT, "RUS", "Putin")))
                .setLocation(null)
                .setEvidence(List.of())
                .setSources(List.of(new Source("art-2", null, null, null, "seed-000", null, null)))
                .setExtractorVersion("test")
                .setDetails(new LeaderCall())
                .build();
    }

    public static Event swap() {
        return Event.newBuilder(call())
                .setEventId("evt-swap-1")
                .setType(EventType.PRISONER_SWAP)
                .setCameo("0841")
                .setStatus(EventStatus.OCCURRED)
                .setActors(List.of(new Actor(ActorRole.PARTY, "UKR", null), new Actor(ActorRole.PARTY, "RUS", null)))
                .setDetails(new PrisonerSwap(List.of(new ReleasedCount("UKR", new Count(84, Qualifier.EXACT, null)))))
                .build();
    }

    public static RawArticle article() {
        return RawArticle.newBuilder()
                .setArticleId("0123456789abcdef0123456789abcdef")
                .setUrl("https://example.org/a")
                .setPublisher("Example Wire")
                .setPublishedAt(Instant.parse("2025-07-04T00:00:00Z"))
                .setFetchedAt(Instant.parse("2025-07-04T08:30:00Z"))
                .setTitle("A title")
                .setBody("Body text.")
                .setContentType("text/plain")
                .setOrigin("sample-01")
                .build();
    }

    public static Alert alert() {
        return new Alert("alert-1", "strike-killed-10", "evt-strike-1", strike(), Instant.parse("2025-07-04T09:00:00Z"));
    }

    public static DeadLetter deadLetter() {
        return new DeadLetter("ingest", "empty file", "samples/empty.txt", java.nio.ByteBuffer.wrap(new byte[0]),
                Instant.parse("2025-07-04T09:00:00Z"));
    }

    /** One sample of each published record, by record name. */
    public static org.apache.avro.specific.SpecificRecord byName(String name) {
        return switch (name) {
            case "Event" -> strike();
            case "RawArticle" -> article();
            case "Alert" -> alert();
            case "DeadLetter" -> deadLetter();
            default -> throw new IllegalArgumentException("no sample for " + name);
        };
    }
}
