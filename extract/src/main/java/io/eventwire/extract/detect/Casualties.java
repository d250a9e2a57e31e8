package io.eventwire.extract.detect;

import io.eventwire.extract.model.Count;
import io.eventwire.extract.normalize.NumberSpan;
import io.eventwire.extract.reference.PhraseIndex;

import java.util.ArrayList;
import java.util.List;

/**
 * Ties counts to casualty words inside a clause: "killing three people and wounding nine", "14 people were killed",
 * "the death toll stood at 51, with six injured", "the death of five ... and the injury of six others",
 * "a 62-year-old woman was killed". Sub-counts ("including four children") are skipped, and combined figures
 * ("400 injuries and deaths", "dozens of killed and injured") give no count at all.
 */
public final class Casualties {

    public final Count killed;
    public final Count wounded;
    public final boolean killWord;
    /** the wounded figure was told as an addition ("another 20 were hurt"): it only fills a strike that has none */
    public final boolean woundedIncrement;

    private Casualties(Count killed, Count wounded, boolean killWord, boolean woundedIncrement) {
        this.killed = killed;
        this.wounded = wounded;
        this.killWord = killWord;
        this.woundedIncrement = woundedIncrement;
    }

    public boolean any() {
        return killed != null || wounded != null;
    }

    public static Casualties find(Analysis a, int from, int to) {
        List<NumberSpan> spans = new ArrayList<>();
        for (NumberSpan s : a.numbers()) {
            if (s.from() >= from && s.to() <= to) {
                spans.add(s);
            }
        }
        boolean[] used = new boolean[spans.size()];
        List<PhraseIndex.Match<Boolean>> kills = killHits(a, from, to);
        List<PhraseIndex.Match<Boolean>> wounds = a.hits("WOUND", from, to);
        List<int[]> keys = new ArrayList<>(); // {from, to, 0=kill 1=wound}
        for (var m : kills) {
            keys.add(new int[]{m.from(), m.to(), 0});
        }
        for (var m : wounds) {
            keys.add(new int[]{m.from(), m.to(), 1});
        }
        keys.sort((p, q) -> Integer.compare(p[0], q[0]));
        Count killed = null;
        Count wounded = null;
        boolean woundInc = false;
        boolean bodiesReturned = a.has("BODY_RETURN", from, to);
        for (int ki = 0; ki < keys.size(); ki++) {
            int[] k = keys.get(ki);
            if (subcountBefore(a, k[0])) {
                continue; // "a farmer whose nephew was among those killed": a part of a toll told elsewhere
            }
            if (bodiesReturned && a.isWord("BODY_NOUN", k[0])) {
                continue; // "the bodies of 757 soldiers were repatriated": a handover of the dead, no attack's toll
            }
            // combined: "killed and wounded", "injuries and deaths"
            if (ki + 1 < keys.size() && keys.get(ki + 1)[2] != k[2] && keys.get(ki + 1)[0] == k[1] + 1
                    && (a.norm(k[1]).equals("and") || a.norm(k[1]).equals("or"))) {
                ki++;
                continue;
            }
            String w = a.norm(k[0]);
            int idx = -1;
            boolean numberOf = a.norm(k[0] - 1).equals("of") && a.norm(k[0] - 2).equals("number")
                    // "the number of people killed by the missile ... has risen to nine"
                    || a.norm(k[0] - 2).equals("of") && a.norm(k[0] - 3).equals("number")
                    && a.isWord("COUNTED_WHO", k[0] - 1);
            if (a.anyWord(k[0], k[1], "toll") || numberOf) { // "the death toll rose to", "the number of dead is
                for (int s = 0; s < spans.size(); s++) {
                    if (!used[s] && !spans.get(s).sub() && spans.get(s).from() >= k[1]
                            && spans.get(s).from() - k[1] <= 25 && spans.get(s).count().value() != null) {
                        idx = s;
                        break;
                    }
                }
            }
            if (idx < 0 && forwardWord(w)) {
                for (int s = 0; s < spans.size(); s++) {
                    NumberSpan sp = spans.get(s);
                    if (used[s] || sp.sub()) {
                        continue;
                    }
                    int gap = sp.from() - k[1];
                    if (gap == 0 || gap == 1 && (a.norm(k[1]).equals("of") || a.norm(k[1]).equals("another")
                            || a.norm(k[1]).equals("all"))) {
                        idx = s;
                        break;
                    }
                    if (gap == 2 && a.norm(k[1]).equals("of") && a.norm(k[1] + 1).equals("the")) {
                        idx = s;
                        break;
                    }
                    if (gap >= 3 && gap <= 4 && a.norm(sp.from() - 1).equals("of")
                            && (a.norm(sp.from() - 2).equals("family") || a.norm(sp.from() - 2).equals("household"))
                            && (a.norm(k[1]).equals("a") || a.norm(k[1]).equals("an") || a.norm(k[1]).equals("the"))) {
                        idx = s; // "killed a family of four", "killing an entire family of five"
                        break;
                    }
                }
            }
            if (idx < 0 && !nounOfWord(w, a.norm(k[1]))) {
                int floor = from;
                for (int[] o : keys) {
                    if (o[1] <= k[0] && o != k) {
                        floor = Math.max(floor, o[1]);
                    }
                }
                for (int s = spans.size() - 1; s >= 0; s--) {
                    NumberSpan sp = spans.get(s);
                    if (sp.to() > k[0] || sp.from() < floor || used[s] || sp.sub()) {
                        continue;
                    }
                    if (k[0] - sp.to() > 12 || crossesBreak(a, sp.to(), k[0])) {
                        break;
                    }
                    if (partitive(a, sp.to(), k[0])) {
                        used[s] = true; // "seven of the dead were children": a part of a toll told elsewhere
                        break;
                    }
                    idx = s;
                    break;
                }
            }
            if (idx < 0) {
                continue;
            }
            used[idx] = true;
            boolean inc = increment(a, spans.get(idx));
            if (inc && !(k[2] == 1 || k[2] == 0 && wounded != null)) {
                // "three more bodies", "two more deaths": an addition to a toll; but the wounded told after the
                // dead ("four were killed ... and another 17 were wounded", "a further twelve were hurt") are
                // that group's own figure
                continue;
            }
            if (k[2] == 0 && killed == null) {
                killed = joined(a, spans, used, idx, keys);
            } else if (k[2] == 1 && wounded == null) {
                wounded = joined(a, spans, used, idx, keys); // "wounding his wife and a neighbour": two
                woundInc = inc && killed == null;
            }
        }
        return new Casualties(killed, wounded, !kills.isEmpty(), woundInc);
    }

