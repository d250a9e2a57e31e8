package io.eventwire.extract.merge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The events open for merging under one candidate key, and how their reports are grouped.
 * <p>
 * The grouping depends on the set of open reports only, not on the order they arrived in: reports are taken in
 * publication order ({@link ReportFacts#GROUPING_ORDER}) and each joins the event it fits
 * ({@link MergeRule#fitsGroup}) closest in date, ties to the event with the earliest report, or starts a new event.
 * A report that arrives in that order costs one step. One that arrives late (published before reports already
 * here) takes back the steps of the reports published after it and runs them again behind it, so the result is
 * what it would have been had it arrived in time. An event's id is its earliest report's id.
 * <p>
 * Mutable and not thread-safe: one instance per candidate key inside one stream task.
 */
public final class OpenEvents {

    /** One event: its id and the ids of its reports in grouping order. */
    public record Group(String eventId, List<String> reportIds) {
        public Group {
            reportIds = List.copyOf(reportIds);
        }
    }

    /** What adding a report changed: events that are new or have other reports now, and ids no longer used. */
    public record Change(List<Group> changed, List<String> retired) {
        public static final Change NONE = new Change(List.of(), List.of());

        public Change {
            changed = List.copyOf(changed);
            retired = List.copyOf(retired);
        }
    }

    private static final class OpenEvent {
        /** Most events have one report: start small, as every open report of the task is held in memory. */
        final List<ReportFacts> reports = new ArrayList<>(1);
        /** What the merge rule tests a report against, and the dates and times the indexes go by. */
        GroupFacts facts = new GroupFacts();
        long lastArrival = Long.MIN_VALUE;
        /** {@link #date()}, computed on first use after a change: it is asked for every candidate report. */
        private LocalDate commonDate;
        private boolean commonDateKnown;

        void add(ReportFacts report) {
            reports.add(report);
            facts.add(report);
            commonDateKnown = false;
            lastArrival = Math.max(lastArrival, report.arrivalTime());
        }

        void removeLast() {
            reports.remove(reports.size() - 1);
            facts = new GroupFacts();
            lastArrival = Long.MIN_VALUE;
            List<ReportFacts> rest = new ArrayList<>(reports);
            reports.clear();
            rest.forEach(this::add);
        }

        String id() {
            return reports.get(0).reportId();
        }

        List<String> reportIds() {
            List<String> ids = new ArrayList<>(reports.size());
            for (ReportFacts report : reports) {
                ids.add(report.reportId());
            }
            return ids;
        }

        /** The day most reports give, ties to the earliest; null if none gives one. */
        LocalDate date() {
            if (!commonDateKnown) {
                commonDate = mostCommonDate();
                commonDateKnown = true;
            }
            return commonDate;
        }

        private LocalDate mostCommonDate() {
            if (reports.size() == 1) {
                return reports.get(0).date();
            }
            Map<LocalDate, Integer> counts = new HashMap<>();
            LocalDate best = null;
            int bestCount = 0;
            for (ReportFacts report : reports) {
                if (report.date() == null) {
                    continue;
                }
                int count = counts.merge(report.date(), 1, Integer::sum);
                if (count > bestCount || (count == bestCount && report.date().isBefore(best))) {
                    best = report.date();
                    bestCount = count;
                }
            }
            return best;
        }
    }

    private final MergeRule rule;
    /** Every open report, in grouping order. */
    private final List<ReportFacts> ordered = new ArrayList<>();
    private final Map<String, OpenEvent> eventOfReport = new HashMap<>();
    private final Map<String, OpenEvent> eventsById = new LinkedHashMap<>();
    /** The events by their earliest date, and those without any: where a dated report can fit. */
    private final TreeMap<LocalDate, Set<OpenEvent>> eventsByFirstDate = new TreeMap<>();
    private final Set<OpenEvent> eventsWithoutDate = new LinkedHashSet<>();
    /** The events whose reports all have a publication time, by the earliest: where an undated report can fit. */
    private final TreeMap<Instant, Set<OpenEvent>> eventsByFirstPublished = new TreeMap<>();
    /** The events by the arrival of their latest report: those past the retention come first. */
    private final TreeMap<Long, Set<OpenEvent>> eventsByLastArrival = new TreeMap<>();

    public OpenEvents(MergeRule rule) {
        this.rule = rule;
    }

    /** The grouping of these reports, as if each had been added. */
    public static OpenEvents of(MergeRule rule, Collection<ReportFacts> reports) {
        OpenEvents open = new OpenEvents(rule);
        List<ReportFacts> sorted = new ArrayList<>(reports);
        sorted.sort(ReportFacts.GROUPING_ORDER);
        for (ReportFacts report : sorted) {
            if (!open.contains(report.reportId())) {
                open.ordered.add(report);
                open.place(report);
            }
        }
        return open;
    }

    public boolean contains(String reportId) {
        return eventOfReport.containsKey(reportId);
    }

    public boolean isEmpty() {
        return ordered.isEmpty();
    }

    /** The open events, each with its reports. */
    public List<Group> events() {
        return eventsById.values().stream().map(e -> new Group(e.id(), e.reportIds())).toList();
    }

    /** Adds a report; one seen before (the same article re-ingested) changes nothing. */
    public Change add(ReportFacts report) {
        if (contains(report.reportId())) {
            return Change.NONE;
        }
        int at = Collections.binarySearch(ordered, report, ReportFacts.GROUPING_ORDER);
        at = at >= 0 ? at : -at - 1;
        List<ReportFacts> replay = new ArrayList<>();
        replay.add(report);
        replay.addAll(ordered.subList(at, ordered.size()));

        Map<String, List<String>> before = new LinkedHashMap<>();
        for (ReportFacts later : replay.subList(1, replay.size())) {
            OpenEvent event = eventOfReport.get(later.reportId());
            before.putIfAbsent(event.id(), event.reportIds());
        }
        // Take back the later reports' steps, latest first: each is the last report of its event.
        for (int i = ordered.size() - 1; i >= at; i--) {
            OpenEvent event = eventOfReport.remove(ordered.get(i).reportId());
            unindex(event);
            if (event.reports.size() == 1) {
                eventsById.remove(event.id());
            } else {
                event.removeLast();
                index(event);
            }
        }
        ordered.add(at, report);
        Set<OpenEvent> touched = new LinkedHashSet<>();
        for (ReportFacts step : replay) {
            touched.add(place(step));
        }

        Map<String, Group> changed = new LinkedHashMap<>();
        for (OpenEvent event : touched) {
            List<String> reports = event.reportIds();
            if (!reports.equals(before.get(event.id()))) {
                changed.put(event.id(), new Group(event.id(), reports));
            }
        }
        List<String> retired = new ArrayList<>();
        before.forEach((id, reports) -> {
            OpenEvent now = eventsById.get(id);
            if (now == null) {
                retired.add(id);
            } else if (!changed.containsKey(id) && !now.reportIds().equals(reports)) {
                changed.put(id, new Group(id, now.reportIds()));
            }
        });
        return new Change(new ArrayList<>(changed.values()), retired);
    }

    /**
     * Closes the events whose latest report arrived before {@code oldestOpen}: they are no longer merged into.
     *
     * @return the ids of the reports that left
     */
    public List<String> expire(long oldestOpen) {
        List<String> gone = new ArrayList<>();
        // Called for every record: only the events past the retention are looked at.
        List<OpenEvent> closing = new ArrayList<>();
        eventsByLastArrival.headMap(oldestOpen, false).values().forEach(closing::addAll);
        for (OpenEvent event : closing) {
            unindex(event);
            eventsById.remove(event.id());
            for (ReportFacts report : event.reports) {
                gone.add(report.reportId());
                eventOfReport.remove(report.reportId());
            }
        }
        if (!gone.isEmpty()) {
            ordered.removeIf(report -> !eventOfReport.containsKey(report.reportId()));
        }
        return gone;
    }

    /** One grouping step: the report joins the event it fits closest in date, or starts one. */
    private OpenEvent place(ReportFacts report) {
        OpenEvent best = null;
        long bestDistance = Long.MAX_VALUE;
        for (OpenEvent event : candidates(report)) {
            if (!event.facts.fits(report, rule)) {
                continue;
            }
            long days = MergeRule.daysApart(event.date(), report.date());
            long distance = days < 0 ? Long.MAX_VALUE - 1 : days;
            if (best == null || distance < bestDistance
                    || (distance == bestDistance && event.id().compareTo(best.id()) < 0)) {
                best = event;
                bestDistance = distance;
            }
        }
        if (best == null) {
            best = new OpenEvent();
            eventsById.put(report.reportId(), best);
        } else {
            unindex(best);
        }
        best.add(report);
        index(best);
        eventOfReport.put(report.reportId(), best);
        return best;
    }

    /**
     * The events a report could fit: for a dated one, those whose earliest date is close enough and those without
     * any date; for an undated one, those whose earliest publication is close enough (it is compared with every
     * report by publication time).
     */
    private Collection<OpenEvent> candidates(ReportFacts report) {
        LocalDate date = report.date();
        List<OpenEvent> candidates = new ArrayList<>();
        if (date == null) {
            Instant published = report.published();
            if (published != null) {
                eventsByFirstPublished.subMap(published.minus(rule.undatedWindow()), true,
                        published.plus(rule.undatedWindow()), true).values().forEach(candidates::addAll);
            }
            return candidates;
        }
        candidates.addAll(eventsWithoutDate);
        eventsByFirstDate.subMap(date.minusDays(rule.dayTolerance()), true, date.plusDays(rule.dayTolerance()), true)
                .values().forEach(candidates::addAll);
        return candidates;
    }

    private void index(OpenEvent event) {
        GroupFacts facts = event.facts;
        if (facts.firstDate() == null) {
            eventsWithoutDate.add(event);
        } else {
            eventsByFirstDate.computeIfAbsent(facts.firstDate(), d -> new LinkedHashSet<>()).add(event);
        }
        if (facts.allPublished()) {
            eventsByFirstPublished.computeIfAbsent(facts.firstPublished(), d -> new LinkedHashSet<>()).add(event);
        }
        eventsByLastArrival.computeIfAbsent(event.lastArrival, d -> new LinkedHashSet<>()).add(event);
    }

    private void unindex(OpenEvent event) {
        GroupFacts facts = event.facts;
        if (facts.firstDate() == null) {
            eventsWithoutDate.remove(event);
        } else {
            removeFrom(eventsByFirstDate, facts.firstDate(), event);
        }
        if (facts.allPublished()) {
            removeFrom(eventsByFirstPublished, facts.firstPublished(), event);
        }
        removeFrom(eventsByLastArrival, event.lastArrival, event);
    }

    private static <K> void removeFrom(TreeMap<K, Set<OpenEvent>> index, K key, OpenEvent event) {
        Set<OpenEvent> same = index.get(key);
        same.remove(event);
        if (same.isEmpty()) {
            index.remove(key);
        }
    }
}
