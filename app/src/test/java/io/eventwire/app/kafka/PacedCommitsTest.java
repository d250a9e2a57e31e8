package io.eventwire.app.kafka;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PacedCommitsTest {

    /** A processor that remembers what it was given, with a store of its own to connect. */
    private static final class Recording implements ProcessorSupplier<String, String, String, String> {
        final List<String> seen = new ArrayList<>();
        final StoreBuilder<?> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("recording"),
                Serdes.String(), Serdes.String());

        @Override
        public Set<StoreBuilder<?>> stores() {
            return Set.of(store);
        }

        @Override
        public Processor<String, String, String, String> get() {
            return record -> seen.add(record.value());
        }
    }

    private static PacedCommits wrapper(long liveAgeMs) {
        PacedCommits wrapper = new PacedCommits();
        // A live interval of a minute: no second commit can fall due while the test runs.
        wrapper.configure(Map.of(PacedCommits.LIVE_AGE_MS, String.valueOf(liveAgeMs),
                PacedCommits.LIVE_INTERVAL_MS, "60000"));
        return wrapper;
    }

    private static Record<String, String> fresh(String value) {
        return new Record<>("k", value, System.currentTimeMillis());
    }

    @Test
    void aFreshRecordAsksForACommitAndTheProcessorStillRuns() {
        Recording inner = new Recording();
        var supplier = wrapper(10_000).wrapProcessorSupplier("p", inner);
        assertThat(supplier.stores()).as("stores of the wrapped supplier").containsExactly(inner.store);

        MockProcessorContext<String, String> context = new MockProcessorContext<>();
        Processor<String, String, String, String> processor = supplier.get();
        processor.init(context);
        processor.process(fresh("a"));

        assertThat(inner.seen).containsExactly("a");
        assertThat(context.committed()).isTrue();
        assertThat(context.scheduledPunctuators()).hasSize(1);
    }

    @Test
    void processorsOfOneThreadShareItsPacing() {
        PacedCommits wrapper = wrapper(10_000);
        MockProcessorContext<String, String> first = new MockProcessorContext<>();
        MockProcessorContext<String, String> second = new MockProcessorContext<>();
        Processor<String, String, String, String> a = wrapper.wrapProcessorSupplier("a", new Recording()).get();
        Processor<String, String, String, String> b = wrapper.wrapProcessorSupplier("b", new Recording()).get();
        a.init(first);
        b.init(second);

        a.process(fresh("x"));
        b.process(fresh("x"));
        second.scheduledPunctuators().get(0).getPunctuator().punctuate(System.currentTimeMillis());

        assertThat(first.committed()).isTrue();
        assertThat(second.committed()).as("the thread asked a moment ago; the interval is not over").isFalse();
    }

    @Test
    void anOldRecordWithPacingOffAsksForNothing() {
        Recording inner = new Recording();
        var supplier = wrapper(0).wrapProcessorSupplier("p", inner);
        MockProcessorContext<String, String> context = new MockProcessorContext<>();
        Processor<String, String, String, String> processor = supplier.get();
        processor.init(context);
        processor.process(new Record<>("k", "old", 0L));

        assertThat(inner.seen).containsExactly("old");
        assertThat(context.committed()).isFalse();
        assertThat(context.scheduledPunctuators()).isEmpty();
    }
}
