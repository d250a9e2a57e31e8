package io.eventwire.app.kafka;

/**
 * When a stream thread should commit, from the age of the records it processes. Each hop of the pipeline (raw →
 * merge candidates → events → per-type) is seen by the next only once committed, so a live stream wants short
 * commit intervals; a backlog wants long ones, because every exactly-once commit stalls the thread for round trips
 * to the broker. Every record carries its ingest time: one younger than {@code liveAgeMs} says the thread is caught
 * up. Requests are spaced from the previous request, never back to back: the producer backs off when a transaction
 * starts while the broker is still writing the previous one's markers.
 * <p>
 * One per stream thread (a thread commits all its tasks together); not thread-safe.
 */
public final class CommitPacer {

    /** How old a record may be for the thread to count as caught up, and the intervals of both states. */
    public record Settings(long liveAgeMs, long liveIntervalMs, long backlogIntervalMs) {
        public static final Settings DEFAULTS = new Settings(1_000, 20, 100);

        public Settings {
            if (liveAgeMs < 0 || liveIntervalMs < 0 || backlogIntervalMs < 0) {
                throw new IllegalArgumentException("commit pacing needs non-negative times: " + liveAgeMs + ", "
                        + liveIntervalMs + ", " + backlogIntervalMs);
            }
        }
    }

    private final Settings settings;
    private boolean due;
    private long interval;
    private long lastRequest = Long.MIN_VALUE / 2;

    public CommitPacer(Settings settings) {
        this.settings = settings;
        this.interval = settings.backlogIntervalMs();
    }

    /** A record with this timestamp was processed at {@code now}: true if the thread should ask for a commit. */
    public boolean processed(long recordTimestamp, long now) {
        due = true;
        interval = now - recordTimestamp < settings.liveAgeMs() ? settings.liveIntervalMs()
                : settings.backlogIntervalMs();
        return tick(now);
    }

    /** Time passed without a record: true if a commit that fell due should be asked for now. */
    public boolean tick(long now) {
        if (!due || now - lastRequest < interval) {
            return false;
        }
        due = false;
        lastRequest = now;
        return true;
    }
}
