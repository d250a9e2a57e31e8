package io.eventwire.app.watch;

import io.eventwire.app.kafka.KafkaConnection;
import io.eventwire.schemas.Event;
import io.eventwire.schemas.wire.AvroSerde;

import java.util.List;
import java.util.function.Consumer;

/** A {@link RecordWatcher} of events (the events topic or the per-type topics). */
public final class EventWatcher extends RecordWatcher<Event> {

    /** Only the events, no tombstones. */
    public EventWatcher(KafkaConnection connection, List<String> topics, boolean fromBeginning, Consumer<Event> listener) {
        super(connection, topics, AvroSerde.events(), fromBeginning, listener);
    }

    /** Events and tombstones (ids that merging retired), each with whether it was written after the start. */
    public EventWatcher(KafkaConnection connection, List<String> topics, boolean fromBeginning,
                        Listener<Event> listener) {
        super(connection, topics, AvroSerde.events(), fromBeginning, listener);
    }
}
