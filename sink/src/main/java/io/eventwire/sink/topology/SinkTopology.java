package io.eventwire.sink.topology;

import io.eventwire.schemas.Event;
import io.eventwire.schemas.Topics;
import io.eventwire.schemas.flat.FlatEventView;
import io.eventwire.schemas.wire.AvroSerde;
import io.eventwire.sink.rules.RuleSet;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;

/**
 * events → one topic per event type (Avro, key: eventId), events.json (the flat JSON view, key: eventId), and
 * alerts (Avro, key: alertId) for every rule an event fires, for the consumers that want only one kind of event,
 * do not speak Avro, or want to be told.
 */
public final class SinkTopology {

    private SinkTopology() {
    }

    /** With the bundled default rules. */
    public static Topology build() {
        return build(RuleSet.defaults());
    }

    public static Topology build(RuleSet rules) {
        AvroSerde<Event> events = AvroSerde.events();
        StreamsBuilder builder = new StreamsBuilder();
        // A tombstone on the compacted events topic carries no type to route by; the per-type topics keep the event.
        KStream<String, Event> stream = builder.stream(Topics.EVENTS, Consumed.with(Serdes.String(), events)
                        .withName("read-events"))
                .filter((eventId, event) -> event != null, Named.as("skip-tombstones"));

        stream.to((eventId, event, context) -> Topics.forType(event.getType()),
                Produced.with(Serdes.String(), events).withName("route-by-type"));

        stream.mapValues(FlatEventView::toJsonLine, Named.as("flat-json-view"))
                .to(Topics.EVENTS_JSON, Produced.with(Serdes.String(), Serdes.String()).withName("write-json-mirror"));

        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(AlertRulesProcessor.STORE), Serdes.String(), Serdes.Integer()));
        stream.process(() -> new AlertRulesProcessor(rules.rules()), Named.as("apply-alert-rules"),
                        AlertRulesProcessor.STORE)
                .to(Topics.ALERTS, Produced.with(Serdes.String(), AvroSerde.alerts()).withName("write-alerts"));
        return builder.build();
    }
}
