package io.eventwire.extract.topology;

import io.eventwire.extract.merge.MergeRule;
import io.eventwire.extract.merge.MergeState;
import io.eventwire.schemas.Event;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the open events of each candidate key in a state store and folds every single-article report into them
 * ({@link MergeState}); emits the merged event keyed by its id, and a tombstone for an id that a merge retired.
 */
final class MergeProcessor implements Processor<String, Event, String, Event> {

    static final String STORE = "merge-open-events";
    private static final Duration EXPIRY_SWEEP = Duration.ofHours(1);

    private final MergeRule rule;
    private ProcessorContext<String, Event> context;
    private KeyValueStore<String, MergeState> store;

    MergeProcessor(MergeRule rule) {
        this.rule = rule;
    }

    @Override
    public void init(ProcessorContext<String, Event> context) {
        this.context = context;
        this.store = context.getStateStore(STORE);
        // Keeps the store bounded: keys whose events all closed are removed even if no report arrives for them.
        context.schedule(EXPIRY_SWEEP, PunctuationType.STREAM_TIME, this::expireAll);
    }

    @Override
    public void process(Record<String, Event> record) {
        if (record.value() == null) {
            return;
        }
        long now = Math.max(context.currentStreamTimeMs(), record.timestamp());
        MergeState before = store.get(record.key());
        MergeState open = (before == null ? MergeState.EMPTY : before).expire(now, rule);
        MergeState.Change change = open.add(record.value(), record.timestamp(), rule);
        for (String retired : change.retiredEventIds()) {
            context.forward(new Record<String, Event>(retired, null, record.timestamp()));
        }
        for (Event published : change.published()) {
            context.forward(new Record<>(published.getEventId(), published, record.timestamp()));
        }
        if (change.state() != before) {
            store.put(record.key(), change.state());
        }
    }

    private void expireAll(long streamTime) {
        List<KeyValue<String, MergeState>> changed = new ArrayList<>();
        try (KeyValueIterator<String, MergeState> all = store.all()) {
            while (all.hasNext()) {
                KeyValue<String, MergeState> entry = all.next();
                MergeState open = entry.value.expire(streamTime, rule);
                if (open != entry.value) {
                    changed.add(KeyValue.pair(entry.key, open));
                }
            }
        }
        for (KeyValue<String, MergeState> entry : changed) {
            if (entry.value.clusters().isEmpty()) {
                store.delete(entry.key);
            } else {
                store.put(entry.key, entry.value);
            }
        }
    }
}
