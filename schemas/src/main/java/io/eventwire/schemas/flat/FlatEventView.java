package io.eventwire.schemas.flat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventwire.schemas.Actor;
import io.eventwire.schemas.ActorRole;
import io.eventwire.schemas.Count;
import io.eventwire.schemas.Event;
import io.eventwire.schemas.Evidence;
import io.eventwire.schemas.PrisonerSwap;
import io.eventwire.schemas.ReleasedCount;
import io.eventwire.schemas.Source;
import io.eventwire.schemas.Strike;

import java.util.List;
import java.util.Objects;

/**
 * The flat JSON view of an event: the slot names of the evaluation gold format (type, date, status, participants,
 * leaders, supplier, recipient, parties, released, country, location, attacker, killed, wounded) plus eventId,
 * cameo, evidence, sources (with each source's own tolls for strikes), reportCount, firstSeen, lastSeen, the
 * highest tolls reported (killedHighest, woundedHighest) and case. Used by {@code --json}, the events.json topic and evaluation.
 */
public final class FlatEventView {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FlatEventView() {
    }

    public static String toJsonLine(Event event) {
        return toJson(event).toString();
    }

    public static ObjectNode toJson(Event event) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("eventId", event.getEventId());
        json.put("case", caseOf(event));
        json.put("type", event.getType().name());
        json.put("cameo", event.getCameo());
        json.put("date", event.getDate() == null ? null : event.getDate().toString());
        json.put("status", event.getStatus().name());
        switch (event.getType()) {
            case LEADER_CALL -> {
                json.set("participants", countries(event.getActors(), ActorRole.PARTICIPANT));
                ArrayNode leaders = json.putArray("leaders");
                event.getActors().stream()
                        .filter(a -> a.getRole() == ActorRole.PARTICIPANT && a.getName() != null)
                        .forEach(a -> leaders.add(a.getName()));
            }
            case ARMS_PAUSE -> {
                json.put("supplier", firstCountry(event.getActors(), ActorRole.SUPPLIER));
                json.put("recipient", firstCountry(event.getActors(), ActorRole.RECIPIENT));
            }
            case PRISONER_SWAP -> {
                json.set("parties", countries(event.getActors(), ActorRole.PARTY));
                ObjectNode released = json.putObject("released");
                if (event.getDetails() instanceof PrisonerSwap swap) {
                    for (ReleasedCount count : swap.getReleased()) {
                        if (count.getCount().getValue() != null) {
                            released.put(count.getToCountry(), count.getCount().getValue());
                        }
                    }
                }
            }
            case STRIKE -> {
                json.put("country", event.getLocation() == null ? null : event.getLocation().getCountry());
                json.put("location", event.getLocation() == null ? null : event.getLocation().getName());
                json.put("attacker", firstCountry(event.getActors(), ActorRole.ATTACKER));
                Strike strike = event.getDetails() instanceof Strike s ? s : null;
                json.set("killed", strike == null ? null : count(strike.getKilled()));
                json.set("wounded", strike == null ? null : count(strike.getWounded()));
                json.set("killedHighest", strike == null ? null : count(strike.getKilledHighest()));
                json.set("woundedHighest", strike == null ? null : count(strike.getWoundedHighest()));
            }
        }
        ArrayNode evidence = json.putArray("evidence");
        for (Evidence e : event.getEvidence()) {
            evidence.addObject().put("articleId", e.getArticleId()).put("text", e.getText())
                    .put("start", e.getStart()).put("end", e.getEnd());
        }
        ArrayNode sources = json.putArray("sources");
        for (Source s : event.getSources()) {
            ObjectNode source = sources.addObject();
            source.put("articleId", s.getArticleId());
            source.put("publisher", s.getPublisher());
            source.put("url", s.getUrl());
            source.put("publishedAt", s.getPublishedAt() == null ? null : s.getPublishedAt().toString());
            source.put("origin", s.getOrigin());
            if (event.getType() == io.eventwire.schemas.EventType.STRIKE) {
                source.set("killed", count(s.getKilled()));
                source.set("wounded", count(s.getWounded()));
            }
        }
        json.put("reportCount", event.getReportCount());
        json.put("firstSeen", event.getFirstSeen() == null ? null : event.getFirstSeen().toString());
        json.put("lastSeen", event.getLastSeen() == null ? null : event.getLastSeen().toString());
        json.put("extractorVersion", event.getExtractorVersion());
        return json;
    }

    /** The input file's stem the event was read from: the origin of its first source, without a line suffix. */
    public static String caseOf(Event event) {
        return event.getSources().stream()
                .map(Source::getOrigin)
                .filter(Objects::nonNull)
                .map(origin -> origin.contains(":") ? origin.substring(0, origin.indexOf(':')) : origin)
                .findFirst()
                .orElse(null);
    }

    private static ObjectNode count(Count count) {
        if (count == null) {
            return null;
        }
        ObjectNode json = MAPPER.createObjectNode();
        if (count.getValue() == null) {
            json.putNull("value");
        } else {
            json.put("value", count.getValue());
        }
        json.put("qualifier", count.getQualifier().name());
        if (count.getVague() != null) {
            json.put("vague", count.getVague());
        }
        return json;
    }

    private static ArrayNode countries(List<Actor> actors, ActorRole role) {
        ArrayNode array = MAPPER.createArrayNode();
        actors.stream().filter(a -> a.getRole() == role && a.getCountry() != null)
                .map(Actor::getCountry).distinct().sorted().forEach(array::add);
        return array;
    }

    private static String firstCountry(List<Actor> actors, ActorRole role) {
        return actors.stream().filter(a -> a.getRole() == role).map(Actor::getCountry)
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

}
