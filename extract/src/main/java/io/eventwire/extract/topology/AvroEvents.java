package io.eventwire.extract.topology;

import io.eventwire.extract.model.Count;
import io.eventwire.extract.model.ExtractedEvent;
import io.eventwire.schemas.Actor;
import io.eventwire.schemas.ActorRole;
import io.eventwire.schemas.ArmsPause;
import io.eventwire.schemas.DatePrecision;
import io.eventwire.schemas.Event;
import io.eventwire.schemas.EventStatus;
import io.eventwire.schemas.EventType;
import io.eventwire.schemas.Evidence;
import io.eventwire.schemas.LeaderCall;
import io.eventwire.schemas.Location;
import io.eventwire.schemas.PrisonerSwap;
import io.eventwire.schemas.Qualifier;
import io.eventwire.schemas.RawArticle;
import io.eventwire.schemas.ReleasedCount;
import io.eventwire.schemas.Source;
import io.eventwire.schemas.Strike;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;

/** Maps the extractor's events to the published Avro {@link Event}, with their source article. */
public final class AvroEvents {

    private AvroEvents() {
    }

    public static Event toAvro(ExtractedEvent e, RawArticle article, String extractorVersion) {
        List<Actor> actors = new ArrayList<>();
        Object details;
        Location location = null;
        switch (e.type()) {
            case LEADER_CALL -> {
                // Leaders are listed in the order of their countries (see ExtractedEvent).
                for (int i = 0; i < e.participants().size(); i++) {
                    String leader = i < e.leaders().size() ? e.leaders().get(i) : null;
                    actors.add(new Actor(ActorRole.PARTICIPANT, e.participants().get(i), leader));
                }
                for (int i = e.participants().size(); i < e.leaders().size(); i++) {
                    actors.add(new Actor(ActorRole.PARTICIPANT, null, e.leaders().get(i)));
                }
                details = new LeaderCall();
            }
            case ARMS_PAUSE -> {
                actors.add(new Actor(ActorRole.SUPPLIER, e.supplier(), null));
                actors.add(new Actor(ActorRole.RECIPIENT, e.recipient(), null));
                details = new ArmsPause();
            }
            case PRISONER_SWAP -> {
                e.parties().forEach(party -> actors.add(new Actor(ActorRole.PARTY, party, null)));
                List<ReleasedCount> released = new ArrayList<>();
                new TreeMap<>(e.released()).forEach((country, count) -> released.add(new ReleasedCount(country, count(count))));
                details = new PrisonerSwap(released);
            }
            case STRIKE -> {
                if (e.attacker() != null) {
                    actors.add(new Actor(ActorRole.ATTACKER, e.attacker(), null));
                }
                location = e.country() == null && e.location() == null ? null : new Location(e.location(), e.country());
                details = new Strike(count(e.killed()), count(e.wounded()), count(e.killed()), count(e.wounded()));
            }
            default -> throw new IllegalArgumentException("unknown type " + e.type());
        }
        List<Evidence> evidence = e.evidence().stream()
                .map(ev -> new Evidence(article.getArticleId(), ev.text(), ev.start(), ev.end()))
                .toList();
        String publisher = e.publisher() != null ? e.publisher() : article.getPublisher();
        Source source = new Source(article.getArticleId(), article.getUrl(), publisher, article.getPublishedAt(),
                article.getOrigin(), count(e.killed()), count(e.wounded()));
        return Event.newBuilder()
                .setEventId(eventId(e, article.getArticleId()))
                .setType(EventType.valueOf(e.type().name()))
                .setCameo(e.cameo())
                .setDate(e.date())
                .setDatePrecision(e.date() == null ? DatePrecision.UNKNOWN : DatePrecision.DAY)
                .setStatus(EventStatus.valueOf(e.status().name()))
                .setActors(actors)
                .setLocation(location)
                .setEvidence(evidence)
                .setSources(List.of(source))
                .setReportCount(1)
                .setFirstSeen(article.getFetchedAt())
                .setLastSeen(article.getFetchedAt())
                .setExtractorVersion(extractorVersion)
                .setDetails(details)
                .build();
    }

    /**
     * A stable id for one event as reported by one article: the same article always yields the same ids, so
     * re-processing it overwrites rather than duplicates on the compacted events topic.
     */
    static String eventId(ExtractedEvent e, String articleId) {
        StringBuilder key = new StringBuilder(articleId).append('|').append(e.type()).append('|').append(e.status())
                .append('|').append(e.date());
        switch (e.type()) {
            case LEADER_CALL -> key.append('|').append(String.join(",", e.participants()));
            case ARMS_PAUSE -> key.append('|').append(e.supplier()).append('>').append(e.recipient());
            case PRISONER_SWAP -> key.append('|').append(String.join(",", e.parties()));
            case STRIKE -> key.append('|').append(e.country()).append('|').append(e.location())
                    .append('|').append(e.attacker()).append('|').append(e.killed());
            default -> throw new IllegalArgumentException("unknown type " + e.type());
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", ex);
        }
    }

    private static io.eventwire.schemas.Count count(Count count) {
        if (count == null) {
            return null;
        }
        return new io.eventwire.schemas.Count(count.value(), Qualifier.valueOf(count.qualifier().name()), count.vague());
    }

}
