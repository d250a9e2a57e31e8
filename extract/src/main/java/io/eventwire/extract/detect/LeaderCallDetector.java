package io.eventwire.extract.detect;

import io.eventwire.extract.model.EventStatus;
import io.eventwire.extract.model.EventType;
import io.eventwire.extract.normalize.DateMention;
import io.eventwire.extract.reference.PhraseIndex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * LEADER_CALL (CAMEO 041): a phone or video call between leaders of two countries. A strong cue ("phone call",
 * "by telephone", "calls") or a talking verb ("spoke with") plus two leader-level actors of different countries
 * makes a mention; "called for"/"called on" are not calls, and talking verbs next to meeting cues (met, visit,
 * summit) are in-person. Mentions with the same participants and status merge into one event; mentions without
 * actors ("the conversation took place on Friday") add evidence and dates to the last call.
 */
public final class LeaderCallDetector {

    public void process(Analysis a, ArticleState st) {
        int split = secondCall(a, st);
        if (split < 0) {
            process(a, st, 0, a.size(), null);
            return;
        }
        // "X said he had spoken with Y on Saturday and would speak with Z on Sunday": two calls, one subject
        process(a, st, 0, split, null);
        Actor subject = null;
        List<Actor> actors = a.actors(st.actors, st.published);
        for (Actor x : actors) {
            if (x.leaderLevel() && x.to() <= split) {
                subject = x;
                break;
            }
        }
        if (subject != null) {
            process(a, st, split, a.size(), subject);
        }
    }