    /**
     * "killed a 34-year-old woman and her two children", "killed two soldiers and a medic": persons joined by
     * "and" after one casualty word add up, unless the second group has its own casualty word ("... and two
     * children were wounded").
     */
    private static Count joined(Analysis a, List<NumberSpan> spans, boolean[] used, int idx, List<int[]> keys) {
        NumberSpan first = spans.get(idx);
        Count c = first.count();
        if (c.value() == null || idx + 1 >= spans.size() || used[idx + 1]) {
            return c;
        }
        NumberSpan next = spans.get(idx + 1);
        int k = first.to();
        while (k < next.from() && !a.norm(k).equals("and")) {
            if (a.tokens.get(k).isPunct() || k - first.to() > 2) {
                return c;
            }
            k++;
        }
        if (k >= next.from() || !a.norm(k).equals("and")) {
            return c;
        }
        for (int j = k + 1; j < next.from(); j++) {
            String w = a.norm(j);
            if (!(w.equals("her") || w.equals("his") || w.equals("their") || w.equals("its"))) {
                return c;
            }
        }
        if (next.sub() || next.count().value() == null || increment(a, next)) {
            return c;
        }
        int nounAt = next.to();
        // "her two young sons", "his three small children": adjectives before the person noun
        while (nounAt < Math.min(a.size(), next.to() + 2) && !PEOPLE.contains(a.norm(nounAt))
                && !a.isWord("PERSON", nounAt) && a.tokens.get(nounAt).isWord()
                && !a.tokens.get(nounAt).capitalized()) {
            nounAt++;
        }
        String noun = a.norm(nounAt);
        if (!(a.isWord("PERSON", next.to() - 1) || PEOPLE.contains(noun) || a.isWord("PERSON", nounAt)
                || noun.endsWith("ren") && a.isWord("PERSON", nounAt))) {
            return c; // "1,405 dead and more than 220 taken hostage": not the same kind of count
        }
        for (int[] o : keys) {
            if (o[0] >= next.to() && o[0] - next.to() <= 4) {
                return c; // the second group has its own verb
            }
        }
        used[idx + 1] = true;
        return Count.of(c.value() + next.count().value(), c.qualifier());
    }

    private static boolean subcountBefore(Analysis a, int key) {
        int s = a.startEndingAt("SUBCOUNT", key);
        return s >= 0 && a.norm(s).equals("among");
    }


