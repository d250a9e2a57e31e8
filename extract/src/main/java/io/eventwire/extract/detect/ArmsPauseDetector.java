package io.eventwire.extract.detect;

import io.eventwire.extract.model.EventType;
import io.eventwire.extract.normalize.DateMention;
import io.eventwire.extract.reference.PhraseIndex;

import java.time.LocalDate;
import java.util.List;

/**
 * ARMS_PAUSE (CAMEO 1622): a state pauses, halts, suspends or cuts weapons deliveries to another state. A pausing
 * word followed closely by an arms noun ("paused some weapons shipments", "suspend 30 arms export licences"), or a
 * negated supply verb ("will not send weapons", "no longer supply arms"). The supplier is the nearest country
 * actor before the trigger, the recipient the country after "to/for/with". Denials, conditionals ("if the US
 * halts"), scenarios and calls on others to stop are not events. One event per supplier-recipient pair.
 */
public final class ArmsPauseDetector {

    public void process(Analysis a, ArticleState st) {
        int n = a.size();
        int trig = -1;
        int objEnd = -1;
        int modTrig = -1;
        for (PhraseIndex.Match<Boolean> v : a.hits("ARMS_VERB")) {
            int o = objectAfter(a, v.to(), 8);
            if (o >= 0) {
                trig = v.from();
                modTrig = v.from();
                objEnd = o;
                break;
            }
        }
        if (trig < 0) {
            for (PhraseIndex.Match<Boolean> v : a.hits("ARMS_NEG_SUPPLY")) {
                int neg = negationBefore(a, v.from());
                if (neg < 0 && a.norm(v.to()).equals("no")) {
                    neg = v.to(); // "would approve no exports of weapons", "will send no more arms"
                }
                if (neg < 0) {
                    continue;
                }
                int o = objectAfter(a, v.to(), 6);
                if (o >= 0) {
                    trig = v.from();
                    modTrig = neg;
                    objEnd = o;
                    break;
                }
            }
        }
        if (trig < 0) {
            // passive: "licences to ship military goods to Israel have been suspended", "arms deliveries were
            // halted": the arms noun is the subject before the auxiliary
            for (PhraseIndex.Match<Boolean> v : a.hits("ARMS_VERB")) {
                if (!PARTICIPLE.contains(a.norm(v.from())) || !BE.contains(a.norm(v.from() - 1))) {
                    continue;
                }
                int aux = v.from() - 1;
                while (aux - 1 >= 0 && BE.contains(a.norm(aux - 1))) {
                    aux--;
                }
                int o = objectBefore(a, aux, 14);
                if (o >= 0) {
                    trig = v.from();
                    modTrig = v.from();
                    objEnd = o;
                    break;
                }
            }
        }
        if (trig < 0) {
            // "put arms deliveries to Israel on hold", "shipments of missiles to Ukraine were put on hold"
            int h = a.find(0, n, "on hold");
            if (h > 0) {
                for (int p = Math.max(0, h - 12); p < h; p++) {
                    if (PUT.contains(a.norm(p))) {
                        int o = -1;
                        for (PhraseIndex.Match<Boolean> ob : a.hits("ARMS_OBJECT")) {
                            if (ob.from() > p && ob.to() <= h) {
                                o = ob.to();
                                break;
                            }
                        }
                        if (o < 0 && p == h - 1) {
                            int aux = p;
                            while (aux - 1 >= 0 && BE.contains(a.norm(aux - 1))) {
                                aux--;
                            }
                            o = objectBefore(a, aux, 14);
                        }
                        if (o >= 0) {
                            trig = p;
                            modTrig = p;
                            objEnd = o;
                        }
                        break;
                    }
                }
            }
        }
        if (trig < 0) {
            backReference(a, st);
            return;
        }
        Modality.Kind mod = Modality.of(a, 0, n, modTrig);
        if (mod == Modality.Kind.NEGATED || mod == Modality.Kind.HYPOTHETICAL || mod == Modality.Kind.CALL_FOR) {
            return;
        }
        if (a.has("PROPOSAL", 0, modTrig) && !a.anyWord(0, modTrig, "decision", "decided")) {
            return;
        }
        if (st.isBackground(a, 0, n)) {
            return;
        }
        List<Actor> actors = a.actors(st.actors, st.published);
        String supplier = null;
        for (Actor x : actors) {
            if (x.to() <= trig && (!recipientPrep(a, x.from()) || EXPORTERS.contains(a.norm(x.to())))
                    && x.from() >= a.datelineEnd) {
                // "licences for Spanish firms to sell ...": the firms' country is the supplier
                // a dateline ("WASHINGTON / KYIV --") is where the reporter sits, not who pauses
                supplier = x.iso3();
            }
        }
        String recipient = null;
        for (Actor x : actors) {
            if (x.from() >= objEnd - 1 && recipientPrep(a, x.from()) && !x.iso3().equals(supplier)) {
                recipient = x.iso3();
                break;
            }
        }
        if (recipient == null) {
            for (Actor x : actors) {
                if (!x.iso3().equals(supplier) && x.from() > trig) {
                    recipient = x.iso3();
                    break;
                }
            }
        }
        if (supplier == null) {
            for (Actor x : actors) {
                if (!x.iso3().equals(recipient) && x.from() > objEnd) {
                    supplier = x.iso3();
                    break;
                }
            }
        }
        if (supplier == null || recipient == null || supplier.equals(recipient)) {
            return;
        }
        DateMention dm = st.pickDate(a, 0, n, trig, false);
        LocalDate date = st.resolve(dm, false, a.story);
        Draft target = null;
        for (Draft d : st.pauses) {
            if (supplier.equals(d.supplier) && recipient.equals(d.recipient)) {
                target = d;
            }
        }
        if (target == null && definiteNoun(a, trig)) {
            for (Draft d : st.pauses) {
                if (d.story == a.story) {
                    return; // "the pause does not affect weapons that Ukraine buys from ...": the pause told before
                }
            }
        }
        if (target == null) {
            target = new Draft(EventType.ARMS_PAUSE);
            target.supplier = supplier;
            target.recipient = recipient;
            target.story = a.story;
            target.publisher = st.storyPublisher.get(a.story);
            st.pauses.add(target);
        }
        if (date != null && (dm.kind() != DateMention.Kind.RELATIVE)) {
            target.setDate(date, dm.reporting() || datesOtherEvent(a, dm, trig));
        }
        target.addEvidence(a.sentence);
        target.lastSentence = a.index;
        // "came the day after Washington announced the cessation ...": date relative to the event told before
        for (DateMention d : a.dates()) {
            if (d.kind() == DateMention.Kind.RELATIVE && d.from() < trig && target.date == null) {
                for (Object[] m : st.sentenceMentions) {
                    if ((int) m[0] < d.from() && m[1] != target) {
                        target.relativeTo = (Draft) m[1];
                        target.relativeOffset = -d.offset();
                    }
                }
                if (target.relativeTo == null && date != null) {
                    target.setDate(date, true);
                }
            }
        }
        st.sentenceMentions.add(new Object[]{trig, target});
    }