    /**
     * Where a second call of the sentence starts: "and" right before a talking verb or call word (up to two words
     * between: "and would speak", "and then called") that has a leader of its own after it, while the part before
     * tells a call with two leaders already. -1 when the sentence tells one call.
     */
    private static int secondCall(Analysis a, ArticleState st) {
        int n = a.size();
        int firstCue = n;
        for (PhraseIndex.Match<Boolean> m : a.hits("CALL_STRONG")) {
            firstCue = Math.min(firstCue, m.from());
        }
        for (PhraseIndex.Match<Boolean> m : a.hits("CALL_VERB")) {
            firstCue = Math.min(firstCue, m.from());
        }
        // cheap candidates first (an "and" right before a talking verb, after a first call cue); the actors, which
        // cost more, only for the first few of them
        List<int[]> candidates = new ArrayList<>();
        for (int i = firstCue + 1; i < n && candidates.size() < 3; i++) {
            if (!a.norm(i).equals("and")) {
                continue;
            }
            String nx = a.norm(i + 1);
            if (nx.equals("with") || nx.equals("then") && a.norm(i + 2).equals("with")) {
                // "spoke with Putin on Monday and with Zelensky on Tuesday": the verb is left out
                candidates.add(new int[]{i, nx.equals("with") ? i + 1 : i + 2});
                continue;
            }
            for (int k = i + 1; k <= Math.min(n - 1, i + 3); k++) {
                if (a.isWord("CALL_VERB", k) || a.isWord("CALL_STRONG", k)) {
                    candidates.add(new int[]{i, k});
                    break;
                }
            }
        }
        if (candidates.isEmpty()) {
            return -1;
        }
        List<Actor> lead = new ArrayList<>();
        for (Actor x : a.actors(st.actors, st.published)) {
            if (x.leaderLevel()) {
                lead.add(x);
            }
        }
        for (int[] c : candidates) {
            int i = c[0];
            int verb = c[1];
            java.util.Set<String> before = new java.util.HashSet<>();
            java.util.Set<String> after = new java.util.HashSet<>();
            for (Actor x : lead) {
                if (x.to() <= i) {
                    before.add(x.iso3());
                } else if (x.from() > verb) {
                    after.add(x.iso3());
                }
            }
            after.removeAll(before);
            if (before.size() >= 2 && !after.isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    private void process(Analysis a, ArticleState st, int from, int n, Actor subject) {
        int trig = -1;
        boolean strong = false;
        for (PhraseIndex.Match<Boolean> m : a.hits("CALL_STRONG", from, n)) {
            if (isCallFor(a, m.from(), m.to())) {
                continue;
            }
            trig = m.from();
            strong = true;
            break;
        }
        // "met by video link", "a virtual summit": a meeting held at a distance is a call
        boolean remote = false;
        for (PhraseIndex.Match<Boolean> m : a.hits("REMOTE", from, n)) {
            if (a.has("ADDRESS", Math.max(from, m.from() - 8), Math.min(n, m.to() + 6))) {
                if (!strong) {
                    return; // "speaking by video link to the council": an address, and its talking verb no call
                }
                continue;
            }
            remote = true;
            if (trig < 0) {
                trig = m.from();
            }
            break;
        }
        boolean weakVerb = false;
        if (trig < 0) {
            for (PhraseIndex.Match<Boolean> m : a.hits("CALL_VERB", from, n)) {
                String w = a.norm(m.from());
                if (trig < 0 || !(w.equals("told") || w.equals("discussed") || w.equals("tells"))
                        && (a.norm(trig).equals("told") || a.norm(trig).equals("discussed") || a.norm(trig).equals("tells"))) {
                    trig = m.from();
                }
                weakVerb = true;
            }
        }
        boolean noun = false;
        if (trig < 0) {
            for (PhraseIndex.Match<Boolean> m : a.hits("CALL_NOUN", from, n)) {
                if (a.norm(m.from()).equals("exchange") && (a.has("CAPTIVE", 0, a.size())
                        || a.has("SWAP", 0, m.from()))) {
                    continue;
                }
                trig = m.from();
                noun = true;
                break;
            }
        }
        if (trig < 0 && subject != null) {
            // "... and with Zelensky on Tuesday": the talking verb of the first call, left out
            for (int k = from; k < Math.min(n, from + 3); k++) {
                if (a.norm(k).equals("with")) {
                    trig = k;
                    weakVerb = true;
                    break;
                }
            }
        }
        if (trig < 0) {
            return;
        }
        LocalDate refDate = st.published;
        List<Actor> actors = new ArrayList<>();
        if (subject != null) {
            actors.add(subject);
        }
        for (Actor x : a.actors(st.actors, refDate)) {
            if (x.from() >= from && x.to() <= n) {
                actors.add(x);
            }
        }
        List<Map<String, Actor>> groups = callGroups(a, actors, trig, subject != null);
        Map<String, Actor> byCountry = groups.get(0);
        if (remote && trig >= 0) {
            strong = true;
        }
        boolean inPerson = a.has("IN_PERSON", from, n) && !strong;
        if (strong && a.has("IN_PERSON", from, n) && !a.anyWord(from, n, "phone", "telephone", "call", "calls", "called",
                "video", "phoned")) {
            inPerson = !remote;
        }
        int modAt = trig;
        String tw = a.norm(trig);
        if (strong && (tw.equals("by") || tw.equals("over") || tw.equals("on") || tw.equals("via") || remote)) {
            // "will speak with Putin by telephone": the tense sits on the verb, not on the manner phrase
            for (PhraseIndex.Match<Boolean> v : a.hits("CALL_VERB", Math.max(from, trig - 12), trig)) {
                modAt = v.from();
                break;
            }
        }
        Modality.Kind mod = Modality.of(a, 0, n, modAt);
        if (subject != null && mod == Modality.Kind.HYPOTHETICAL && a.anyWord(from, trig, "would")
                && a.has("REPORT", 0, from) && !a.anyWord(from, trig, "if", "unless", "not")) {
            mod = Modality.Kind.PLANNED; // "said he had spoken with X and would speak with Y": the report's "will"
        }
        if (mod == Modality.Kind.NEGATED || mod == Modality.Kind.HYPOTHETICAL || mod == Modality.Kind.CALL_FOR) {
            return;
        }
        if (st.isBackground(a, from, n) || st.recalledAt(a, from, n, trig)) {
            return;
        }
        if (mod == Modality.Kind.OCCURRED && a.sentence.headline() && a.norm(modAt - 1).equals("to")
                && modAt >= 2 && a.tokens.get(modAt - 2).capitalized()) {
            mod = Modality.Kind.PLANNED; // headline "Macron to call Putin"
        }
        EventStatus status = mod == Modality.Kind.PLANNED ? EventStatus.PLANNED : EventStatus.OCCURRED;
        DateMention dm = st.pickDate(a, from, n, trig, true);
        LocalDate date = st.resolve(dm, status == EventStatus.PLANNED, a.story);
        if (byCountry.size() >= 2 && !inPerson) {
          for (Map<String, Actor> group : groups) {
            byCountry = group;
            boolean mayCreate = strong || weakVerb && !a.anyWord(trig, trig + 1, "told", "discussed", "tells", "talks");
            if (strong && referredCall(a, trig)) {
                mayCreate = false; // "Macron discussed the planned call with Trump": the call told before
            }
            Draft target = null;
            for (Draft d : st.calls) {
                if (d.participants.equals(new java.util.TreeSet<>(byCountry.keySet()))
                        && (d.status == status || !mayCreate)
                        && (date == null || d.date == null || d.date.equals(date))) {
                    target = d;
                }
            }
            if (target == null && !mayCreate) {
                continue;
            }
            if (target == null) {
                target = new Draft(EventType.LEADER_CALL);
                target.status = status;
                target.story = a.story;
                target.publisher = st.storyPublisher.get(a.story);
                target.participants.addAll(byCountry.keySet());
                st.calls.add(target);
            }
            for (Map.Entry<String, Actor> e : byCountry.entrySet()) {
                if (e.getValue().surname() != null) {
                    target.leaders.putIfAbsent(e.getKey(), e.getValue().surname());
                }
            }
            if (date != null) {
                target.setDate(date, false);
                st.lastDate.put(a.story, date);
            } else if (dm != null && !dm.pinsDay() && !dm.reporting()) {
                target.vagueTime = true; // "had called Netanyahu earlier in the week"
            }
            target.addEvidence(a.sentence);
            target.lastSentence = a.index;
            st.sentenceMentions.add(new Object[]{trig, target});
          }
        } else if ((noun || strong || weakVerb) && byCountry.size() <= 1 && !st.calls.isEmpty()) {
            // reference back to the last call of the story: "the conversation took place on Friday"
            Draft last = st.calls.get(st.calls.size() - 1);
            if (last.story != a.story || a.index - last.lastSentence > 6) {
                return;
            }
            if (byCountry.size() == 1 && !last.participants.contains(byCountry.keySet().iterator().next())) {
                return;
            }
            if (!(noun || a.anyWord(from, n, "call", "conversation", "telephone", "phone"))) {
                return;
            }
            last.addEvidence(a.sentence);
            if (date != null && last.date == null) {
                last.setDate(date, false);
            }
            if (last.status == EventStatus.PLANNED && status == EventStatus.OCCURRED
                    && a.anyWord(from, n, "took", "lasted", "occurred", "happened", "held", "ended")
                    && (last.date == null || st.published == null || !last.date.isAfter(st.published))) {
                last.status = EventStatus.OCCURRED;
            }
            st.sentenceMentions.add(new Object[]{trig, last});
        }
    }

    /** "the planned call", "the upcoming conversation", "this call": a noun phrase pointing at a call told before. */
    private static boolean referredCall(Analysis a, int trig) {
        String w = a.norm(trig);
        if (!(w.equals("call") || w.equals("conversation") || w.equals("phone") || w.equals("telephone"))) {
            return false;
        }
        String p = a.norm(trig - 1);
        String p2 = a.norm(trig - 2);
        boolean adj = p.equals("planned") || p.equals("upcoming") || p.equals("proposed") || p.equals("expected")
                || p.equals("scheduled") || p.equals("possible") || p.equals("previous") || p.equals("last");
        return adj && (p2.equals("the") || p2.equals("a") || p2.equals("their") || p2.equals("his")
                || p2.equals("her")) || (p.equals("the") || p.equals("this") || p.equals("that"))
                && a.anyWord(Math.max(0, trig - 4), trig, "discussed", "welcomed", "criticised", "criticized",
                "mentioned", "praised", "dismissed");
    }

    /** "called for", "called on", "so-called", "calls for a ceasefire": not a phone call. */
    static boolean isCallFor(Analysis a, int from, int to) {
        String w = a.norm(from);
        if (!(w.equals("call") || w.equals("calls") || w.equals("called") || w.equals("calling"))) {
            return false;
        }
        String next = a.norm(to);
        String prev = a.norm(from - 1);
        if (next.equals("on") && w.equals("call")) {
            for (var d : a.dates()) {
                if (d.from() == to + 1) {
                    return false; // "in a call on Wednesday": the call's day, not "call on someone"
                }
            }
        }
        if (next.equals("for") || next.equals("on") || next.equals("upon") || next.equals("it") || next.equals("off")
                || next.equals("up") || next.equals("out") || next.equals("into") || next.equals("them")
                && !w.equals("called")) {
            return true;
        }
        if (prev.equals("-") || prev.equals("so") || prev.equals("wake") || prev.equals("roll")) {
            return true;
        }
        // "Zelenskyy called the Russian attack ... a war crime": called + object + noun phrase label
        if (w.equals("called") && !(next.equals("his") || next.equals("her") || isCapital(a, to))) {
            return true;
        }
        if (w.equals("call") && (prev.equals("a") || prev.equals("the")) && next.equals("to")) {
            return true; // "a call to arms"
        }
        return false;
    }

    private static boolean isCapital(Analysis a, int i) {
        return i < a.size() && a.tokens.get(i).capitalized();
    }

    /**
     * The calls a sentence tells, each a map of participants. Usually one pair ({@link #pickParticipants}); two
     * readings of a list of leaders (names joined by commas and "and") make more:
     * <ul>
     * <li>a list of three or more countries' leaders as the subject, no one after the call word ("the leaders of
     * X, Y and Z held a video conference"): one call of them all;</li>
     * <li>one leader "spoke by phone with A and B": a call with each of them, as a careful reader takes it, unless
     * the call is told as joint (lexicon CALL_JOINT: "conference call", "three-way call"): then one call of all.</li>
     * </ul>
     */
    static List<Map<String, Actor>> callGroups(Analysis a, List<Actor> actors, int trig, boolean hasSubject) {
        Map<String, Actor> pair = pickParticipants(actors, trig);
        List<Map<String, Actor>> one = List.of(pair);
        List<List<Actor>> items = leaderItems(actors);
        if (items.size() < 3) {
            return one;
        }
        int firstRight = -1;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).get(0).from() > trig) {
                firstRight = i;
                break;
            }
        }
        boolean withList = firstRight > 0 && a.norm(items.get(firstRight).get(0).from() - 1).equals("with");
        if (!withList && firstRight != 0) {
            // the subject list: the last item before the call word and the items joined to it
            int end = (firstRight < 0 ? items.size() : firstRight) - 1;
            int start = end;
            while (start > 0 && joined(a, items.get(start - 1), items.get(start))) {
                start--;
            }
            Map<String, Actor> all = groupOf(items.subList(start, end + 1));
            return all.size() >= 3 ? List.of(all) : one;
        }
        if (!withList || hasSubject) {
            return one;
        }
        int end = firstRight;
        while (end + 1 < items.size() && joined(a, items.get(end), items.get(end + 1))) {
            end++;
        }
        if (end == firstRight) {
            return one;
        }
        Actor subject = pick(items.get(firstRight - 1));
        Map<String, Actor> counterparts = groupOf(items.subList(firstRight, end + 1));
        counterparts.remove(subject.iso3());
        if (counterparts.size() < 2) {
            return one;
        }
        if (a.has("CALL_JOINT", 0, a.size())) {
            Map<String, Actor> all = new LinkedHashMap<>();
            all.put(subject.iso3(), subject);
            all.putAll(counterparts);
            return List.of(all);
        }
        List<Map<String, Actor>> out = new ArrayList<>();
        for (Actor c : counterparts.values()) {
            Map<String, Actor> m = new LinkedHashMap<>();
            m.put(subject.iso3(), subject);
            m.put(c.iso3(), c);
            out.add(m);
        }
        return out;
    }

