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
        return of(a, from, to, trig, trig);
    }

    /**
     * Classifies the trigger spanning tokens [trig, trigEnd) in clause [from, to); a modal right after a
     * multi-word trigger ("an exchange of prisoners could be arranged") is read from the trigger's end.
     */
    public static Kind of(Analysis a, int from, int to, int trig, int trigEnd) {
        trigEnd = Math.max(trig, trigEnd - 1);
        // denial anywhere before the trigger in the clause: "Moscow denied striking", "Germany denies it has stopped"
        for (var m : a.hits("DENIAL", from, trig)) {
            return Kind.NEGATED;
        }
        // a denied report governs the clause: "rejected media reports that X had stopped", "dismissed claims of"
        if (deniedReport(a, from, to, trig)) {
            return Kind.NEGATED;
        }
        // "gave no indication that a call had been scheduled", "there was no sign that ... had been freed"
        for (int k = from; k < trig - 1; k++) {
            if (a.norm(k).equals("no") && a.isWord("NO_SIGN", k + 1)) {
                return Kind.NEGATED;
            }
        }
        // "no delivery had been suspended", "no one has been released"
        for (int k = trig - 2; k >= Math.max(from, trig - 5); k--) {
            String n = a.norm(k);
            if ((n.equals("no") || n.equals("none") || n.equals("nothing")) && auxOnly(a, k + 2, trig)) {
                return Kind.NEGATED;
            }
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
        // "there are no plans for a call", "no intention of speaking": a plan denied (up to 8 words before)
        for (int k = Math.max(from, trig - 8); k < trig - 1; k++) {
            if (a.norm(k).equals("no") && a.isWord("NO_PLAN", k + 1)) {
                return Kind.NEGATED;
            }
        }
        // "prisoners it was ready to exchange", "would be happy to speak": readiness, not an event (lexicon
        // READY); read before "said he would", which would make it a plan
        if (ready(a, from, trig)) {
            return Kind.HYPOTHETICAL;
        }
        // conditionals and hypotheticals
        for (int k = from; k < trig; k++) {
            String n = a.norm(k);
            if (n.equals("if") || n.equals("unless") || n.equals("scenario") || n.equals("hypothetical")
                    || n.equals("whether")) {
                return Kind.HYPOTHETICAL;
            }
            if (n.equals("would") && trig - k <= 6 && reportedFuture(a, from, k) && !conditional(a, k, Math.min(to, trigEnd + 16))
                    && !a.norm(k + 1).equals("not")) { // "said he would not supply ...": a refusal or a threat
                return Kind.PLANNED; // "Canada said it would no longer ship arms": a reported "will"
            }
            if ((n.equals("could") || n.equals("would") || n.equals("might") || n.equals("should"))
                    && trig - k <= 4 && !a.norm(k + 1).equals("have")) {
                return Kind.HYPOTHETICAL;
            }
        }
        // "a possible prisoner swap", "a potential exchange", "future deliveries": not (yet) an event
        for (int k = Math.max(from, trig - 3); k < trig; k++) {
            if (POSSIBLE.contains(a.norm(k))) {
                return Kind.HYPOTHETICAL;
            }
            if (a.tokens.get(k).isPunct()) {
                break;
            }
        }
        for (int k = trig; k < Math.min(to, trigEnd + 3); k++) {
            String n = a.norm(k);
            if (n.equals("could") || n.equals("would") || n.equals("might")) {
                if (!a.norm(k + 1).equals("have")) {
                    return Kind.HYPOTHETICAL;
                }
            }
        }
        // "a new exchange is expected next month", "the call is scheduled for Friday", "a conversation of X with
        // President of Y Kassym-Jomart Tokayev is planned": the plan is told after (eight words, names not counted)
        for (int k = trigEnd + 1, budget = 8; k < to && budget > 0; k++) {
            String n = a.norm(k);
            boolean inName = n.equals("-") && k > 0 && a.tokens.get(k - 1).capitalized()
                    && k + 1 < to && a.tokens.get(k + 1).capitalized();
            if (a.tokens.get(k).isPunct() && !inName || n.equals("which") || n.equals("that") || n.equals("who")) {
                break;
            }
            if (!a.tokens.get(k).capitalized() && !inName && !a.isWord("OFFICE", k)) {
                budget--;
            }
            if ((n.equals("expected") || n.equals("planned") || n.equals("scheduled") || n.equals("slated")
                    || n.equals("due") && a.norm(k + 1).equals("to")) && BE_NOW.contains(a.norm(k - 1))) {
                return Kind.PLANNED;
            }
        }
        // "prisoners of war, to be released once ...", "deliveries to be halted": not done yet
        if (trig >= from + 2 && a.norm(trig - 1).equals("be") && a.norm(trig - 2).equals("to")) {
            return Kind.PLANNED;
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
                    || n.equals("anticipated") || n.equals("to") && a.norm(k + 1).equals("hold")
                    || n.equals("preparing") || n.equals("prepares") || n.equals("prepare")) {
                return Kind.PLANNED;
            }
        }
        return Kind.OCCURRED;
    }

    private static final java.util.Set<String> SAY = java.util.Set.of("said", "says", "announced", "announces",
            "confirmed", "confirms", "stated", "declared", "told", "added", "promised", "pledged", "decided");

    private static boolean conditional(Analysis a, int from, int to) {
        for (int k = from; k < to; k++) {
            String n = a.norm(k);
            if (n.equals("if") || n.equals("unless") || n.equals("whether")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "said (that) it would", "announced on Thursday that the government would", "said that President X and
     * President Y would": indirect speech of a "will". Up to six words between the verb and "would", not counting
     * the names and titles of a subject.
     */
    private static boolean reportedFuture(Analysis a, int from, int would) {
        int budget = 6;
        for (int k = would - 1; k >= Math.max(from, would - 18) && budget > 0; k--) {
            String n = a.norm(k);
            if (SAY.contains(n)) {
                return true;
            }
            if (n.equals("that") && a.norm(k - 1).equals("and")) {
                // "said the talks went well, and that X would ...": the second clause of one report
                for (int j = k - 2; j >= from; j--) {
                    if (SAY.contains(a.norm(j))) {
                        return true;
                    }
                }
            }
            if (n.equals(",") || n.equals("if") || n.equals("unless") || n.equals("when")) {
                return false;
            }
            if (!(a.tokens.get(k).capitalized() || n.equals("and") || n.equals("'s") || n.equals("that")
                    || a.isWord("OFFICE", k))) {
                budget--;
            }
        }
        return false;
    }

    private static final java.util.Set<String> POSSIBLE = java.util.Set.of("possible", "potential", "prospective",
            "eventual", "hypothetical", "proposed", "mooted");
    /** READY right before the trigger, not "happy to have spoken" (a past call told with pleasure). */
    private static boolean ready(Analysis a, int from, int trig) {
        for (var m : a.hits("READY", Math.max(from, trig - 4), trig)) {
            if (trig - m.to() <= 1 && !a.norm(m.to()).equals("have")) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> BE_NOW = java.util.Set.of("is", "are", "be", "being", "now");
    private static final java.util.Set<String> AUX = java.util.Set.of("had", "has", "have", "been", "was", "were",
            "is", "are", "be", "being", "yet", "so", "far", "ever");
    private static final java.util.Set<String> DENY_VERBS = java.util.Set.of("rejected", "rejects", "reject",
            "rejecting", "dismissed", "dismisses", "dismiss", "dismissing", "denied", "denies", "deny", "denying",
            "refuted", "refutes", "refute", "refuting", "disputed", "disputes", "dispute", "disputing", "debunked",
            "debunks", "contradicted", "contradicts", "rebuffed", "rebuts", "rebutted", "brushed", "shrugged",
            "quashed", "scotched", "slammed", "dismissal", "denial", "denials", "rejection");
    private static final java.util.Set<String> CLAIMS = java.util.Set.of("report", "reports", "claim", "claims",
            "allegation", "allegations", "suggestion", "suggestions", "rumour", "rumours", "rumor", "rumors",
            "speculation", "accounts", "assertion", "assertions", "story", "stories", "reporting", "statements");
    private static final java.util.Set<String> FALSITY = java.util.Set.of("false", "untrue", "baseless",
            "unfounded", "fake", "groundless", "inaccurate", "incorrect", "fabricated", "fabrication", "nonsense",
            "lies", "disinformation", "misinformation", "fiction");

    private static boolean auxOnly(Analysis a, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!AUX.contains(a.norm(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The trigger sits inside a report that the clause denies: a denial verb with a claim noun right after it
     * before the trigger ("rejected media reports that", "dismissed claims", "denied reports of"), "no truth
     * to/in reports", or "reports that ..." before the trigger and a falsity word after it ("reports that X halted
     * deliveries were false", "... calling them baseless").
     */
    static boolean deniedReport(Analysis a, int from, int to, int trig) {
        int claimAt = -1;
        for (int k = from; k < trig; k++) {
            String n = a.norm(k);
            if (CLAIMS.contains(n)) {
                if (claimAt < 0) {
                    claimAt = k;
                }
                for (int j = k - 1; j >= Math.max(from, k - 4); j--) {
                    String p = a.norm(j);
                    if (DENY_VERBS.contains(p) || FALSITY.contains(p)) {
                        return true;
                    }
                    if (p.equals("truth") && (a.norm(j - 1).equals("no") || a.norm(j - 2).equals("no"))
                            || p.equals("basis") && a.norm(j - 1).equals("no")) {
                        return true;
                    }
                    if (p.equals(",") || p.equals(";") || p.equals("that")) {
                        break;
                    }
                }
            }
        }
        if (claimAt >= 0) {
            for (int k = trig + 1; k < Math.min(to, trig + 25); k++) {
                String n = a.norm(k);
                if (FALSITY.contains(n) || n.equals("foundation") && a.norm(k - 1).equals("without")
                        || n.equals("true") && a.norm(k - 1).equals("not")) {
                    return true;
                }
            }
        }
        return false;
    }
}
