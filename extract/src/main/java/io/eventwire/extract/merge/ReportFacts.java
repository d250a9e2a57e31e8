package io.eventwire.extract.merge;

import io.eventwire.schemas.ActorRole;
import io.eventwire.schemas.Count;
import io.eventwire.schemas.Event;
import io.eventwire.schemas.Source;
import io.eventwire.schemas.Strike;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the merge rule compares of one single-article report, without its text: small enough to keep every open
 * report of a candidate key in memory.
 *
 * @param published   publication time of the article, or its ingestion time where the publisher gave none
 * @param place       the strike's place, lower-cased, or null
 * @param attacker    the attacker countries of a strike ("" if none named)
 * @param killed      a strike's highest death toll, or null
 * @param arrivalTime stream time at which the report reached the merge (for retention)
 */
public record ReportFacts(String reportId, Set<String> articleIds, Instant published, LocalDate date,
                          String attacker, String place, Integer killed, long arrivalTime) {

    /**
     * The order in which reports are grouped: publication order, ties by report id (which comes from the
     * article's content, never from arrival), so the grouping is a function of the set of reports alone.
     */
    public static final Comparator<ReportFacts> GROUPING_ORDER = Comparator
            .comparing(ReportFacts::published, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ReportFacts::reportId);

    public ReportFacts {
        articleIds = Set.copyOf(articleIds);
        // Compared by containment whatever the case, for every pair of open reports: lower-cased once here.
        place = place == null ? null : place.toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * When the report's article was published, or ingested where the publisher gave no time: the time both the
     * grouping and the merged event's id go by, so that an event's id is its first report's in grouping order.
     */
    public static Instant publishedAt(Event report) {
        Instant published = report.getSources().isEmpty() ? null : report.getSources().get(0).getPublishedAt();
        return published != null ? published : report.getFirstSeen();
    }

    public static ReportFacts of(Event report, long arrivalTime) {
        Integer killed = null;
        if (report.getDetails() instanceof Strike strike) {
            Count count = strike.getKilledHighest() != null ? strike.getKilledHighest() : strike.getKilled();
            killed = count == null ? null : count.getValue();
        }
        return new ReportFacts(report.getEventId(),
                report.getSources().stream().map(Source::getArticleId).collect(Collectors.toSet()),
                publishedAt(report), report.getDate(),
                MergeRule.countries(report, ActorRole.ATTACKER).intern(), // a few distinct values, many reports
                report.getLocation() == null ? null : report.getLocation().getName(), killed, arrivalTime);
    }
}
