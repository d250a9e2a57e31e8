package io.eventwire.sink.rules;

/**
 * What a rule found in an event: a plain match, or the highest threshold band the event's toll crossed.
 *
 * @param band  the threshold crossed (e.g. 50 for killed &ge; 50), 0 for a rule without thresholds
 * @param label how the outcome reads, e.g. {@code match} or {@code killed>=50}; part of the alert's id
 */
public record Outcome(int band, String label) {

    /** The outcome of a rule without thresholds. */
    public static final Outcome MATCH = new Outcome(0, "match");

    /**
     * Whether this outcome is news compared to the band of the last alert the rule fired for the same event
     * ({@code null}: it never fired). A rule fires once per event, and again only for a higher band.
     */
    public boolean raises(Integer lastFiredBand) {
        return lastFiredBand == null || band > lastFiredBand;
    }
}
