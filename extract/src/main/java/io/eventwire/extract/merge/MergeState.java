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

    /** What adding one report did: the state after, the event to publish (if any), and an id that went away. */
    public record Change(MergeState state, Event published, String retiredEventId) {
    }

    /** Drops the events whose latest report is older than the retention: they are closed for merging. */
    public MergeState expire(long streamTime, MergeRule rule) {
        long oldestOpen = streamTime - rule.retention().toMillis();
        List<Cluster> open = clusters.stream().filter(c -> c.lastReportTime() >= oldestOpen).toList();
        return open.size() == clusters.size() ? this : new MergeState(open);
    }

    /**
     * Adds a report: a report seen before (same article re-ingested) changes nothing; one that matches an open
     * event (the closest in date among several) updates it; any other starts a new event.
     */
    public Change add(Event report, long time, MergeRule rule) {
        for (Cluster cluster : clusters) {
            if (cluster.hasReport(report.getEventId())) {
                return new Change(this, null, null);
            }
        }
        Cluster match = null;
        long bestDistance = Long.MAX_VALUE;
        for (Cluster cluster : clusters) {
            if (rule.sameEvent(cluster.merged(), report)) {
                long days = MergeRule.daysApart(cluster.merged().getDate(), report.getDate());
                long distance = days < 0 ? Long.MAX_VALUE - 1 : days;
                if (match == null || distance < bestDistance) {
                    match = cluster;
                    bestDistance = distance;
                }
            }
        }
        List<Cluster> next = new ArrayList<>(clusters);
        if (match == null) {
            Cluster created = Cluster.of(List.of(report), time);
            next.add(created);
            return new Change(new MergeState(next), created.merged(), null);
        }
        List<Event> reports = new ArrayList<>(match.reports());
        reports.add(report);
        Cluster updated = Cluster.of(reports, Math.max(time, match.lastReportTime()));
        next.set(next.indexOf(match), updated);
        String oldId = match.merged().getEventId();
        String retired = oldId.equals(updated.merged().getEventId()) ? null : oldId;
        return new Change(new MergeState(next), updated.merged(), retired);
    }
}
