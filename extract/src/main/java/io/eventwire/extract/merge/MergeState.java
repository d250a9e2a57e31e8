package io.eventwire.extract.merge;

import io.eventwire.schemas.Event;

import java.util.ArrayList;
import java.util.List;

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
     * What adding one report did: the state after, the event to publish (if any), and the ids that went away
     * (events that the report showed to be one with another).
     */
    public record Change(MergeState state, Event published, List<String> retiredEventIds) {
        public Change {
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
     * Adds a report. A report seen before (same article re-ingested) changes nothing. Otherwise the report joins
     * every open event that has a report describing the same event (compared report to report), and those events
     * become one: the events are the connected groups of "same event" reports, which do not depend on the order
     * the reports arrive in. Events are never joined when that would put two reports of one article together.
     */
    public Change add(Event report, long time, MergeRule rule) {
        for (Cluster cluster : clusters) {
            if (cluster.hasReport(report.getEventId())) {
                return new Change(this, null, List.of());
            }
        }
        List<Cluster> joined = new ArrayList<>();
        List<Cluster> others = new ArrayList<>();
        for (Cluster cluster : clusters) {
            boolean linked = cluster.reports().stream().anyMatch(known -> rule.sameEvent(known, report));
            if (linked && !sharesAnArticle(cluster, joined, report)) {
                joined.add(cluster);
            } else {
                others.add(cluster);
            }
        }
        List<Event> reports = new ArrayList<>();
        long lastReportTime = time;
        for (Cluster cluster : joined) {
            reports.addAll(cluster.reports());
            lastReportTime = Math.max(lastReportTime, cluster.lastReportTime());
        }
        reports.add(report);
        Cluster merged = Cluster.of(reports, lastReportTime);
        List<String> retired = joined.stream().map(c -> c.merged().getEventId())
                .filter(id -> !id.equals(merged.merged().getEventId())).toList();
        List<Cluster> next = new ArrayList<>(others);
        next.add(merged);
        return new Change(new MergeState(next), merged.merged(), retired);
    }

    private static boolean sharesAnArticle(Cluster candidate, List<Cluster> joined, Event report) {
        java.util.Set<String> articles = new java.util.HashSet<>();
        report.getSources().forEach(s -> articles.add(s.getArticleId()));
        for (Cluster cluster : joined) {
            cluster.reports().forEach(r -> r.getSources().forEach(s -> articles.add(s.getArticleId())));
        }
        return candidate.reports().stream()
                .anyMatch(r -> r.getSources().stream().anyMatch(s -> articles.contains(s.getArticleId())));
    }
}
