package io.eventwire.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scores extracted events (flat JSON view) against gold events with the matching rules of the evaluation gold
 * format: a system event matches a gold event of the same type and key (call: participant set and status; arms
 * pause: supplier and recipient; swap: party set; strike: country, and killed value when both give one), matched
 * greedily, required gold first, then by the number of correct slots. Optional gold events are neither missed nor
 * credited; unmatched system events are false positives.
 */
public final class GoldScorer {

    public static final List<String> TYPES = List.of("LEADER_CALL", "ARMS_PAUSE", "PRISONER_SWAP", "STRIKE");

    private GoldScorer() {
    }

    /** Counts per type, slot accuracy over matched required events, and every error in words. */
    public record Score(Map<String, int[]> perType, Map<String, int[]> slots, List<String> errors) {

        public int tp() {
            return perType.values().stream().mapToInt(v -> v[0]).sum();
        }

        public int fp() {
            return perType.values().stream().mapToInt(v -> v[1]).sum();
        }

        public int fn() {
            return perType.values().stream().mapToInt(v -> v[2]).sum();
        }

        public double f1() {
            return f1(tp(), fp(), fn());
        }

        public double f1(String type) {
            int[] v = perType.get(type);
            return f1(v[0], v[1], v[2]);
        }

        public double precision() {
            return tp() + fp() == 0 ? 1.0 : (double) tp() / (tp() + fp());
        }

        public double recall() {
            return tp() + fn() == 0 ? 1.0 : (double) tp() / (tp() + fn());
        }

        public double slotAccuracy() {
            int ok = slots.values().stream().mapToInt(v -> v[0]).sum();
            int all = slots.values().stream().mapToInt(v -> v[1]).sum();
            return (double) ok / Math.max(1, all);
        }

        static double f1(int tp, int fp, int fn) {
            double p = tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
            double r = tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }

        /** The summary in the same layout as the reference scorer, score.py. */
        public String report() {
            StringBuilder out = new StringBuilder();
            for (String type : TYPES) {
                int[] v = perType.get(type);
                double p = v[0] + v[1] == 0 ? 1.0 : (double) v[0] / (v[0] + v[1]);
                double r = v[0] + v[2] == 0 ? 1.0 : (double) v[0] / (v[0] + v[2]);
                out.append(String.format(Locale.ROOT, "%-14s tp=%3d fp=%3d fn=%3d  P=%.3f R=%.3f F1=%.3f%n",
                        type, v[0], v[1], v[2], p, r, f1(type)));
            }
            List<String> slotText = new ArrayList<>();
            slots.forEach((name, v) -> slotText.add(String.format(Locale.ROOT, "%s=%.2f", name, (double) v[0] / v[1])));
            out.append("slots: ").append(String.join(", ", slotText)).append('\n');
            out.append(String.format(Locale.ROOT, "overall: P=%.3f R=%.3f F1=%.3f slot_accuracy=%.3f%n",
                    precision(), recall(), f1(), slotAccuracy()));
            return out.toString();
        }
    }

    /**
     * @param gold   gold events per case id
     * @param system system events per case id (cases absent from gold are ignored)
     */
    public static Score score(Map<String, List<JsonNode>> gold, Map<String, List<JsonNode>> system) {
        Map<String, int[]> perType = new LinkedHashMap<>();
        TYPES.forEach(t -> perType.put(t, new int[3]));
        Map<String, int[]> slots = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        for (var entry : new TreeMap<>(gold).entrySet()) {
            String caseId = entry.getKey();
            List<JsonNode> goldEvents = entry.getValue();
            List<JsonNode> sysEvents = system.getOrDefault(caseId, List.of());
            List<int[]> pairs = new ArrayList<>(); // {required, slotScore, goldIndex, sysIndex}
            for (int gi = 0; gi < goldEvents.size(); gi++) {
                for (int si = 0; si < sysEvents.size(); si++) {
                    if (keyMatches(goldEvents.get(gi), sysEvents.get(si))) {
                        int required = optional(goldEvents.get(gi)) ? 0 : 1;
                        pairs.add(new int[] {required, slotScore(goldEvents.get(gi), sysEvents.get(si)), gi, si});
                    }
                }
            }
            // Same order as the reference: descending on (required, slot score, gold index, system index).
            pairs.sort(Comparator.<int[]>comparingInt(p -> p[0]).thenComparingInt(p -> p[1])
                    .thenComparingInt(p -> p[2]).thenComparingInt(p -> p[3]).reversed());
            Set<Integer> usedGold = new HashSet<>();
            Set<Integer> usedSys = new HashSet<>();
            for (int[] pair : pairs) {
                if (usedGold.contains(pair[2]) || usedSys.contains(pair[3])) {
                    continue;
                }
                usedGold.add(pair[2]);
                usedSys.add(pair[3]);
                JsonNode g = goldEvents.get(pair[2]);
                JsonNode s = sysEvents.get(pair[3]);
                if (!optional(g)) {
                    perType.get(text(g, "type"))[0]++;
                    for (var slot : slots(g, s).entrySet()) {
                        int[] counts = slots.computeIfAbsent(slot.getKey(), k -> new int[2]);
                        counts[1]++;
                        if (slot.getValue()) {
                            counts[0]++;
                        } else {
                            errors.add(caseId + ": " + text(g, "type") + " slot " + slot.getKey() + ": gold "
                                    + g.get(slot.getKey()) + " got " + s.get(slot.getKey()));
                        }
                    }
                }
            }
            for (int gi = 0; gi < goldEvents.size(); gi++) {
                JsonNode g = goldEvents.get(gi);
                if (!usedGold.contains(gi) && !optional(g)) {
                    perType.get(text(g, "type"))[2]++;
                    errors.add(caseId + ": MISSED " + g);
                }
            }
            for (int si = 0; si < sysEvents.size(); si++) {
                if (!usedSys.contains(si)) {
                    JsonNode s = sysEvents.get(si);
                    int[] counts = perType.get(text(s, "type"));
                    if (counts != null) {
                        counts[1]++;
                    }
                    errors.add(caseId + ": FALSE POSITIVE " + withoutEvidence(s));
                }
            }
        }
        return new Score(perType, slots, errors);
    }

