package io.eventwire.sink.topology;

import io.eventwire.schemas.Alert;
import io.eventwire.schemas.Event;
import io.eventwire.sink.alert.AlertIds;
import io.eventwire.sink.rules.Outcome;
import io.eventwire.sink.rules.Rule;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Applies the rules to every version of every event and forwards an alert when a rule's outcome is news: the
 * band of the last alert per (rule, eventId) is kept in {@link #STORE}, a persistent store with a changelog, so
 * it survives restarts and is committed with the alerts (exactly-once).
 */
final class AlertRulesProcessor implements Processor<String, Event, String, Alert> {

    static final String STORE = "alert-fired-bands";

    private final List<Rule> rules;
    private ProcessorContext<String, Alert> context;
    private KeyValueStore<String, Integer> firedBands;

    AlertRulesProcessor(List<Rule> rules) {
        this.rules = rules;
    }

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        this.context = context;
        this.firedBands = context.getStateStore(STORE);
    }

    @Override
    public void process(Record<String, Event> record) {
        Event event = record.value();
        if (event == null) {
            return;
        }
        for (Rule rule : rules) {
            Optional<Outcome> outcome = rule.outcome(event);
            if (outcome.isEmpty()) {
                continue;
            }
            String key = rule.name() + "|" + event.getEventId();
            if (!outcome.get().raises(firedBands.get(key))) {
                continue;
            }
            firedBands.put(key, outcome.get().band());
            // firedAt is the event record's time, not the wall clock: a replay writes the very same alert.
            Alert alert = new Alert(AlertIds.of(rule.name(), event.getEventId(), outcome.get()), rule.name(),
                    event.getEventId(), event, Instant.ofEpochMilli(record.timestamp()));
            context.forward(new Record<>(alert.getAlertId(), alert, record.timestamp()));
        }
    }
}
