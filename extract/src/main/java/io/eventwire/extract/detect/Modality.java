package io.eventwire.extract.detect;

/**
 * Modality of a trigger in its clause: whether the event is asserted as real, planned, or not an event at all
 * (negated, denied, hypothetical or conditional, a call/demand for it, a proposal).
 */
public final class Modality {

    public enum Kind { OCCURRED, PLANNED, NEGATED, HYPOTHETICAL, CALL_FOR }

    private Modality() {
    }

    /**
     * Classifies the trigger at token {@code trig} in clause [from, to).
     */
    public static Kind of(Analysis a, int from, int to, int trig) {
        // denial anywhere before the trigger in the clause: "Moscow denied striking", "Germany denies it has stopped"
        for (var m : a.hits("DENIAL", from, trig)) {
            return Kind.NEGATED;
        }
        // negation close before the trigger: "did not strike", "has not spoken", "no ban"
        for (int k = trig - 1; k >= Math.max(from, trig - 3); k--) {
            String n = a.norm(k);
            if (n.equals("not") || n.equals("never") || n.equals("no") || n.endsWith("n't")) {
                return Kind.NEGATED;
            }
            if (n.equals(",") || n.equals("and") || n.equals("but")) {
                break;
            }
        }
        // calls for a ceasefire / for states to stop sending weapons
        for (var m : a.hits("CALL_FOR", from, trig)) {
            if (trig - m.to() <= 8) {
                return Kind.CALL_FOR;
            }
        }
        // conditionals and hypotheticals
        for (int k = from; k < trig; k++) {
            String n = a.norm(k);
            if (n.equals("if") || n.equals("unless") || n.equals("scenario") || n.equals("hypothetical")
                    || n.equals("whether")) {
                return Kind.HYPOTHETICAL;
            }
            if ((n.equals("could") || n.equals("would") || n.equals("might") || n.equals("should"))
                    && trig - k <= 4 && !a.norm(k + 1).equals("have")) {
                return Kind.HYPOTHETICAL;
            }
        }
        for (int k = trig; k < Math.min(to, trig + 3); k++) {
            String n = a.norm(k);
            if (n.equals("could") || n.equals("would") || n.equals("might")) {
                if (!a.norm(k + 1).equals("have")) {
                    return Kind.HYPOTHETICAL;
                }
            }
        }
        // plans: "will speak", "plans to call", "is expected to", "was due to speak", "to hold"
        for (int k = Math.max(from, trig - 6); k < trig; k++) {
            String n = a.norm(k);
            if (n.equals("will") || n.equals("plans") || n.equals("plan") || n.equals("planned")
                    || n.equals("planning") || n.equals("intends") || n.equals("intend") || n.equals("expected")
                    || n.equals("scheduled") || n.equals("'ll") || n.equals("slated") || n.equals("set")
                    && a.norm(k + 1).equals("to") || n.equals("due") && a.norm(k + 1).equals("to")
                    || n.equals("going") && a.norm(k + 1).equals("to") || n.equals("wants")
                    || n.equals("hopes") || n.equals("promised") || n.equals("pledged")
                    || n.equals("anticipated") || n.equals("to") && a.norm(k + 1).equals("hold")) {
                return Kind.PLANNED;
            }
        }
        return Kind.OCCURRED;
    }
}
