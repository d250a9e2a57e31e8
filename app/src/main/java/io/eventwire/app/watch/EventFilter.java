package io.eventwire.app.watch;

import io.eventwire.schemas.Event;
import io.eventwire.schemas.EventType;
import io.eventwire.schemas.Topics;
import io.eventwire.sink.rules.EventCountries;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/** Which events a consumer tool shows: of these types (none given: all) involving one of these countries (none: any). */
public record EventFilter(Set<EventType> types, Set<String> countries) implements Predicate<Event> {

    public EventFilter {
        types = types.isEmpty() ? EnumSet.noneOf(EventType.class) : EnumSet.copyOf(types);
        countries = new TreeSet<>(countries);
    }

    /**
     * @param types     type names as the user writes them: {@code STRIKE}, {@code strike}, {@code leader-call},
     *                  or the topic's suffix {@code leader-calls}
     * @param countries ISO 3166-1 alpha-3 codes, any case
     * @throws IllegalArgumentException naming the unknown type
     */
    public static EventFilter of(List<String> types, List<String> countries) {
        Set<EventType> parsed = EnumSet.noneOf(EventType.class);
        for (String type : types == null ? List.<String>of() : types) {
            parsed.add(type(type));
        }
        Set<String> codes = new TreeSet<>();
        for (String country : countries == null ? List.<String>of() : countries) {
            codes.add(country.trim().toUpperCase(Locale.ROOT));
        }
        return new EventFilter(parsed, codes);
    }

    private static EventType type(String given) {
        String name = given.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (EventType type : EventType.values()) {
            if (type.name().equals(name) || (type.name() + "S").equals(name)
                    || Topics.forType(type).equalsIgnoreCase(given.trim())) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown event type \"" + given + "\"; one of "
                + String.join(", ", java.util.Arrays.stream(EventType.values()).map(Enum::name).toList()));
    }

    /** The per-type topics to read: those of the types asked for, or all. */
    public List<String> topics() {
        return types.isEmpty() ? Topics.perType() : types.stream().map(Topics::forType).toList();
    }

    @Override
    public boolean test(Event event) {
        return (types.isEmpty() || types.contains(event.getType()))
                && (countries.isEmpty() || !Collections.disjoint(EventCountries.of(event), countries));
    }
}