    /**
     * "seven of the dead", "several of the wounded", "two of those killed": the count right before "of the/those"
     * and the casualty word is a part of the whole toll (a sub-count), not a toll of its own.
     */
    private static boolean partitive(Analysis a, int afterNumber, int key) {
        if (!a.norm(afterNumber).equals("of")) {
            return false;
        }
        String det = a.norm(afterNumber + 1);
        return (det.equals("the") || det.equals("those") || det.equals("these")) && key - afterNumber <= 3;
    }

    private static final java.util.Set<String> PEOPLE = java.util.Set.of("people", "persons", "children", "men",
            "women", "civilians", "soldiers", "sons", "daughters", "brothers", "sisters", "relatives", "residents",
            "workers", "rescuers", "medics", "journalists", "policemen", "officers", "servicemen", "boys", "girls",
            "teenagers", "minors", "infants", "babies", "grandchildren", "fighters", "militants", "members",
            "passengers", "firefighters", "guards", "students", "pupils", "doctors", "nurses", "paramedics",
            "volunteers", "farmers", "fishermen", "others");

    private static boolean increment(Analysis a, NumberSpan sp) {
        String after = a.norm(sp.to());
        String before = a.norm(sp.from() - 1);
        return after.equals("more") || after.equals("additional") || after.equals("further")
                || before.equals("another") || before.equals("additional") || before.equals("further");
    }

    /**
     * KILL cues of the clause, without "lives" where it is the verb or an everyday noun ("who lives nearby", "save
     * lives"): it is a death only as "N lives", "their lives", "the lives of", "claimed/cost ... lives".
     */
    public static List<PhraseIndex.Match<Boolean>> killHits(Analysis a, int from, int to) {
        List<PhraseIndex.Match<Boolean>> out = new ArrayList<>();
        for (var m : a.hits("KILL", from, to)) {
            if (m.to() - m.from() == 1 && a.norm(m.from()).equals("lives") && !livesIsDeath(a, m.from())) {
                continue;
            }
            if (m.to() - m.from() == 1 && a.norm(m.from()).equals("toll") && !tollFigure(a, m.to())) {
                continue; // "took a heavy toll on", "toll road": no figure follows
            }
            out.add(m);
        }
        return out;
    }

    private static final java.util.Set<String> TOLL_VERB = java.util.Set.of("rose", "risen", "rises", "climbed",
            "climbs", "stood", "stands", "reached", "reaches", "increased", "jumped", "is", "was", "has", "had", "at",
            "to", "now", "of", "went", "grew", "hit");


    /** "the toll rose to 51", "the toll stood at 12", "a toll of nine": a bare "toll" that is a death toll. */
    private static boolean tollFigure(Analysis a, int after) {
        return TOLL_VERB.contains(a.norm(after));
    }

    private static boolean livesIsDeath(Analysis a, int i) {
        if (a.norm(i + 1).equals("of")) {
            return true;
        }
        String p = a.norm(i - 1);
        if (p.equals("their") || p.equals("his") || p.equals("her") || p.equals("civilian") || p.equals("human")
                || p.equals("more")) {
            return true;
        }
        for (NumberSpan s : a.numbers()) {
            if (s.to() == i) {
                return true; // "claimed 12 lives"
            }
        }
        for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
            String w = a.norm(k);
            if (w.equals("claimed") || w.equals("claiming") || w.equals("cost") || w.equals("costing")
                    || w.equals("took") || w.equals("taking") || w.equals("lost") || w.equals("losing")) {
                return true;
            }
        }
        return false;
    }

    private static boolean crossesBreak(Analysis a, int from, int to) {
        for (int i = from; i < to; i++) {
            String n = a.norm(i);
            if (n.equals(";") || n.equals("when") || n.equals("after") || n.equals("as") || n.equals("said")) {
                return true;
            }
        }
        return false;
    }

    private static boolean forwardWord(String w) {
        return switch (w) {
            case "killed", "killing", "kill", "kills", "wounding", "wounded", "injuring", "injured", "death",
                    "deaths", "bodies", "killing of", "injury", "injuries", "lives", "hurt", "wounds", "maimed", "maiming" -> true;
            default -> false;
        };
    }

    /** "the deaths of N" / "bodies of N": the count only comes after. */
    private static boolean nounOfWord(String w, String next) {
        return (w.equals("death") || w.equals("deaths") || w.equals("bodies") || w.equals("injury")
                || w.equals("lives")) && next.equals("of");
    }
}
