package io.eventwire.extract.merge;

import io.eventwire.schemas.Actor;
import io.eventwire.schemas.ActorRole;
import io.eventwire.schemas.DatePrecision;
import io.eventwire.schemas.Event;
import io.eventwire.schemas.EventStatus;
import io.eventwire.schemas.EventType;
import io.eventwire.schemas.LeaderCall;
import io.eventwire.schemas.Source;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class MergeStateTest {

    private final MergeRule rule = MergeRule.defaults();

    /** Two events, two reports each, no report that could belong to both. */
    private final List<Event> twoEvents = List.of(
            call("a", "2025-07-01"), call("b", "2025-07-01"), call("c", "2025-07-05"), call("d", "2025-07-06"));

    @Test
    void whereNoReportIsAmbiguousTheEventsDoNotDependOnTheOrderOfArrival() {
        Map<String, Set<String>> expected = null;
        for (List<Event> order : permutations(twoEvents)) {
            Map<String, Set<String>> events = run(order);
            if (expected == null) {
                expected = events;
            }
            assertThat(events).as("order %s", order.stream().map(Event::getEventId).toList()).isEqualTo(expected);
        }
        // Ids are the earliest reports'.
        assertThat(expected).containsOnlyKeys("r-a", "r-c");
        assertThat(expected.get("r-a")).containsExactly("a", "b");
        assertThat(expected.get("r-c")).containsExactly("c", "d");
    }

    @Test
    void anEarlierReportArrivingLateTakesOverTheIdAndRetiresTheOldOne() {
        MergeState.Change change = MergeState.EMPTY.add(twoEvents.get(1), 1, rule); // b
        change = change.state().add(twoEvents.get(0), 2, rule); // a: same day, published earlier? same: id order
        assertThat(change.published()).singleElement().satisfies(e -> assertThat(e.getEventId()).isEqualTo("r-a"));
        assertThat(change.retiredEventIds()).containsExactly("r-b");
    }

    @Test
    void aGroupNeverSpansMoreThanTheDayToleranceHoweverManyReportsFillTheDaysBetween() {
        MergeState state = MergeState.EMPTY;
        String[] days = {"01", "02", "02", "02", "03", "03", "03", "04", "04", "05", "06", "07"};
        for (int i = 0; i < days.length; i++) {
            state = state.add(call("x" + i, "2025-07-" + days[i]), i, rule).state();
        }
        for (MergeState.Cluster cluster : state.clusters()) {
            List<LocalDate> dates = cluster.reports().stream().map(Event::getDate).sorted().toList();
            assertThat(dates.get(0).plusDays(1)).as("span of %s", dates).isAfterOrEqualTo(dates.get(dates.size() - 1));
        }
        assertThat(state.clusters().size()).isBetween(3, 6);
    }

    private Map<String, Set<String>> run(List<Event> order) {
        MergeState state = MergeState.EMPTY;
        long time = 0;
        for (Event report : order) {
            state = state.add(report, ++time, rule).state();
        }
        Map<String, Set<String>> events = new TreeMap<>();
        for (MergeState.Cluster cluster : state.clusters()) {
            events.put(cluster.merged().getEventId(), cluster.merged().getSources().stream()
                    .map(Source::getArticleId).collect(Collectors.toCollection(TreeSet::new)));
        }
        return events;
    }

    private static List<List<Event>> permutations(List<Event> items) {
        if (items.size() <= 1) {
            return List.of(items);
        }
        List<List<Event>> all = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<Event> rest = new ArrayList<>(items);
            Event first = rest.remove(i);
            for (List<Event> tail : permutations(rest)) {
                List<Event> order = new ArrayList<>();
                order.add(first);
                order.addAll(tail);
                all.add(order);
            }
        }
        return all;
    }

    private static Event call(String articleId, String date) {
        return Event.newBuilder().setEventId("r-" + articleId).setType(EventType.LEADER_CALL).setCameo("041")
                .setDate(LocalDate.parse(date)).setDatePrecision(DatePrecision.DAY)
                .setStatus(EventStatus.OCCURRED)
                .setActors(List.of(new Actor(ActorRole.PARTICIPANT, "RUS", "Putin"),
                        new Actor(ActorRole.PARTICIPANT, "USA", "Trump")))
                .setLocation(null).setEvidence(List.of())
                .setSources(List.of(new Source(articleId, null, null,
                        Instant.parse(date + "T12:00:00Z"), articleId, null, null)))
                .setExtractorVersion("test").setDetails(new LeaderCall()).build();
    }
}
