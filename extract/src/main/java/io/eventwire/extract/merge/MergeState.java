package io.eventwire.extract.merge;

import io.eventwire.schemas.Event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
     * Adds a report. A report seen before (same article re-ingested) changes nothing. Otherwise the open reports
     * are grouped anew, in a canonical order (by date, publication time, report id), each joining the open event
     * that matches it closest in date: the events depend on the set of reports only, never on the order in
     * which they arrived. Reports of one article are never put into one event.
     */
    public Change add(Event report, long time, MergeRule rule) {
        Map<String, Long> reportTimes = new HashMap<>();
        for (Cluster cluster : clusters) {
            if (cluster.hasReport(report.getEventId())) {
                return new Change(this, List.of(), List.of());
            }
            cluster.reports().forEach(r -> reportTimes.put(r.getEventId(), cluster.lastReportTime()));
        }
        reportTimes.put(report.getEventId(), time);
        List<Event> all = new ArrayList<>();
        clusters.forEach(c -> all.addAll(c.reports()));
        all.add(report);
        all.sort(CANONICAL_ORDER);

        List<List<Event>> groups = new ArrayList<>();
        List<Event> mergedOfGroup = new ArrayList<>();
        for (Event next : all) {
            int best = -1;
            long bestDistance = Long.MAX_VALUE;
            for (int g = 0; g < groups.size(); g++) {
                if (sharesAnArticle(groups.get(g), next) || !rule.fitsGroup(mergedOfGroup.get(g), groups.get(g), next)) {
                    continue;
                }
                long days = MergeRule.daysApart(mergedOfGroup.get(g).getDate(), next.getDate());
                long distance = days < 0 ? Long.MAX_VALUE - 1 : days;
                if (distance < bestDistance) {
                    best = g;
                    bestDistance = distance;
                }
            }
            if (best < 0) {
                groups.add(new ArrayList<>(List.of(next)));
                mergedOfGroup.add(EventMerger.merge(List.of(next)));
            } else {
                groups.get(best).add(next);
                mergedOfGroup.set(best, EventMerger.merge(groups.get(best)));
            }
        }

        Map<String, Set<String>> before = new HashMap<>();
        clusters.forEach(c -> before.put(c.merged().getEventId(), reportIds(c.reports())));
        List<Cluster> next = new ArrayList<>();
        List<Event> published = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int g = 0; g < groups.size(); g++) {
            long last = groups.get(g).stream().mapToLong(r -> reportTimes.get(r.getEventId())).max().orElse(time);
            Cluster cluster = new Cluster(mergedOfGroup.get(g), groups.get(g), last);
            next.add(cluster);
            String id = cluster.merged().getEventId();
            ids.add(id);
            if (!reportIds(groups.get(g)).equals(before.get(id))) {
                published.add(cluster.merged());
            }
        }
        List<String> retired = before.keySet().stream().filter(id -> !ids.contains(id)).sorted().toList();
        return new Change(new MergeState(next), published, retired);
    }

    /** The order reports are grouped in: dated before undated, then by date, publication, report id. */
    static final Comparator<Event> CANONICAL_ORDER = Comparator
            .comparing(Event::getDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(EventMerger.PUBLICATION_ORDER);

    private static Set<String> reportIds(List<Event> reports) {
        Set<String> ids = new HashSet<>();
        reports.forEach(r -> ids.add(r.getEventId()));
        return ids;
    }

    private static boolean sharesAnArticle(List<Event> group, Event report) {
        Set<String> articles = new HashSet<>();
        report.getSources().forEach(s -> articles.add(s.getArticleId()));
        return group.stream().anyMatch(r -> r.getSources().stream().anyMatch(s -> articles.contains(s.getArticleId())));
    }
}
