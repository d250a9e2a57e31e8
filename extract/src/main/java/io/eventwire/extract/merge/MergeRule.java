package io.eventwire.extract.merge;

import io.eventwire.schemas.Actor;
import io.eventwire.schemas.ActorRole;
import io.eventwire.schemas.Count;
import io.eventwire.schemas.Event;
import io.eventwire.schemas.Strike;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * When two reports describe the same real-world event. Two events are the same when all of these hold:
 * <ol>
 *   <li>same type and the same key actors: a call's participant countries and status; an arms pause's supplier and
 *       recipient; a swap's parties; a strike's country (where it landed);</li>
 *   <li>a strike also needs the same attacker (or one report names none), compatible places (one unnamed, or one
 *       name contains the other: "Kharkiv" and "Kharkiv region"), and tolls that are not clearly different
 *       (both reported and the higher one more than twice the lower plus {@value #TOLL_SLACK});</li>
 *   <li>dates equal or at most {@code dayTolerance} days apart; where either report has no date, articles
 *       published (or, without a publication time, ingested) within {@code undatedWindow} of each other;</li>
 *   <li>the event was last reported less than {@code retention} ago (stream time): after that it is closed and
 *       a new report starts a new event.</li>
 * </ol>
 * Two events found in the same article are never merged: the extractor already merged what it could there.
 */
public record MergeRule(Duration retention, int dayTolerance, Duration undatedWindow) {

    static final int TOLL_SLACK = 2;

    public static MergeRule defaults() {
        return new MergeRule(Duration.ofDays(7), 1, Duration.ofHours(48));
    }

    public MergeRule withRetention(Duration newRetention) {
        return new MergeRule(newRetention, dayTolerance, undatedWindow);
    }

    /**
     * The part of the rule every report of one event shares exactly, used to bring candidate reports together
     * (the partition key of the merge step).
     */
    public static String candidateKey(Event event) {
        StringBuilder key = new StringBuilder(event.getType().name());
        switch (event.getType()) {
            case LEADER_CALL -> key.append('|').append(event.getStatus()).append('|').append(countries(event, ActorRole.PARTICIPANT));
            case ARMS_PAUSE -> key.append('|').append(countries(event, ActorRole.SUPPLIER))
                    .append('>').append(countries(event, ActorRole.RECIPIENT));
            case PRISONER_SWAP -> key.append('|').append(countries(event, ActorRole.PARTY));
            case STRIKE -> key.append('|').append(event.getLocation() == null ? "" : Objects.toString(event.getLocation().getCountry(), ""));
        }
        return key.toString();
    }

    /** Whether {@code report} (one article's event) describes the same real-world event as {@code known}. */
    public boolean sameEvent(Event known, Event report) {
        if (!candidateKey(known).equals(candidateKey(report))) {
            return false;
        }
        if (report.getSources().stream().anyMatch(s -> known.getSources().stream()
                .anyMatch(k -> k.getArticleId().equals(s.getArticleId())))) {
            return false;
        }
        return switch (known.getType()) {
            case STRIKE -> sameStrike(known, report) && closeInTime(known, report);
            default -> closeInTime(known, report);
        };
    }

    /**
     * Whether the report can join a group of reports of one event: it is the same event as the group's merged
     * form, and it stays close in time to EVERY report of the group, so that a group cannot drift day by day into
     * a chain of different events.
     */
    public boolean fitsGroup(Event merged, List<Event> group, Event report) {
        return sameEvent(merged, report) && group.stream().allMatch(known -> closeInTime(known, report));
    }

    /** Days between the dates, or -1 if either is unknown. */
    static long daysApart(LocalDate a, LocalDate b) {
        return a == null || b == null ? -1 : Math.abs(ChronoUnit.DAYS.between(a, b));
    }

    private boolean closeInTime(Event known, Event report) {
        long days = daysApart(known.getDate(), report.getDate());
        if (days >= 0) {
            return days <= dayTolerance;
        }
        Instant reported = published(report);
        return reported != null && known.getSources().stream()
                .map(s -> s.getPublishedAt() != null ? s.getPublishedAt() : known.getFirstSeen())
                .anyMatch(t -> t != null && Duration.between(t, reported).abs().compareTo(undatedWindow) <= 0);
    }

    private static boolean sameStrike(Event known, Event report) {
        String attackerA = countries(known, ActorRole.ATTACKER);
        String attackerB = countries(report, ActorRole.ATTACKER);
        if (!attackerA.isEmpty() && !attackerB.isEmpty() && !attackerA.equals(attackerB)) {
            return false;
        }
        if (!placesCompatible(place(known), place(report))) {
            return false;
        }
        return !clearlyDifferent(killed(known), killed(report));
    }

    static boolean placesCompatible(String a, String b) {
        if (a == null || b == null) {
            return true;
        }
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        return x.contains(y) || y.contains(x);
    }

    static boolean clearlyDifferent(Integer a, Integer b) {
        if (a == null || b == null) {
            return false;
        }
        return Math.max(a, b) > 2 * Math.min(a, b) + TOLL_SLACK;
    }

    private static Integer killed(Event event) {
        if (event.getDetails() instanceof Strike strike) {
            Count count = strike.getKilledHighest() != null ? strike.getKilledHighest() : strike.getKilled();
            return count == null ? null : count.getValue();
        }
        return null;
    }

    private static String place(Event event) {
        return event.getLocation() == null ? null : event.getLocation().getName();
    }

    /** Publication time of the report's article, or its ingestion time where the publisher gave none. */
    private static Instant published(Event report) {
        Instant published = report.getSources().isEmpty() ? null : report.getSources().get(0).getPublishedAt();
        return published != null ? published : report.getFirstSeen();
    }

    static String countries(Event event, ActorRole role) {
        return event.getActors().stream().filter(a -> a.getRole() == role).map(Actor::getCountry)
                .filter(Objects::nonNull).distinct().sorted().collect(Collectors.joining(","));
    }
}