    /**
     * "told Merz in a telephone call on Sunday that Berlin's decision to stop some arms exports ...": the day sits
     * on a call or meeting told in the same sentence, not on the pause (then it is only a weak date).
     */
    private static boolean datesOtherEvent(Analysis a, DateMention dm, int trig) {
        for (String cat : new String[]{"CALL_STRONG", "IN_PERSON"}) {
            for (PhraseIndex.Match<Boolean> h : a.hits(cat)) {
                boolean after = dm.from() >= h.to() && dm.from() - h.to() <= 2;
                boolean before = dm.to() <= h.from() && h.from() - dm.to() <= 1;
                int toCue = after ? dm.from() - h.to() : before ? h.from() - dm.to() : Integer.MAX_VALUE;
                int toTrig = dm.from() >= trig ? dm.from() - trig : trig - dm.to();
                if (toCue < toTrig) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "Berlin told Kyiv of the pause the day before ...", "the suspension took effect on Monday": a definite pause
     * noun without an arms object refers back to the pause just told; its day fills that pause's missing date.
     */
    private static void backReference(Analysis a, ArticleState st) {
        Draft last = null;
        for (Draft d : st.pauses) {
            if (d.story == a.story && a.index - d.lastSentence <= 3) {
                last = d;
            }
        }
        if (last == null || last.date != null) {
            return;
        }
        for (PhraseIndex.Match<Boolean> v : a.hits("ARMS_VERB")) {
            String w = a.norm(v.from());
            String det = a.norm(v.from() - 1);
            boolean noun = w.equals("pause") || w.equals("halt") || w.equals("suspension") || w.equals("freeze")
                    || w.equals("cessation") || w.equals("stoppage");
            if (!noun || !(det.equals("the") || det.equals("this") || det.equals("that"))) {
                continue;
            }
            if (Modality.of(a, 0, a.size(), v.from()) != Modality.Kind.OCCURRED) {
                return;
            }
            DateMention dm = st.pickDate(a, 0, a.size(), v.from(), true);
            if (dm == null || !dm.pinsDay() || dm.kind() == DateMention.Kind.RELATIVE || dm.reporting()) {
                return;
            }
            LocalDate date = st.resolve(dm, false, a.story);
            if (date != null) {
                last.setDate(date, false);
                last.addEvidence(a.sentence);
            }
            return;
        }
    }

    /** "the pause", "this suspension", "the freeze": a pause noun that refers back to a pause told before. */
    private static boolean definiteNoun(Analysis a, int trig) {
        String w = a.norm(trig);
        String det = a.norm(trig - 1);
        return (w.equals("pause") || w.equals("halt") || w.equals("suspension") || w.equals("freeze")
                || w.equals("cessation") || w.equals("stoppage"))
                && (det.equals("the") || det.equals("this") || det.equals("that"));
    }

    private static boolean recipientPrep(Analysis a, int i) {
        String p = a.norm(i - 1);
        String pp = a.norm(i - 2);
        return p.equals("to") || p.equals("for") || p.equals("with") || p.equals("into")
                || p.equals("the") && (pp.equals("to") || pp.equals("for") || pp.equals("with"));
    }

    private static int negationBefore(Analysis a, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            String n = a.norm(k);
            if (n.equals("not") || n.endsWith("n't") || n.equals("longer") && a.norm(k - 1).equals("no")
                    || n.equals("stop") || n.equals("stops") || n.equals("stopped") || n.equals("halt")) {
                return n.equals("longer") ? k - 1 : k;
            }
        }
        return -1;
    }

    private static final java.util.Set<String> EXPORTERS = java.util.Set.of("firms", "companies", "manufacturers",
            "exporters", "producers", "suppliers", "industry", "defence", "defense", "arms");
    private static final java.util.Set<String> PUT = java.util.Set.of("put", "puts", "putting", "placed",
            "places", "placing");
    private static final java.util.Set<String> PARTICIPLE = java.util.Set.of("paused", "halted", "suspended",
            "delayed",
            "stopped", "frozen", "withheld", "ceased", "blocked");
    private static final java.util.Set<String> BE = java.util.Set.of("been", "was", "were", "is", "are", "be",
            "has", "have", "had");

    /** End token of the last arms noun ending within {@code window} tokens before {@code to} in its clause, or -1. */
    private static int objectBefore(Analysis a, int to, int window) {
        int best = -1;
        for (PhraseIndex.Match<Boolean> o : a.hits("ARMS_OBJECT")) {
            if (o.to() <= to && to - o.to() <= window) {
                boolean clean = true;
                for (int k = o.to(); k < to; k++) {
                    String w = a.norm(k);
                    if (w.equals(".") || w.equals(";") || w.equals("but") || w.equals("and") && k == to - 1) {
                        clean = false;
                    }
                }
                if (clean) {
                    best = o.to();
                }
            }
        }
        return best;
    }

    /** End token of an arms noun starting within {@code window} tokens after {@code from}, or -1. */
    private static int objectAfter(Analysis a, int from, int window) {
        for (PhraseIndex.Match<Boolean> o : a.hits("ARMS_OBJECT")) {
            if (o.from() >= from && o.from() - from <= window) {
                for (int k = from; k < o.from(); k++) {
                    String w = a.norm(k);
                    if (w.equals(".") || w.equals(";") || w.equals("but")) {
                        return -1;
                    }
                }
                return o.to();
            }
        }
        return -1;
    }
}
