package io.eventwire.app.support;

import java.time.Duration;
import java.util.function.LongPredicate;

/** Waiting for a consumer to catch up, by polling. */
public final class Waiting {

    private Waiting() {
    }

    /**
     * Waits until {@code caughtUpSince} holds for the moment this call started, i.e. until everything committed
     * by then has been handled.
     *
     * @return false if that did not happen within {@code timeout}
     */
    public static boolean untilCaughtUp(LongPredicate caughtUpSince, Duration timeout) throws InterruptedException {
        long since = System.currentTimeMillis();
        long deadline = since + timeout.toMillis();
        while (!caughtUpSince.test(since)) {
            if (System.currentTimeMillis() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }
}