    /** Leader-level actors in order, those of one country next to each other ("French President Emmanuel Macron") as one item. */
    private static List<List<Actor>> leaderItems(List<Actor> actors) {
        List<List<Actor>> items = new ArrayList<>();
        for (Actor x : actors) {
            if (!x.leaderLevel()) {
                continue;
            }
            List<Actor> last = items.isEmpty() ? null : items.get(items.size() - 1);
            if (last != null && last.get(0).iso3().equals(x.iso3()) && x.from() - last.get(last.size() - 1).to() <= 0) {
                last.add(x);
            } else {
                List<Actor> item = new ArrayList<>();
                item.add(x);
                items.add(item);
            }
        }
        return items;
    }

    private static final java.util.Set<String> LIST_WORDS = java.util.Set.of(",", "and", "'s", "--", "-",
            "president", "prime", "minister", "chancellor", "king", "emir", "sultan", "leader", "general", "captain",
            "colonel", "lieutenant", "sheikh", "crown", "prince");

    /** Two items of a list: only a comma or "and", a country's name or title words between them. */
    private static boolean joined(Analysis a, List<Actor> left, List<Actor> right) {
        int from = left.get(left.size() - 1).to();
        int to = right.get(0).from();
        if (to - from > 7 || to <= from || left.get(0).iso3().equals(right.get(0).iso3())) {
            return false;
        }
        boolean sep = false;
        for (int k = from; k < to; k++) {
            String n = a.norm(k);
            if (n.equals(",") || n.equals("and")) {
                sep = true;
            } else if (!(LIST_WORDS.contains(n) || a.tokens.get(k).capitalized())) {
                return false;
            }
        }
        return sep;
    }

