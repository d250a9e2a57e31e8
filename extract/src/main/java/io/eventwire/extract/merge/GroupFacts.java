package io.eventwire.extract.merge;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * What {@link MergeRule#fitsGroup} needs to know of a group of reports, kept up as reports join, so that the rule
 * is tested against a group in constant time (one containment test per distinct place) instead of one pass over
 * its reports: the merge step tests every report against every open event near its date. {@link #fits} gives what
 * {@code fitsGroup} gives for the same reports. Mutable; one per open event.
 */
final class GroupFacts {

    private final Set<String> articleIds = new HashSet<>(4);
    /** Distinct non-empty attacker codes and non-null places (lower-cased) of the reports. */
    private final Set<String> attackers = new HashSet<>(2);
    private final Set<String> places = new HashSet<>(2);
    private Integer highestKilled;
    /** Earliest and latest date of the dated reports; null if none has one. */
    private LocalDate firstDate;
    private LocalDate lastDate;
    /** Publication span of all reports, and of the undated ones (compared with every report by publication). */
    private final PublicationSpan all = new PublicationSpan();
    private final PublicationSpan undated = new PublicationSpan();

    /** Earliest and latest publication time of some reports, and whether every one of them has one. */
    private static final class PublicationSpan {
        int reports;
        boolean allPublished = true;
        Instant first;
        Instant last;

        void add(Instant published) {
            reports++;
            if (published == null) {
                allPublished = false;
            } else {
                first = first == null || published.isBefore(first) ? published : first;
                last = last == null || published.isAfter(last) ? published : last;
            }
        }

        /** Whether {@code published} is within {@code window} of every report of the span (true if it is empty). */
        boolean allWithin(Instant published, Duration window) {
            if (reports == 0) {
                return true;
            }
            return published != null && allPublished && !published.minus(window).isAfter(first)
                    && !published.plus(window).isBefore(last);
        }
    }

    void add(ReportFacts report) {
        articleIds.addAll(report.articleIds());
        if (!report.attacker().isEmpty()) {
            attackers.add(report.attacker());
        }
        if (report.place() != null) {
            places.add(report.place());
        }
        if (report.killed() != null && (highestKilled == null || report.killed() > highestKilled)) {
            highestKilled = report.killed();
        }
        LocalDate date = report.date();
        if (date != null) {
            firstDate = firstDate == null || date.isBefore(firstDate) ? date : firstDate;
            lastDate = lastDate == null || date.isAfter(lastDate) ? date : lastDate;
        } else {
            undated.add(report.published());
        }
        all.add(report.published());
    }

    /** {@link MergeRule#fitsGroup} of the reports added so far and this one. */
    boolean fits(ReportFacts report, MergeRule rule) {
        if (!inTime(report, rule)) {
            return false;
        }
        if (!report.attacker().isEmpty() && !(attackers.isEmpty()
                || attackers.size() == 1 && attackers.contains(report.attacker()))) {
            return false;
        }
        if (report.place() != null) {
            for (String place : places) {
                if (!MergeRule.placesCompatible(place, report.place())) {
                    return false;
                }
            }
        }
        for (String article : report.articleIds()) {
            if (articleIds.contains(article)) {
                return false;
            }
        }
        return !MergeRule.clearlyDifferent(highestKilled, report.killed());
    }

    /** {@link MergeRule#closeInTime} with every report: by date where both have one, else by publication. */
    private boolean inTime(ReportFacts report, MergeRule rule) {
        Duration window = rule.undatedWindow();
        LocalDate date = report.date();
        if (date == null) {
            return all.allWithin(report.published(), window);
        }
        int tolerance = rule.dayTolerance();
        return (firstDate == null || !date.minusDays(tolerance).isAfter(firstDate)
                && !date.plusDays(tolerance).isBefore(lastDate))
                && undated.allWithin(report.published(), window);
    }

    LocalDate firstDate() {
        return firstDate;
    }

    boolean allPublished() {
        return all.allPublished;
    }

    Instant firstPublished() {
        return all.first;
    }
}
