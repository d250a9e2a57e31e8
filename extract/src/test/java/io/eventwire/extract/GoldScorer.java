package io.eventwire.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Java port of the matching rules of GOLD_FORMAT.md / score.py: key matching per type, greedy best-first pairing
 * (required gold before optional, then by slot score), precision/recall/F1 and slot accuracy.
 */
final class GoldScorer {

    static final List<String> TYPES = List.of("LEADER_CALL", "ARMS_PAUSE", "PRISONER_SWAP", "STRIKE");

    final Map<String, int[]> perType = new java.util.LinkedHashMap<>();
    int slotOk;
    int slotTotal;
    final List<String> errors = new ArrayList<>();

    GoldScorer() {
        for (String t : TYPES) {
            perType.put(t, new int[3]);
        }
    }

    private static String norm(Object s) {
        return s == null ? "" : s.toString().trim().toLowerCase(Locale.ROOT);
    }

    private static Set<String> sset(Object xs) {
        Set<String> out = new HashSet<>();
        if (xs instanceof Collection<?> c) {
            for (Object o : c) {
                if (o != null) {
                    out.add(norm(o));
                }
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
    }

    static boolean keyOk(Map<String, Object> g, Map<String, Object> s) {
        String t = (String) g.get("type");
        if (!t.equals(s.get("type"))) {
            return false;
        }
        switch (t) {
            case "LEADER_CALL":
                return sset(g.get("participants")).equals(sset(s.get("participants")))
                        && norm(g.getOrDefault("status", "OCCURRED")).equals(norm(s.getOrDefault("status", "OCCURRED")));
            case "ARMS_PAUSE":
                return norm(g.get("supplier")).equals(norm(s.get("supplier")))
                        && norm(g.get("recipient")).equals(norm(s.get("recipient")));
            case "PRISONER_SWAP":
                return sset(g.get("parties")).equals(sset(s.get("parties")));
            case "STRIKE": {
                if (!norm(g.get("country")).equals(norm(s.get("country")))) {
                    return false;
                }
                Map<String, Object> gk = map(g.get("killed"));
                Map<String, Object> sk = map(s.get("killed"));
                if (gk != null && sk != null && gk.get("value") != null && sk.get("value") != null) {
                    return ((Number) gk.get("value")).intValue() == ((Number) sk.get("value")).intValue();
                }
                return true;
            }
            default:
                return false;
        }
    }

    static boolean countOk(Map<String, Object> g, Map<String, Object> s) {
        if (g == null) {
            return s == null || s.get("value") == null;
        }
        if (s == null) {
            return false;
        }
        if (g.get("value") == null) {
            return !(s.get("value") != null && norm(s.get("qualifier")).equals("exact"));
        }
        return s.get("value") != null && ((Number) g.get("value")).intValue() == ((Number) s.get("value")).intValue()
                && norm(g.getOrDefault("qualifier", "EXACT")).equals(norm(s.getOrDefault("qualifier", "EXACT")));
    }

    static boolean placeOk(Object g, Object s) {
        String a = norm(g);
        String b = norm(s);
        if (a.isEmpty()) {
            return true;
        }
        return !b.isEmpty() && (a.contains(b) || b.contains(a));
    }

    /** (slot, ok) pairs for the slots that apply to this gold event. */
    static List<Object[]> slots(Map<String, Object> g, Map<String, Object> s) {
        List<Object[]> out = new ArrayList<>();
        out.add(new Object[]{"date", Objects.equals(g.get("date"), s.get("date"))});
        String t = (String) g.get("type");
        if (t.equals("LEADER_CALL")) {
            List<String> sl = new ArrayList<>();
            if (s.get("leaders") instanceof Collection<?> c) {
                c.forEach(x -> sl.add(norm(x)));
            }
            boolean ok = true;
            if (g.get("leaders") instanceof Collection<?> gl) {
                for (Object x : gl) {
                    ok &= sl.stream().anyMatch(y -> y.contains(norm(x)));
                }
            }
            out.add(new Object[]{"leaders", ok});
        } else if (t.equals("PRISONER_SWAP") && map(g.get("released")) != null && !map(g.get("released")).isEmpty()) {
            Map<String, Object> gr = map(g.get("released"));
            Map<String, Object> sr = map(s.get("released"));
            boolean ok = sr != null && gr.size() == sr.size();
            if (ok) {
                for (Map.Entry<String, Object> e : gr.entrySet()) {
                    Object v = sr.get(e.getKey().toUpperCase(Locale.ROOT));
                    ok &= v != null && ((Number) v).intValue() == ((Number) e.getValue()).intValue();
                }
            }
            out.add(new Object[]{"released", ok});
        } else if (t.equals("STRIKE")) {
            out.add(new Object[]{"killed", countOk(map(g.get("killed")), map(s.get("killed")))});
            out.add(new Object[]{"wounded", countOk(map(g.get("wounded")), map(s.get("wounded")))});
            out.add(new Object[]{"location", placeOk(g.get("location"), s.get("location"))});
            if (g.get("attacker") != null) {
                out.add(new Object[]{"attacker", norm(g.get("attacker")).equals(norm(s.get("attacker")))});
            }
        }
        return out;
    }

    static int slotScore(Map<String, Object> g, Map<String, Object> s) {
        int n = 0;
        for (Object[] x : slots(g, s)) {
            if ((Boolean) x[1]) {
                n++;
            }
        }
        return n;
    }

    void addCase(String caseId, List<Map<String, Object>> gold, List<Map<String, Object>> sys) {
        List<int[]> pairs = new ArrayList<>();
        for (int gi = 0; gi < gold.size(); gi++) {
            for (int si = 0; si < sys.size(); si++) {
                if (keyOk(gold.get(gi), sys.get(si))) {
                    boolean opt = Boolean.TRUE.equals(gold.get(gi).get("optional"));
                    pairs.add(new int[]{opt ? 0 : 1, slotScore(gold.get(gi), sys.get(si)), gi, si});
                }
            }
        }
        pairs.sort((a, b) -> {
            for (int k = 0; k < 4; k++) {
                if (a[k] != b[k]) {
                    return Integer.compare(b[k], a[k]);
                }
            }
            return 0;
        });
        Set<Integer> ug = new HashSet<>();
        Set<Integer> us = new HashSet<>();
        for (int[] p : pairs) {
            if (ug.contains(p[2]) || us.contains(p[3])) {
                continue;
            }
            ug.add(p[2]);
            us.add(p[3]);
            Map<String, Object> g = gold.get(p[2]);
            if (Boolean.TRUE.equals(g.get("optional"))) {
                continue;
            }
            perType.get((String) g.get("type"))[0]++;
            for (Object[] sl : slots(g, sys.get(p[3]))) {
                slotTotal++;
                if ((Boolean) sl[1]) {
                    slotOk++;
                } else {
                    errors.add(caseId + ": " + g.get("type") + " slot " + sl[0] + ": gold " + g.get(sl[0]) + " got "
                            + sys.get(p[3]).get(sl[0]));
                }
            }
        }
        for (int gi = 0; gi < gold.size(); gi++) {
            if (!ug.contains(gi) && !Boolean.TRUE.equals(gold.get(gi).get("optional"))) {
                perType.get((String) gold.get(gi).get("type"))[2]++;
                errors.add(caseId + ": MISSED " + gold.get(gi));
            }
        }
        for (int si = 0; si < sys.size(); si++) {
            if (!us.contains(si)) {
                int[] c = perType.get((String) sys.get(si).get("type"));
                if (c != null) {
                    c[1]++;
                }
                errors.add(caseId + ": FALSE POSITIVE " + sys.get(si));
            }
        }
    }

    static double f1(int tp, int fp, int fn) {
        double p = tp + fp == 0 ? 1 : tp / (double) (tp + fp);
        double r = tp + fn == 0 ? 1 : tp / (double) (tp + fn);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double f1() {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int[] v : perType.values()) {
            tp += v[0];
            fp += v[1];
            fn += v[2];
        }
        return f1(tp, fp, fn);
    }

    double f1(String type) {
        int[] v = perType.get(type);
        return f1(v[0], v[1], v[2]);
    }

    double slotAccuracy() {
        return slotTotal == 0 ? 1 : slotOk / (double) slotTotal;
    }

    String summary() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, int[]> e : perType.entrySet()) {
            int[] v = e.getValue();
            sb.append(String.format(Locale.ROOT, "%-14s tp=%3d fp=%3d fn=%3d F1=%.3f%n", e.getKey(), v[0], v[1], v[2],
                    f1(v[0], v[1], v[2])));
        }
        sb.append(String.format(Locale.ROOT, "overall F1=%.3f slot_accuracy=%.3f%n", f1(), slotAccuracy()));
        return sb.toString();
    }
}
