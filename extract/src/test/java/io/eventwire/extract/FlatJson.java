package io.eventwire.extract;

import io.eventwire.extract.model.Count;
import io.eventwire.extract.model.ExtractedEvent;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The flat JSON view of an event used by the gold files and score.py. */
final class FlatJson {

    private FlatJson() {
    }

    static Map<String, Object> of(String caseId, ExtractedEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("case", caseId);
        m.put("type", e.type().name());
        m.put("cameo", e.cameo());
        m.put("date", e.date() == null ? null : e.date().toString());
        m.put("status", e.status().name());
        switch (e.type()) {
            case LEADER_CALL -> {
                m.put("participants", e.participants());
                m.put("leaders", e.leaders());
            }
            case ARMS_PAUSE -> {
                m.put("supplier", e.supplier());
                m.put("recipient", e.recipient());
            }
            case PRISONER_SWAP -> {
                m.put("parties", e.parties());
                Map<String, Object> r = new LinkedHashMap<>();
                e.released().forEach((k, v) -> r.put(k, v.value()));
                m.put("released", r);
            }
            case STRIKE -> {
                m.put("country", e.country());
                m.put("location", e.location());
                m.put("attacker", e.attacker());
                m.put("killed", count(e.killed()));
                m.put("wounded", count(e.wounded()));
            }
        }
        m.put("publisher", e.publisher());
        m.put("evidence", e.evidence().stream().map(v -> List.of(v.start(), v.end())).toList());
        return m;
    }

    private static Map<String, Object> count(Count c) {
        if (c == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", c.value());
        m.put("qualifier", c.qualifier().name());
        if (c.vague() != null) {
            m.put("vague", c.vague());
        }
        return m;
    }
}
