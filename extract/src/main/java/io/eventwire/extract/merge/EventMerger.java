package io.eventwire.extract.merge;

import io.eventwire.schemas.Actor;
import io.eventwire.schemas.Count;
import io.eventwire.schemas.DatePrecision;
import io.eventwire.schemas.Event;
import io.eventwire.schemas.EventStatus;
import io.eventwire.schemas.Evidence;
import io.eventwire.schemas.Location;
import io.eventwire.schemas.PrisonerSwap;
import io.eventwire.schemas.Source;
import io.eventwire.schemas.Strike;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Combines the reports of one real-world event into one event. Pure and order-independent: the reports are put in
 * publication order first, so the same reports in any order give the same event, with the same id.
 * <ul>
 *   <li>id: the id of the earliest report (publication time, then report id);</li>
 *   <li>date: the day most reports give (ties: the earliest); status OCCURRED if any report says so;</li>
 *   <li>place: the most specific one reported: a named place over a region or area, then the one most reports
 *       give, then the longer name ("Gaza City" over "Gaza");</li>
 *   <li>tolls: the latest report's figures, plus the highest any report gave; each source keeps its own;</li>
 *   <li>actors, evidence, sources: all of them, each once.</li>
 * </ul>
 */
public final class EventMerger {

    private static final Set<String> AREA_WORDS = Set.of("region", "oblast", "province", "district", "governorate",
            "strip", "area", "territory", "territories", "border", "front");

    /**
     * Publication order of reports, the order the merge reads them in; ties go by report id, which comes from the
     * article's content, never by arrival, so that the order of arrival cannot change the result.
     */
    static final Comparator<Event> PUBLICATION_ORDER = Comparator
            .comparing(ReportFacts::publishedAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Event::getEventId);

    private EventMerger() {
    }

    /** @param reports one or more single-article reports of the same event */
    public static Event merge(List<Event> reports) {
        if (reports.isEmpty()) {
            throw new IllegalArgumentException("nothing to merge");
        }
        List<Event> ordered = new ArrayList<>(reports);
        ordered.sort(PUBLICATION_ORDER);
        Event founder = ordered.get(0);
        Event latest = ordered.get(ordered.size() - 1);

        LocalDate date = mostCommon(ordered, Event::getDate, Comparator.naturalOrder());
        List<Source> sources = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        Map<String, Actor> actors = new LinkedHashMap<>();
        for (Event report : ordered) {
            sources.addAll(report.getSources());
            evidence.addAll(report.getEvidence());
            for (Actor actor : report.getActors()) {
                String key = actor.getRole() + "|" + actor.getCountry();
                Actor known = actors.get(key);
                if (known == null || (known.getName() == null && actor.getName() != null)) {
                    actors.put(key, actor);
                }
            }
        }
        return Event.newBuilder(founder)
                .setCameo(mostCommon(ordered, Event::getCameo, Comparator.<String>naturalOrder().reversed()))
                .setDate(date)
                .setDatePrecision(date == null ? DatePrecision.UNKNOWN : DatePrecision.DAY)
                .setStatus(ordered.stream().anyMatch(e -> e.getStatus() == EventStatus.OCCURRED)
                        ? EventStatus.OCCURRED : founder.getStatus())
                .setActors(new ArrayList<>(actors.values()))
                .setLocation(mostSpecificPlace(ordered))
                .setEvidence(evidence)
                .setSources(sources)
                .setReportCount((int) sources.stream().map(Source::getArticleId).distinct().count())
                .setFirstSeen(ordered.stream().map(Event::getFirstSeen).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null))
                .setLastSeen(ordered.stream().map(Event::getLastSeen).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null))
                .setExtractorVersion(latest.getExtractorVersion())
                .setDetails(details(ordered))
                .build();
    }

    private static Object details(List<Event> ordered) {
        Object first = ordered.get(0).getDetails();
        if (first instanceof Strike) {
            List<Strike> strikes = ordered.stream().map(e -> (Strike) e.getDetails()).toList();
            return new Strike(
                    latestOf(strikes, Strike::getKilled), latestOf(strikes, Strike::getWounded),
                    highestOf(strikes, Strike::getKilledHighest), highestOf(strikes, Strike::getWoundedHighest));
        }
        if (first instanceof PrisonerSwap) {
            // The latest report that gives numbers has the most settled figures.
            for (int i = ordered.size() - 1; i >= 0; i--) {
                if (ordered.get(i).getDetails() instanceof PrisonerSwap swap && !swap.getReleased().isEmpty()) {
                    return swap;
                }
            }
        }
        return first;
    }

    private static Count latestOf(List<Strike> strikes, Function<Strike, Count> figure) {
        for (int i = strikes.size() - 1; i >= 0; i--) {
            if (figure.apply(strikes.get(i)) != null) {
                return figure.apply(strikes.get(i));
            }
        }
        return null;
    }

    /** The highest number reported; a vague count ("dozens") only where no report gives a number. */
    private static Count highestOf(List<Strike> strikes, Function<Strike, Count> figure) {
        Count best = null;
        for (Strike strike : strikes) {
            Count count = figure.apply(strike);
            if (count == null) {
                continue;
            }
            if (best == null || (best.getValue() == null && count.getValue() != null)
                    || (count.getValue() != null && count.getValue() > best.getValue())) {
                best = count;
            }
        }
        return best;
    }

    private static Location mostSpecificPlace(List<Event> ordered) {
        Map<String, Integer> reports = new TreeMap<>();
        Map<String, Location> byName = new LinkedHashMap<>();
        Location anyLocation = null;
        for (Event e : ordered) {
            Location location = e.getLocation();
            if (location == null) {
                continue;
            }
            anyLocation = anyLocation == null ? location : anyLocation;
            if (location.getName() != null) {
                reports.merge(location.getName(), 1, Integer::sum);
                byName.putIfAbsent(location.getName(), location);
            }
        }
        return byName.values().stream()
                .max(Comparator.comparing((Location l) -> isNamedPlace(l.getName()))
                        .thenComparing(l -> reports.get(l.getName()))
                        .thenComparing(l -> l.getName().length())
                        .thenComparing(Location::getName, Comparator.reverseOrder()))
                .orElse(anyLocation);
    }

    private static boolean isNamedPlace(String name) {
        for (String word : name.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            if (AREA_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** The value most reports give; ties go to the first in {@code tieOrder}. Null only if no report gives one. */
    private static <T> T mostCommon(List<Event> ordered, Function<Event, T> value, Comparator<T> tieOrder) {
        Map<T, Integer> counts = new LinkedHashMap<>();
        for (Event e : ordered) {
            T v = value.apply(e);
            if (v != null) {
                counts.merge(v, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<T, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(tieOrder.reversed())))
                .map(Map.Entry::getKey).orElse(null);
    }
}
