package io.eventwire.sink.rules;

import io.eventwire.schemas.Event;
import io.eventwire.schemas.EventStatus;
import io.eventwire.schemas.EventType;

import java.util.Collections;
import java.util.Optional;
import java.util.Set;

/**
 * An alert rule: every condition given must hold. {@code type} and {@code status} null mean any; an empty
 * {@code anyCountry} or {@code allCountries} means no condition on countries; {@code threshold} null means no
 * toll condition. Countries are those the event involves ({@link EventCountries}).
 */
public record Rule(String name, EventType type, EventStatus status, Set<String> anyCountry,
                   Set<String> allCountries, Threshold threshold) {

    public Rule {
        anyCountry = Set.copyOf(anyCountry);
        allCountries = Set.copyOf(allCountries);
    }

    /** What the rule finds in the event: empty when it does not match. Pure: no state, no clock. */
    public Optional<Outcome> outcome(Event event) {
        if (type != null && event.getType() != type) {
            return Optional.empty();
        }
        if (status != null && event.getStatus() != status) {
            return Optional.empty();
        }
        Set<String> countries = EventCountries.of(event);
        if (!anyCountry.isEmpty() && Collections.disjoint(countries, anyCountry)) {
            return Optional.empty();
        }
        if (!countries.containsAll(allCountries)) {
            return Optional.empty();
        }
        return threshold == null ? Optional.of(Outcome.MATCH) : threshold.crossed(event);
    }
}
