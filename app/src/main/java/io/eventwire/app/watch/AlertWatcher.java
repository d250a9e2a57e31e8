package io.eventwire.app.watch;

import io.eventwire.app.kafka.KafkaConnection;
import io.eventwire.schemas.Alert;
import io.eventwire.schemas.Topics;
import io.eventwire.schemas.wire.AvroSerde;

import java.util.List;
import java.util.function.Consumer;

/** A {@link RecordWatcher} of the alerts topic. */
public final class AlertWatcher extends RecordWatcher<Alert> {

    public AlertWatcher(KafkaConnection connection, boolean fromBeginning, Consumer<Alert> listener) {
        super(connection, List.of(Topics.ALERTS), AvroSerde.alerts(), fromBeginning, listener);
    }
}
