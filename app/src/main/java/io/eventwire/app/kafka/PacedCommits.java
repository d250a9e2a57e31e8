package io.eventwire.app.kafka;

import org.apache.kafka.streams.processor.Cancellable;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.ProcessingContext;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.ProcessorWrapper;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.WrappedFixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.WrappedProcessorSupplier;
import org.apache.kafka.streams.state.StoreBuilder;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * Commits paced by {@link CommitPacer}, installed as the Streams {@code processor.wrapper.class} so the topologies
 * stay free of it: every processor reports the records it processed to its thread's pacer and asks for the commit
 * ({@code context.commit()}) when the pacer says so. {@code commit.interval.ms} remains as a backstop.
 */
public final class PacedCommits implements ProcessorWrapper {

    /** Streams settings (milliseconds); {@code LIVE_AGE_MS} 0 turns pacing off, leaving {@code commit.interval.ms}. */
    public static final String LIVE_AGE_MS = "eventwire.commit.live.age.ms";
    public static final String LIVE_INTERVAL_MS = "eventwire.commit.live.interval.ms";
    public static final String BACKLOG_INTERVAL_MS = "eventwire.commit.backlog.interval.ms";

    private CommitPacer.Settings settings = CommitPacer.Settings.DEFAULTS;
    private final ThreadLocal<CommitPacer> pacers = ThreadLocal.withInitial(() -> new CommitPacer(settings));

    @Override
    public void configure(Map<String, ?> configs) {
        CommitPacer.Settings d = CommitPacer.Settings.DEFAULTS;
        settings = new CommitPacer.Settings(setting(configs, LIVE_AGE_MS, d.liveAgeMs()),
                setting(configs, LIVE_INTERVAL_MS, d.liveIntervalMs()),
                setting(configs, BACKLOG_INTERVAL_MS, d.backlogIntervalMs()));
    }

    private static long setting(Map<String, ?> configs, String name, long fallback) {
        Object value = configs.get(name);
        return value == null ? fallback : Long.parseLong(value.toString().trim());
    }

    @Override
    public <KIn, VIn, KOut, VOut> WrappedProcessorSupplier<KIn, VIn, KOut, VOut> wrapProcessorSupplier(
            String processorName, ProcessorSupplier<KIn, VIn, KOut, VOut> supplier) {
        if (settings.liveAgeMs() == 0) {
            return ProcessorWrapper.asWrapped(supplier);
        }
        return new WrappedProcessorSupplier<>() {
            @Override
            public Set<StoreBuilder<?>> stores() {
                return supplier.stores();
            }

            @Override
            public Processor<KIn, VIn, KOut, VOut> get() {
                return new Paced<>(supplier.get());
            }
        };
    }

    @Override
    public <KIn, VIn, VOut> WrappedFixedKeyProcessorSupplier<KIn, VIn, VOut> wrapFixedKeyProcessorSupplier(
            String processorName, FixedKeyProcessorSupplier<KIn, VIn, VOut> supplier) {
        if (settings.liveAgeMs() == 0) {
            return ProcessorWrapper.asWrappedFixedKey(supplier);
        }
        return new WrappedFixedKeyProcessorSupplier<>() {
            @Override
            public Set<StoreBuilder<?>> stores() {
                return supplier.stores();
            }

            @Override
            public FixedKeyProcessor<KIn, VIn, VOut> get() {
                return new PacedFixedKey<>(supplier.get());
            }
        };
    }

    /** One processor's link to its thread's pacer. */
    private final class Link {
        private ProcessingContext context;
        private Cancellable ticks;

        void init(ProcessingContext context) {
            this.context = context;
            // A commit that fell due inside the interval is asked for even if no record comes after it.
            long tick = Math.max(1, settings.liveIntervalMs() / 3);
            ticks = context.schedule(Duration.ofMillis(tick), PunctuationType.WALL_CLOCK_TIME, now -> {
                if (pacers.get().tick(System.currentTimeMillis())) {
                    context.commit();
                }
            });
        }

        void processed(long recordTimestamp) {
            if (pacers.get().processed(recordTimestamp, System.currentTimeMillis())) {
                context.commit();
            }
        }

        void close() {
            ticks.cancel();
        }
    }

    private final class Paced<KIn, VIn, KOut, VOut> implements Processor<KIn, VIn, KOut, VOut> {
        private final Processor<KIn, VIn, KOut, VOut> inner;
        private final Link link = new Link();

        Paced(Processor<KIn, VIn, KOut, VOut> inner) {
            this.inner = inner;
        }

        @Override
        public void init(ProcessorContext<KOut, VOut> context) {
            inner.init(context);
            link.init(context);
        }

        @Override
        public void process(Record<KIn, VIn> record) {
            inner.process(record);
            link.processed(record.timestamp());
        }

        @Override
        public void close() {
            link.close();
            inner.close();
        }
    }

    private final class PacedFixedKey<KIn, VIn, VOut> implements FixedKeyProcessor<KIn, VIn, VOut> {
        private final FixedKeyProcessor<KIn, VIn, VOut> inner;
        private final Link link = new Link();

        PacedFixedKey(FixedKeyProcessor<KIn, VIn, VOut> inner) {
            this.inner = inner;
        }

        @Override
        public void init(FixedKeyProcessorContext<KIn, VOut> context) {
            inner.init(context);
            link.init(context);
        }

        @Override
        public void process(FixedKeyRecord<KIn, VIn> record) {
            inner.process(record);
            link.processed(record.timestamp());
        }

        @Override
        public void close() {
            link.close();
            inner.close();
        }
    }
}
