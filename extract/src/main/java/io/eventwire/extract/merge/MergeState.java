package io.eventwire.extract.merge;

import io.eventwire.schemas.Event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The events open for merging under one candidate key: for each, the reports merged so far and the stream time
 * of the latest one. Immutable; every change returns a new state.
 */
public record MergeState(List<Cluster> clusters) {

    public MergeState {
        clusters = List.copyOf(clusters);
    }

    public static final MergeState EMPTY = new MergeState(List.of());

    /** One real-world event: its merged form and the single-article reports it came from. */
    public record Cluster(Event merged, List<Event> reports, long lastReportTime) {
        public Cluster {
            reports = List.copyOf(reports);
        }

        static Cluster of(List<Event> reports, long lastReportTime) {
            return new Cluster(EventMerger.merge(reports), reports, lastReportTime);
        }

        boolean hasReport(String reportId) {
            return reports.stream().anyMatch(r -> r.getEventId().equals(reportId));
        }
    }

    /**
     * What adding one report did: the state after, the events to publish (new or changed), and the ids that went
     * away (events whose reports now belong to another event).
     */
    public record Change(MergeState state, List<Event> published, List<String> retiredEventIds) {
        public Change {
            published = List.copyOf(published);
            retiredEventIds = List.copyOf(retiredEventIds);
        }
    }

    /** Drops the events whose latest report is older than the retention: they are closed for merging. */
    public MergeState expire(long streamTime, MergeRule rule) {
        long oldestOpen = streamTime - rule.retention().toMillis();
        List<Cluster> open = clusters.stream().filter(c -> c.lastReportTime() >= oldestOpen).toList();
        return open.size() == clusters.size() ? this : new MergeState(open);
    }

    /**
     * Adds a report. A report seen before (same article re-ingested) changes nothing. Otherwise it joins the open
     * event that it fits (the same event by the rule, and close in time to every report already in it) closest in
     * date, ties to the event with the earliest report; with none, it starts a new event. Reports of one article
     * are never put into one event. The cost is linear in the open events of the candidate key.
     */
    public Change add(Event report, long time, MergeRule rule) {
        Cluster best = null;
        long bestDistance = Long.MAX_VALUE;
        for (Cluster cluster : clusters) {
            if (cluster.hasReport(report.getEventId())) {
                return new Change(this, List.of(), List.of());
            }
        }
        for (Cluster cluster : clusters) {
            if (sharesAnArticle(cluster.reports(), report) || !rule.fitsGroup(cluster.merged(), cluster.reports(), report)) {
                continue;
            }
            long days = MergeRule.daysApart(cluster.merged().getDate(), report.getDate());
            long distance = days < 0 ? Long.MAX_VALUE - 1 : days;
            if (best == null || distance < bestDistance || (distance == bestDistance
                    && cluster.merged().getEventId().compareTo(best.merged().getEventId()) < 0)) {
                best = cluster;
                bestDistance = distance;
            }
        }
        List<Cluster> next = new ArrayList<>(clusters);
        if (best == null) {
            Cluster created = Cluster.of(List.of(report), time);
            next.add(created);
            return new Change(new MergeState(next), List.of(created.merged()), List.of());
        }
        List<Event> reports = new ArrayList<>(best.reports());
        reports.add(report);
        Cluster updated = Cluster.of(reports, Math.max(time, best.lastReportTime()));
        next.set(next.indexOf(best), updated);
        String oldId = best.merged().getEventId();
        List<String> retired = oldId.equals(updated.merged().getEventId()) ? List.of() : List.of(oldId);
        return new Change(new MergeState(next), List.of(updated.merged()), retired);
    }

    private static boolean sharesAnArticle(List<Event> group, Event report) {
        Set<String> articles = new HashSet<>();
        report.getSources().forEach(s -> articles.add(s.getArticleId()));
        return group.stream().anyMatch(r -> r.getSources().stream().anyMatch(s -> articles.contains(s.getArticleId())));
    }
}
