package io.eventwire.sink.rules;

import io.eventwire.schemas.Count;
import io.eventwire.schemas.Event;
import io.eventwire.schemas.Strike;

import java.util.List;
import java.util.Optional;

/**
 * A toll condition of a strike rule: killed (or wounded) at least one of the bands, which rise strictly. The
 * number is the count as reported, whatever its qualifier ("at least 8", "about 8" and "8" all count as 8); a vague
 * count ("dozens") has no number and crosses no band.
 */
public record Threshold(Measure measure, List<Integer> bands) {

    public enum Measure {
        KILLED("killed"), WOUNDED("wounded");

        private final String word;

        Measure(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    public Threshold {
        bands = List.copyOf(bands);
    }

    /**
     * The highest band the event's toll reaches, if any. The toll is the highest any report gave (a merged event
     * keeps it beside the latest report's figure), so a later, lower report does not take an alert back.
     */
    Optional<Outcome> crossed(Event event) {
        if (!(event.getDetails() instanceof Strike strike)) {
            return Optional.empty();
        }
        Count count = measure == Measure.KILLED
                ? firstNonNull(strike.getKilledHighest(), strike.getKilled())
                : firstNonNull(strike.getWoundedHighest(), strike.getWounded());
        if (count == null || count.getValue() == null) {
            return Optional.empty();
        }
        int value = count.getValue();
        Outcome crossed = null;
        for (int band : bands) {
            if (value >= band) {
                crossed = new Outcome(band, measure.word() + ">=" + band);
            }
        }
        return Optional.ofNullable(crossed);
    }

    private static Count firstNonNull(Count a, Count b) {
        return a != null ? a : b;
    }
}
