package io.eventwire.extract.topology;

import io.eventwire.extract.merge.EventMerger;
import io.eventwire.extract.merge.MergeRule;
import io.eventwire.extract.merge.OpenEvents;
import io.eventwire.extract.merge.ReportFacts;
import io.eventwire.schemas.Event;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds every single-article report into the open events of its candidate key ({@link OpenEvents}) and emits each
 * event that changed, merged ({@link EventMerger}), keyed by its id; a tombstone for an id that went out of use.
 * <p>
 * The store keeps each open report once (key: candidate key and report id, with its arrival time), so a record
 * costs one small write whatever the number of open reports. The grouping itself lives in memory, rebuilt from
 * the store when the task starts: it is a function of the stored reports, so the rebuilt one is the same.
 */
final class MergeProcessor implements Processor<String, Event, String, Event> {

    static final String STORE = "merge-open-reports";
    private static final char SEPARATOR = '\u001f';
    private static final Duration EXPIRY_SWEEP = Duration.ofHours(1);
    private static final int RECENT_REPORTS = 4096;

    private final MergeRule rule;
    private ProcessorContext<String, Event> context;
    private TimestampedKeyValueStore<String, Event> store;
    private final Map<String, OpenEvents> openByCandidateKey = new HashMap<>();
    /**
     * The reports read or written last, by store key: an event's other reports are read again each time a new one
     * joins it, and a read from the store decodes Avro. Stored reports never change, so the copy stays right.
     */
    private final Map<String, Event> recentReports = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Event> eldest) {
            return size() > RECENT_REPORTS;
        }
    };

    MergeProcessor(MergeRule rule) {
        this.rule = rule;
    }

    @Override
    public void init(ProcessorContext<String, Event> context) {
        this.context = context;
        this.store = context.getStateStore(STORE);
        Map<String, List<ReportFacts>> stored = new HashMap<>();
        try (KeyValueIterator<String, ValueAndTimestamp<Event>> all = store.all()) {
            while (all.hasNext()) {
                KeyValue<String, ValueAndTimestamp<Event>> entry = all.next();
                String candidateKey = entry.key.substring(0, entry.key.indexOf(SEPARATOR));
                stored.computeIfAbsent(candidateKey, k -> new ArrayList<>())
                        .add(ReportFacts.of(entry.value.value(), entry.value.timestamp()));
            }
        }
        stored.forEach((key, reports) -> openByCandidateKey.put(key, OpenEvents.of(rule, reports)));
        // Keeps the store bounded: events close after the retention even if no report arrives for their key.
        context.schedule(EXPIRY_SWEEP, PunctuationType.STREAM_TIME, this::expireAll);
    }

    @Override
    public void process(Record<String, Event> record) {
        Event report = record.value();
        if (report == null) {
            return;
        }
        String candidateKey = record.key();
        OpenEvents known = openByCandidateKey.get(candidateKey);
        if (known != null) {
            if (known.contains(report.getEventId())) {
                return; // the same article again
            }
            expire(candidateKey, known, Math.max(context.currentStreamTimeMs(), record.timestamp()));
        }
        OpenEvents open = openByCandidateKey.computeIfAbsent(candidateKey, k -> new OpenEvents(rule));
        String reportKey = storeKey(candidateKey, report.getEventId());
        store.put(reportKey, ValueAndTimestamp.make(report, record.timestamp()));
        recentReports.put(reportKey, report);
        OpenEvents.Change change = open.add(ReportFacts.of(report, record.timestamp()));
        for (String retired : change.retired()) {
            context.forward(new Record<String, Event>(retired, null, record.timestamp()));
        }
        for (OpenEvents.Group event : change.changed()) {
            List<Event> reports = new ArrayList<>(event.reportIds().size());
            for (String reportId : event.reportIds()) {
                // The report in hand needs no round trip through the store (most events have only it).
                reports.add(reportId.equals(report.getEventId()) ? report : storedReport(candidateKey, reportId));
            }
            Event merged = EventMerger.merge(reports);
            context.forward(new Record<>(merged.getEventId(), merged, record.timestamp()));
        }
    }

    private Event storedReport(String candidateKey, String reportId) {
        String key = storeKey(candidateKey, reportId);
        Event report = recentReports.get(key);
        if (report == null) {
            report = store.get(key).value();
            recentReports.put(key, report);
        }
        return report;
    }

    private void expireAll(long streamTime) {
        List<String> keys = new ArrayList<>(openByCandidateKey.keySet());
        for (String candidateKey : keys) {
            expire(candidateKey, openByCandidateKey.get(candidateKey), streamTime);
        }
    }

    private void expire(String candidateKey, OpenEvents open, long streamTime) {
        for (String reportId : open.expire(streamTime - rule.retention().toMillis())) {
            String key = storeKey(candidateKey, reportId);
            store.delete(key);
            recentReports.remove(key);
        }
        if (open.isEmpty()) {
            openByCandidateKey.remove(candidateKey);
        }
    }

    private static String storeKey(String candidateKey, String reportId) {
        return candidateKey + SEPARATOR + reportId;
    }
}
