package io.eventwire.app.watch;

import io.eventwire.app.kafka.KafkaConnection;
import io.eventwire.schemas.Event;
import io.eventwire.schemas.wire.AvroSerde;

import java.util.List;
import java.util.function.Consumer;

/** A {@link RecordWatcher} of events (the events topic or the per-type topics). */
public final class EventWatcher extends RecordWatcher<Event> {

    /**
     * @param fromBeginning read what the topics already hold, or only what arrives from now on
     */
    public EventWatcher(KafkaConnection connection, List<String> topics, boolean fromBeginning, Consumer<Event> listener) {
        super(connection, topics, AvroSerde.events(), fromBeginning, listener);
    }
}
