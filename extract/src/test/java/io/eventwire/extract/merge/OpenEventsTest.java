package io.eventwire.extract.merge;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class OpenEventsTest {

    private static final LocalDate DAY = LocalDate.parse("2025-07-01");
    private static final Instant NOON = Instant.parse("2025-07-01T12:00:00Z");
    private final MergeRule rule = MergeRule.defaults();

    /**
     * Many reports of one candidate key that could belong to several events (few places, similar tolls, days in a
     * row, some undated, a few articles with two reports): whatever the order of arrival, the same events with
     * the same ids, and the events published along the way add up to exactly those events.
     */
    @RepeatedTest(40)
    void theEventsDependOnTheReportsNotOnTheirOrderOfArrival(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        List<ReportFacts> reports = ambiguousStrikes(random, 60);
        Set<OpenEvents.Group> expected = Set.copyOf(OpenEvents.of(rule, reports).events());
        assertThat(expected.size()).as("the reports form several events").isBetween(4, 50);

        for (int order = 0; order < 5; order++) {
            List<ReportFacts> arrival = new ArrayList<>(reports);
            Collections.shuffle(arrival, random);
            OpenEvents open = new OpenEvents(rule);
            Map<String, List<String>> published = new HashMap<>();
            for (ReportFacts report : arrival) {
                OpenEvents.Change change = open.add(report);
                change.retired().forEach(published::remove);
                change.changed().forEach(group -> published.put(group.eventId(), group.reportIds()));
            }
            assertThat(Set.copyOf(open.events())).isEqualTo(expected);
            assertThat(published).isEqualTo(expected.stream()
                    .collect(Collectors.toMap(OpenEvents.Group::eventId, OpenEvents.Group::reportIds)));
        }
    }

    /**
     * The indexes that narrow the events a report is tested against (by date, by publication time) only save
     * work: the grouping is the one the rule gives when every report is tested against every event.
     */
    @RepeatedTest(40)
    void theIndexedGroupingIsTheGroupingOfTheRuleTestedAgainstEveryEvent(RepetitionInfo repetition) {
        Random random = new Random(1000 + repetition.getCurrentRepetition());
        List<ReportFacts> reports = new ArrayList<>();
        for (ReportFacts report : ambiguousStrikes(random, 80)) {
            // Some reports without a publication time: they can only join by date.
            reports.add(random.nextInt(15) == 0 ? new ReportFacts(report.reportId(), report.articleIds(), null,
                    report.date(), report.attacker(), report.place(), report.killed(), report.arrivalTime()) : report);
        }
        assertThat(Set.copyOf(OpenEvents.of(rule, reports).events())).isEqualTo(everyEventTested(reports));
    }

    /** The grouping of OpenEvents' contract, written plainly: each report, in grouping order, against all events. */
    private Set<OpenEvents.Group> everyEventTested(List<ReportFacts> reports) {
        List<ReportFacts> ordered = new ArrayList<>(reports);
        ordered.sort(ReportFacts.GROUPING_ORDER);
        List<List<ReportFacts>> events = new ArrayList<>();
        for (ReportFacts report : ordered) {
            List<ReportFacts> best = null;
            long bestDistance = Long.MAX_VALUE;
            for (List<ReportFacts> event : events) {
                if (!rule.fitsGroup(event, report)) {
                    continue;
                }
                long days = MergeRule.daysApart(mostCommonDate(event), report.date());
                long distance = days < 0 ? Long.MAX_VALUE - 1 : days;
                if (best == null || distance < bestDistance || distance == bestDistance
                        && event.get(0).reportId().compareTo(best.get(0).reportId()) < 0) {
                    best = event;
                    bestDistance = distance;
                }
            }
            if (best == null) {
                best = new ArrayList<>();
                events.add(best);
            }
            best.add(report);
        }
        return events.stream().map(event -> new OpenEvents.Group(event.get(0).reportId(),
                event.stream().map(ReportFacts::reportId).toList())).collect(Collectors.toSet());
    }

    /** The day most reports give, ties to the earliest. */
    private static LocalDate mostCommonDate(List<ReportFacts> event) {
        Map<LocalDate, Integer> counts = new HashMap<>();
        event.stream().map(ReportFacts::date).filter(java.util.Objects::nonNull)
                .forEach(date -> counts.merge(date, 1, Integer::sum));
        LocalDate best = null;
        for (Map.Entry<LocalDate, Integer> entry : counts.entrySet()) {
            if (best == null || entry.getValue() > counts.get(best)
                    || entry.getValue().equals(counts.get(best)) && entry.getKey().isBefore(best)) {
                best = entry.getKey();
            }
        }
        return best;
    }

    @Test
    void anEventsIdIsItsEarliestReportsAndAnEarlierReportArrivingLateTakesItOver() {
        OpenEvents open = new OpenEvents(rule);
        open.add(report("b", DAY, NOON.plusSeconds(60), "Kharkiv", 4, 1));
        OpenEvents.Change change = open.add(report("a", DAY, NOON, "Kharkiv", 5, 2));
        assertThat(change.changed()).containsExactly(new OpenEvents.Group("a", List.of("a", "b")));
        assertThat(change.retired()).containsExactly("b");
    }

    @Test
    void theSameReportAgainChangesNothing() {
        OpenEvents open = new OpenEvents(rule);
        ReportFacts report = report("a", DAY, NOON, "Kharkiv", 5, 1);
        assertThat(open.add(report).changed()).hasSize(1);
        assertThat(open.add(report)).isEqualTo(OpenEvents.Change.NONE);
    }

    @Test
    void anEventNeverSpansMoreThanTheDayToleranceHoweverManyReportsFillTheDaysBetween() {
        OpenEvents open = new OpenEvents(rule);
        int[] days = {0, 1, 1, 1, 2, 2, 2, 3, 3, 4, 5, 6};
        for (int i = 0; i < days.length; i++) {
            open.add(report("x" + i, DAY.plusDays(days[i]), NOON.plus(days[i], ChronoUnit.DAYS).plusSeconds(i), null, null, i));
        }
        Map<String, LocalDate> dates = new HashMap<>();
        for (int i = 0; i < days.length; i++) {
            dates.put("x" + i, DAY.plusDays(days[i]));
        }
        for (OpenEvents.Group event : open.events()) {
            List<LocalDate> span = event.reportIds().stream().map(dates::get).sorted().toList();
            assertThat(span.get(0).plusDays(1)).as("span of %s", span).isAfterOrEqualTo(span.get(span.size() - 1));
        }
        assertThat(open.events().size()).isBetween(3, 6);
    }

    @Test
    void differentPlacesOrClearlyDifferentTollsOnOneDayStayApart() {
        OpenEvents open = OpenEvents.of(rule, List.of(
                report("a", DAY, NOON, "Kharkiv", 4, 1),
                report("b", DAY, NOON.plusSeconds(1), "Odesa", 4, 2),
                report("c", DAY, NOON.plusSeconds(2), "Kharkiv region", 6, 3),
                report("d", DAY, NOON.plusSeconds(3), "Kharkiv", 40, 4)));
        assertThat(open.events()).extracting(OpenEvents.Group::reportIds)
                .containsExactlyInAnyOrder(List.of("a", "c"), List.of("b"), List.of("d"));
    }

    @Test
    void eventsWhoseLatestReportIsOlderThanTheRetentionClose() {
        OpenEvents open = OpenEvents.of(rule, List.of(
                report("a", DAY, NOON, "Kharkiv", 4, 100),
                report("b", DAY, NOON.plusSeconds(1), "Kharkiv", 5, 300),
                report("c", DAY, NOON.plusSeconds(2), "Odesa", 2, 150)));
        assertThat(open.expire(200)).containsExactly("c");
        assertThat(open.events()).containsExactly(new OpenEvents.Group("a", List.of("a", "b")));
        assertThat(open.expire(301)).containsExactlyInAnyOrder("a", "b");
        assertThat(open.isEmpty()).isTrue();
    }

    private static List<ReportFacts> ambiguousStrikes(Random random, int count) {
        String[] places = {"Kharkiv", "Kharkiv region", "Odesa", null};
        Integer[] tolls = {2, 3, 5, 8, 12, null};
        String[] attackers = {"RUS", ""};
        List<ReportFacts> reports = new ArrayList<>();
        Set<String> articles = new HashSet<>();
        for (int i = 0; i < count; i++) {
            // A few articles report two strikes: those two are never one event.
            String article = i > 0 && random.nextInt(8) == 0 ? "article-" + (i - 1) : "article-" + i;
            articles.add(article);
            LocalDate date = random.nextInt(6) == 0 ? null : DAY.plusDays(random.nextInt(4));
            Instant published = NOON.plus(random.nextInt(5 * 24), ChronoUnit.HOURS);
            reports.add(new ReportFacts("r" + i, Set.of(article), published, date,
                    attackers[random.nextInt(attackers.length)], places[random.nextInt(places.length)],
                    tolls[random.nextInt(tolls.length)], i));
        }
        return reports;
    }

    private static ReportFacts report(String id, LocalDate date, Instant published, String place, Integer killed,
                                      long arrival) {
        return new ReportFacts(id, Set.of("article-" + id), published, date, "RUS", place, killed, arrival);
    }
}
