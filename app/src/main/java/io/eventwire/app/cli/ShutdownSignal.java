package io.eventwire.app.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * SIGTERM / Ctrl-C as a signal a command can wait for. The JVM's shutdown waits until this is closed, so resources
 * opened after it (in the same try-with-resources) close cleanly before the process exits.
 */
final class ShutdownSignal implements AutoCloseable {

    private final CountDownLatch requested = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);

    ShutdownSignal() {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            requested.countDown();
            try {
                finished.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "eventwire-shutdown"));
    }

    void await() throws InterruptedException {
        requested.await();
    }

    boolean requested() {
        return requested.getCount() == 0;
    }

    @Override
    public void close() {
        finished.countDown();
    }
}
