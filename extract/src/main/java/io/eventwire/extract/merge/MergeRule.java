package io.eventwire.extract.merge;

import io.eventwire.schemas.Actor;
import io.eventwire.schemas.ActorRole;
import io.eventwire.schemas.Event;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
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
 * A report joins an event only if it is the same event as every report of it (tolls: as its highest one), so an
 * event cannot drift day by day into a chain of different events. How reports are grouped where one fits several
 * events is {@link OpenEvents}' business.
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

    /** Whether two single-article reports describe the same real-world event. */
    public boolean sameEvent(Event known, Event report) {
        return candidateKey(known).equals(candidateKey(report))
                && sameEvent(ReportFacts.of(known, 0), ReportFacts.of(report, 0));
    }

    /** The rule on two reports already known to share the candidate key. */
    boolean sameEvent(ReportFacts a, ReportFacts b) {
        return fitsGroup(List.of(a), b);
    }

    /**
     * Whether a report can join a group of reports of one event (all of one candidate key): it fits EVERY report
     * of the group (so a group cannot drift day by day, or from place to place, into a chain of different events)
     * and its toll is not clearly different from the highest the group reported (tolls rise as news comes in).
     */
    boolean fitsGroup(Collection<ReportFacts> group, ReportFacts report) {
        Integer highestKilled = null;
        for (ReportFacts known : group) {
            if (sharesAnArticle(known, report) || !attackersCompatible(known.attacker(), report.attacker())
                    || !placesCompatible(known.place(), report.place()) || !closeInTime(known, report)) {
                return false;
            }
            if (known.killed() != null && (highestKilled == null || known.killed() > highestKilled)) {
                highestKilled = known.killed();
            }
        }
        return !clearlyDifferent(highestKilled, report.killed());
    }

    static boolean sharesAnArticle(ReportFacts a, ReportFacts b) {
        for (String article : b.articleIds()) {
            if (a.articleIds().contains(article)) {
                return true;
            }
        }
        return false;
    }

    static boolean attackersCompatible(String a, String b) {
        return a.isEmpty() || b.isEmpty() || a.equals(b);
    }

    /** Days between the dates, or -1 if either is unknown. */
    static long daysApart(LocalDate a, LocalDate b) {
        return a == null || b == null ? -1 : Math.abs(ChronoUnit.DAYS.between(a, b));
    }

    boolean closeInTime(ReportFacts a, ReportFacts b) {
        long days = daysApart(a.date(), b.date());
        if (days >= 0) {
            return days <= dayTolerance;
        }
        return a.published() != null && b.published() != null
                && Duration.between(a.published(), b.published()).abs().compareTo(undatedWindow) <= 0;
    }

    /** Places as {@link ReportFacts} keeps them, lower-cased. */
    static boolean placesCompatible(String a, String b) {
        if (a == null || b == null) {
            return true;
        }
        return a.contains(b) || b.contains(a);
    }

    static boolean clearlyDifferent(Integer a, Integer b) {
        if (a == null || b == null) {
            return false;
        }
        return Math.max(a, b) > 2 * Math.min(a, b) + TOLL_SLACK;
    }

    static String countries(Event event, ActorRole role) {
        return event.getActors().stream().filter(a -> a.getRole() == role).map(Actor::getCountry)
                .filter(Objects::nonNull).distinct().sorted().collect(Collectors.joining(","));
    }
}
