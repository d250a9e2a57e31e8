package io.eventwire.schemas;

import java.util.List;
import java.util.Map;

/** The topics of the pipeline: part of the contract with downstream consumers, like the schemas. */
public final class Topics {

    /** Raw articles; key: articleId, value: {@link RawArticle}. */
    public static final String ARTICLES_RAW = "articles.raw";
    /** Inputs and records that could not be processed; key: reference, value: {@link DeadLetter}. */
    public static final String ARTICLES_DLQ = "articles.dlq";
    /** All events, compacted; key: eventId, value: {@link Event}. */
    public static final String EVENTS = "events";
    public static final String LEADER_CALLS = "events.leader-calls";
    public static final String ARMS_PAUSES = "events.arms-pauses";
    public static final String PRISONER_SWAPS = "events.prisoner-swaps";
    public static final String STRIKES = "events.strikes";
    /** Alerts raised by rules; key: alertId, value: {@link Alert}. */
    public static final String ALERTS = "alerts";
    /** Events in the flat JSON view; key: eventId, value: UTF-8 JSON. */
    public static final String EVENTS_JSON = "events.json";

    private static final Map<EventType, String> BY_TYPE = Map.of(
            EventType.LEADER_CALL, LEADER_CALLS,
            EventType.ARMS_PAUSE, ARMS_PAUSES,
            EventType.PRISONER_SWAP, PRISONER_SWAPS,
            EventType.STRIKE, STRIKES);

    private Topics() {
    }

    public static String forType(EventType type) {
        return BY_TYPE.get(type);
    }

    public static List<String> perType() {
        return List.of(LEADER_CALLS, ARMS_PAUSES, PRISONER_SWAPS, STRIKES);
    }

    public static List<String> all() {
        return List.of(ARTICLES_RAW, ARTICLES_DLQ, EVENTS, LEADER_CALLS, ARMS_PAUSES, PRISONER_SWAPS, STRIKES,
                ALERTS, EVENTS_JSON);
    }

    /** Topics whose records are keyed updates of the same entity, so only the latest per key must be kept. */
    public static boolean isCompacted(String topic) {
        return topic.equals(EVENTS);
    }
}
