package io.eventwire.app.watch;

import io.eventwire.schemas.Actor;
import io.eventwire.schemas.Alert;
import io.eventwire.schemas.ActorRole;
import io.eventwire.schemas.Count;
import io.eventwire.schemas.Event;
import io.eventwire.schemas.PrisonerSwap;
import io.eventwire.schemas.Source;
import io.eventwire.schemas.Strike;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Renders events as rows of a readable table, each with the sentence it came from. */
public final class EventTable {

    private static final String FORMAT = "%-13s %-10s %-8s %-34s %-20s %-24s %s";
    private static final int EVIDENCE_WIDTH = 150;

    private EventTable() {
    }

    public static String header() {
        String header = String.format(FORMAT, "TYPE", "DATE", "STATUS", "ACTORS", "PLACE", "CASUALTIES", "PUBLISHER");
        return header + "\n" + "-".repeat(header.length() + 10);
    }

    public static String row(Event event) {
        String line = String.format(FORMAT,
                event.getType(),
                event.getDate() == null ? "?" : event.getDate().toString(),
                event.getStatus(),
                clip(actors(event), 34),
                clip(place(event), 20),
                clip(casualties(event), 24),
                clip(publishers(event.getSources()), 40));
        String evidence = event.getEvidence().isEmpty() ? "" : event.getEvidence().get(0).getText();
        String reports = event.getReportCount() > 1 ? "  [" + event.getReportCount() + " reports]" : "";
        return line + reports + "\n    \u201C" + clip(evidence.replaceAll("\\s+", " "), EVIDENCE_WIDTH) + "\u201D";
    }

    /** An alert: the rule it fired and the event's row. */
    public static String alertRow(Alert alert) {
        return "ALERT " + alert.getRule() + "  (event " + alert.getEventId() + ", fired " + alert.getFiredAt() + ")\n"
                + row(alert.getEvent());
    }

    static String actors(Event event) {
        List<Actor> actors = event.getActors();
        return switch (event.getType()) {
            case LEADER_CALL -> actors.stream().map(EventTable::actor).collect(Collectors.joining(" - "));
            case ARMS_PAUSE -> country(actors, ActorRole.SUPPLIER) + " -> " + country(actors, ActorRole.RECIPIENT);
            case PRISONER_SWAP -> actors.stream().map(EventTable::actor).collect(Collectors.joining(" <-> "))
                    + released(event);
            case STRIKE -> "by " + country(actors, ActorRole.ATTACKER);
        };
    }

    private static String released(Event event) {
        if (event.getDetails() instanceof PrisonerSwap swap && !swap.getReleased().isEmpty()) {
            return " (" + swap.getReleased().stream()
                    .map(r -> count(r.getCount()) + " to " + r.getToCountry())
                    .collect(Collectors.joining(", ")) + ")";
        }
        return "";
    }

    private static String place(Event event) {
        if (event.getLocation() == null) {
            return "";
        }
        String name = event.getLocation().getName();
        String country = event.getLocation().getCountry();
        return name == null ? Objects.toString(country, "") : country == null ? name : name + ", " + country;
    }

    private static String casualties(Event event) {
        if (!(event.getDetails() instanceof Strike strike)) {
            return "";
        }
        String killed = strike.getKilled() == null ? "" : count(strike.getKilled()) + " killed";
        String wounded = strike.getWounded() == null ? "" : count(strike.getWounded()) + " wounded";
        return killed.isEmpty() || wounded.isEmpty() ? killed + wounded : killed + ", " + wounded;
    }

    static String count(Count count) {
        if (count.getValue() == null) {
            return count.getVague() == null ? "?" : count.getVague();
        }
        return switch (count.getQualifier()) {
            case EXACT -> "";
            case AT_LEAST -> ">=";
            case MORE_THAN -> ">";
            case ABOUT -> "~";
            case AT_MOST -> "<=";
        } + count.getValue();
    }

    private static String actor(Actor actor) {
        String country = Objects.toString(actor.getCountry(), "?");
        return actor.getName() == null ? country : country + " (" + actor.getName() + ")";
    }

    private static String country(List<Actor> actors, ActorRole role) {
        return actors.stream().filter(a -> a.getRole() == role).map(Actor::getCountry).filter(Objects::nonNull)
                .findFirst().orElse("?");
    }

    private static String publishers(List<Source> sources) {
        return sources.stream().map(s -> s.getPublisher() == null ? Objects.toString(s.getOrigin(), "?") : s.getPublisher())
                .distinct().collect(Collectors.joining("; "));
    }

    private static String clip(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "\u2026";
    }
}