    static boolean keyMatches(JsonNode g, JsonNode s) {
        String type = text(g, "type");
        if (!Objects.equals(type, text(s, "type"))) {
            return false;
        }
        return switch (type) {
            case "LEADER_CALL" -> set(g.get("participants")).equals(set(s.get("participants")))
                    && orDefault(norm(text(g, "status")), "occurred").equals(orDefault(norm(text(s, "status")), "occurred"));
            case "ARMS_PAUSE" -> norm(text(g, "supplier")).equals(norm(text(s, "supplier")))
                    && norm(text(g, "recipient")).equals(norm(text(s, "recipient")));
            case "PRISONER_SWAP" -> set(g.get("parties")).equals(set(s.get("parties")));
            case "STRIKE" -> norm(text(g, "country")).equals(norm(text(s, "country")))
                    && (value(g.get("killed")) == null || value(s.get("killed")) == null
                    || value(g.get("killed")).equals(value(s.get("killed"))));
            default -> false;
        };
    }

    static Map<String, Boolean> slots(JsonNode g, JsonNode s) {
        Map<String, Boolean> slots = new LinkedHashMap<>();
        slots.put("date", Objects.equals(emptyToNull(text(g, "date")), emptyToNull(text(s, "date"))));
        switch (text(g, "type")) {
            case "LEADER_CALL" -> slots.put("leaders", surnamesOk(g.get("leaders"), s.get("leaders")));
            case "PRISONER_SWAP" -> {
                JsonNode released = g.get("released");
                if (released != null && released.isObject() && released.size() > 0) {
                    slots.put("released", releasedMap(released).equals(releasedMap(s.get("released"))));
                }
            }
            case "STRIKE" -> {
                slots.put("killed", countOk(g.get("killed"), s.get("killed")));
                slots.put("wounded", countOk(g.get("wounded"), s.get("wounded")));
                slots.put("location", placeOk(text(g, "location"), text(s, "location")));
                if (text(g, "attacker") != null) {
                    slots.put("attacker", norm(text(g, "attacker")).equals(norm(text(s, "attacker"))));
                }
            }
            default -> {
            }
        }
        return slots;
    }

    private static int slotScore(JsonNode g, JsonNode s) {
        return (int) slots(g, s).values().stream().filter(ok -> ok).count();
    }

    static boolean countOk(JsonNode g, JsonNode s) {
        g = present(g);
        s = present(s);
        if (g == null) {
            return s == null || value(s) == null;
        }
        if (s == null) {
            return false;
        }
        if (value(g) == null) { // vague gold: the system must not claim an exact number
            return !(value(s) != null && "exact".equals(norm(text(s, "qualifier"))));
        }
        return value(g).equals(value(s))
                && orDefault(norm(text(g, "qualifier")), "exact").equals(orDefault(norm(text(s, "qualifier")), "exact"));
    }

    static boolean placeOk(String gold, String system) {
        String g = norm(gold);
        String s = norm(system);
        if (g.isEmpty()) {
            return true;
        }
        return !s.isEmpty() && (g.contains(s) || s.contains(g));
    }

    static boolean surnamesOk(JsonNode gold, JsonNode system) {
        List<String> sys = new ArrayList<>();
        if (system != null) {
            system.forEach(n -> sys.add(norm(n.asText())));
        }
        if (gold == null) {
            return true;
        }
        for (JsonNode g : gold) {
            String surname = norm(g.asText());
            if (sys.stream().noneMatch(x -> x.contains(surname))) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, JsonNode> releasedMap(JsonNode node) {
        Map<String, JsonNode> map = new TreeMap<>();
        if (node != null && node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                var field = it.next();
                map.put(field.getKey().toUpperCase(Locale.ROOT), field.getValue());
            }
        }
        return map;
    }

    private static Set<String> set(JsonNode array) {
        Set<String> set = new TreeSet<>();
        if (array != null && array.isArray()) {
            array.forEach(n -> {
                if (!n.isNull() && !n.asText().isEmpty()) {
                    set.add(norm(n.asText()));
                }
            });
        }
        return set;
    }

    private static JsonNode present(JsonNode node) {
        return node == null || node.isNull() || (node.isObject() && node.isEmpty()) ? null : node;
    }

    private static Long value(JsonNode count) {
        count = present(count);
        if (count == null) {
            return null;
        }
        JsonNode value = count.get("value");
        return value == null || value.isNull() ? null : value.asLong();
    }

    private static boolean optional(JsonNode g) {
        return g.path("optional").asBoolean(false);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String norm(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }

    private static String orDefault(String s, String fallback) {
        return s.isEmpty() ? fallback : s;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static String withoutEvidence(JsonNode s) {
        if (!s.isObject()) {
            return s.toString();
        }
        var copy = ((com.fasterxml.jackson.databind.node.ObjectNode) s).deepCopy();
        copy.remove(List.of("evidence", "sources"));
        return copy.toString();
    }
}
