package io.eventwire.sink.alert;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventwire.schemas.Alert;
import io.eventwire.schemas.flat.FlatEventView;

/** Alerts as JSON, with the event in the flat view. */
public final class AlertJson {

    private AlertJson() {
    }

    /** {@code {"alert": rule, "eventId": ..., "event": {flat view}}}: what {@code run --json} and {@code alerts --json} print. */
    public static ObjectNode toJson(Alert alert) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("alert", alert.getRule());
        json.put("eventId", alert.getEventId());
        json.set("event", FlatEventView.toJson(alert.getEvent()));
        return json;
    }

    public static String toJsonLine(Alert alert) {
        return toJson(alert).toString();
    }

    /** The body POSTed to a webhook: the JSON line plus {@code alertId} (to drop duplicates) and {@code firedAt}. */
    public static String webhookBody(Alert alert) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("alert", alert.getRule());
        json.put("alertId", alert.getAlertId());
        json.put("eventId", alert.getEventId());
        json.put("firedAt", alert.getFiredAt().toString());
        json.set("event", FlatEventView.toJson(alert.getEvent()));
        return json.toString();
    }
}
