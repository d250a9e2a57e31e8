package io.eventwire.extract.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One event found in one article, in the slot layout of the gold format (countries are ISO 3166-1 alpha-3).
 * Slots that do not belong to the event's type are null or empty.
 *
 * @param type         event type
 * @param cameo        CAMEO code (041, 1622, 0841, 190 or 195)
 * @param date         the day the event happened (or is planned for), null when a careful reader cannot pin it
 * @param status       OCCURRED or PLANNED
 * @param participants LEADER_CALL: countries of the participants, sorted
 * @param leaders      LEADER_CALL: leaders' surnames, in the order of their countries
 * @param supplier     ARMS_PAUSE: supplying country
 * @param recipient    ARMS_PAUSE: receiving country
 * @param parties      PRISONER_SWAP: countries exchanging prisoners, sorted
 * @param released     PRISONER_SWAP: persons returned to each country, where stated
 * @param country      STRIKE: country where the strike landed
 * @param location     STRIKE: most specific named place, or null
 * @param attacker     STRIKE: country whose forces struck, or null
 * @param killed       STRIKE: people killed, or null if no number is reported
 * @param wounded      STRIKE: people wounded, or null
 * @param publisher    publisher of the story the event came from, when the page names one per story, else null
 * @param evidence     the sentences the event came from, in text order
 */
public record ExtractedEvent(
        EventType type,
        String cameo,
        LocalDate date,
        EventStatus status,
        List<String> participants,
        List<String> leaders,
        String supplier,
        String recipient,
        List<String> parties,
        Map<String, Count> released,
        String country,
        String location,
        String attacker,
        Count killed,
        Count wounded,
        String publisher,
        List<Evidence> evidence) {

    public ExtractedEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        cameo = cameo == null ? type.defaultCameo() : cameo;
        participants = participants == null ? List.of() : List.copyOf(participants);
        leaders = leaders == null ? List.of() : List.copyOf(leaders);
        parties = parties == null ? List.of() : List.copyOf(parties);
        released = released == null ? Map.of() : Map.copyOf(released);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
