package io.eventwire.sink.rules;

import io.eventwire.schemas.Actor;
import io.eventwire.schemas.Event;

import java.util.Set;
import java.util.TreeSet;

/** The countries an event involves: every actor's country and the country of its place. */
public final class EventCountries {

    private EventCountries() {
    }

    public static Set<String> of(Event event) {
        Set<String> countries = new TreeSet<>();
        for (Actor actor : event.getActors()) {
            if (actor.getCountry() != null) {
                countries.add(actor.getCountry());
            }
        }
        if (event.getLocation() != null && event.getLocation().getCountry() != null) {
            countries.add(event.getLocation().getCountry());
        }
        return countries;
    }
}