    private static Map<String, Actor> groupOf(List<List<Actor>> items) {
        Map<String, Actor> out = new LinkedHashMap<>();
        for (List<Actor> item : items) {
            Actor x = pick(item);
            out.putIfAbsent(x.iso3(), x);
        }
        return out;
    }

    /** Of one country's actors in a row, the one with a surname. */
    private static Actor pick(List<Actor> item) {
        for (Actor x : item) {
            if (x.surname() != null) {
                return x;
            }
        }
        return item.get(0);
    }

    /** Two participants: the nearest actor left of the trigger and the nearest right of it, distinct countries. */
    static Map<String, Actor> pickParticipants(List<Actor> actors, int trig) {
        List<Actor> lead = new ArrayList<>();
        for (Actor x : actors) {
            if (x.leaderLevel()) {
                lead.add(x);
            }
        }
        Map<String, Actor> out = new LinkedHashMap<>();
        Actor left = null;
        Actor right = null;
        for (Actor x : lead) {
            if (x.to() <= trig + 1) {
                left = x; // last one before the trigger
            } else if (right == null) {
                right = x;
            }
        }
        if (left != null) {
            out.put(left.iso3(), left);
        }
        if (right != null && !out.containsKey(right.iso3())) {
            out.put(right.iso3(), right);
        }
        if (out.size() < 2) {
            lead.sort((p, q) -> Integer.compare(Math.abs(p.from() - trig), Math.abs(q.from() - trig)));
            for (Actor x : lead) {
                if (out.size() >= 2) {
                    break;
                }
                out.putIfAbsent(x.iso3(), x);
            }
        }
        // keep a named surname over an office phrase of the same country
        for (Actor x : lead) {
            Actor cur = out.get(x.iso3());
            if (cur != null && cur.surname() == null && x.surname() != null) {
                out.put(x.iso3(), x);
            }
        }
        return out;
    }
}
