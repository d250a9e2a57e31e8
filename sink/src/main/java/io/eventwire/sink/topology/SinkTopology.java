package io.eventwire.sink.topology;

import io.eventwire.schemas.Event;
import io.eventwire.schemas.Topics;
import io.eventwire.schemas.flat.FlatEventView;
import io.eventwire.schemas.wire.AvroSerde;
import io.eventwire.sink.rules.RuleSet;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;

/**
 * events → one topic per event type (Avro, key: eventId), events.json (the flat JSON view, key: eventId), and
 * alerts (Avro, key: alertId) for every rule an event fires, for the consumers that want only one kind of event,
 * do not speak Avro, or want to be told. Every update of an event is routed again; a tombstone (an id that merging
 * retired) is passed on to the per-type topics and the JSON mirror.
 */
public final class SinkTopology {

    private SinkTopology() {
    }

    /** With the bundled default rules. */
    public static Topology build() {
        return build(RuleSet.defaults());
    }

    public static Topology build(RuleSet rules) {
        return build(rules, new StreamsBuilder());
    }

    /** Built with the application's settings (which may, say, wrap every processor). */
    public static Topology build(RuleSet rules, TopologyConfig config) {
        return build(rules, new StreamsBuilder(config));
    }

    private static Topology build(RuleSet rules, StreamsBuilder builder) {
        AvroSerde<Event> events = AvroSerde.events();
        KStream<String, Event> all = builder.stream(Topics.EVENTS, Consumed.with(Serdes.String(), events)
                .withName("read-events"));
        KStream<String, Event> stream = all.filter((eventId, event) -> event != null, Named.as("live-events"));

        stream.to((eventId, event, context) -> Topics.forType(event.getType()),
                Produced.with(Serdes.String(), events).withName("route-by-type"));

        stream.mapValues(FlatEventView::toJsonLine, Named.as("flat-json-view"))
                .to(Topics.EVENTS_JSON, Produced.with(Serdes.String(), Serdes.String()).withName("write-json-mirror"));

        // A tombstone (an id that merging retired) carries no type to route by: it goes to every output, where
        // the id can only stand for an event of one type anyway.
        KStream<String, Event> retired = all.filter((eventId, event) -> event == null, Named.as("retired-ids"));
        for (String topic : Topics.perType()) {
            retired.to(topic, Produced.with(Serdes.String(), events).withName("retire-in-" + topic));
        }
        retired.mapValues(event -> (String) null, Named.as("retired-json"))
                .to(Topics.EVENTS_JSON, Produced.with(Serdes.String(), Serdes.String()).withName("retire-in-json"));

        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(AlertRulesProcessor.STORE), Serdes.String(), Serdes.Integer()));
        stream.process(() -> new AlertRulesProcessor(rules.rules()), Named.as("apply-alert-rules"),
                        AlertRulesProcessor.STORE)
                .to(Topics.ALERTS, Produced.with(Serdes.String(), AvroSerde.alerts()).withName("write-alerts"));
        return builder.build();
    }
}
