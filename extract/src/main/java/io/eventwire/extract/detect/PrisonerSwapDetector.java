package io.eventwire.extract.detect;

import io.eventwire.extract.model.Count;
import io.eventwire.extract.model.EventType;
import io.eventwire.extract.model.Qualifier;
import io.eventwire.extract.normalize.DateMention;
import io.eventwire.extract.normalize.NumberSpan;
import io.eventwire.extract.reference.GeoEntry;
import io.eventwire.extract.reference.PhraseIndex;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * PRISONER_SWAP (CAMEO 0841): an exchange or release of prisoners between two parties. Cues: "prisoner swap",
 * "exchanged ... for ...", "freed/released/returned/handed over" next to a captive noun. Parties are voted over all
 * mentions in the article (explicit pairs "Russia and Ukraine", "US-Russian" count most; mediators "facilitated by
 * the UAE" count against). Released counts go to the side named by the nationality of the persons ("82 Russian
 * soldiers" returned to RUS), to the subject of "returned N", or to both sides ("115 prisoners from each side");
 * a one-for-one "exchanged A for B" with no numbers gives 1 each. Plans, proposals and release deals are not events.
 */
public final class PrisonerSwapDetector {

    public void process(Analysis a, ArticleState st) {
        int n = a.size();
        int trig = -1;
        int trigEnd = -1;
        boolean strongSwap = false;
        for (PhraseIndex.Match<Boolean> m : a.hits("SWAP")) {
            String w = a.norm(m.from());
            boolean swapWord = m.to() - m.from() > 1 && (a.anyWord(m.from(), m.to(), "swap", "exchange")
                    && a.anyWord(m.from(), m.to(), "prisoner", "prisoners", "hostage"))
                    || w.equals("swap") || w.equals("swapped") || w.equals("swaps");
            boolean exch = w.equals("exchanged") || w.equals("exchange") || w.equals("exchanging")
                    || w.equals("traded") || w.equals("trade");
            if (w.equals("in") && (a.has("CAPTIVE", m.to(), Math.min(n, m.to() + 4)) || personAfter(a, m.to()))) {
                // "32 servicemen crossed back into Armenia, in return for two Azerbaijani soldiers": people given
                // back for people (lexicon SWAP "in return for"; "aid in return for minerals" is none)
                trig = m.from();
                trigEnd = m.to();
                strongSwap = true;
                break;
            }
            if (w.equals("in")) {
                continue;
            }
            if (swapWord) {
                trig = m.from();
                trigEnd = m.to();
                strongSwap = true;
                break;
            }
            if (exch && tradedThing(a, m.to())) {
                continue; // "the two countries traded fire", "exchanged accusations"
            }
            if (exch && (a.has("CAPTIVE", 0, n) || personAfter(a, m.to()) || demonymPersons(a, st)) && !(w.equals("exchange") && a.norm(m.from() - 1).equals("in")
                    && trig >= 0)) {
                trig = m.from();
                trigEnd = m.to();
                strongSwap = true;
                break;
            }
            if (!exch && captiveNear(a, m.to()) && !releasedThing(a, m.to())) {
                trig = m.from();
                trigEnd = m.to();
                break;
            }
        }
        if (trig < 0) {
            return;
        }
        if (a.has("EARLIER", Math.max(0, trig - 2), trig) && a.norm(trigEnd - 1).endsWith("s")) {
            return; // "which helped broker earlier swaps", "previous exchanges": no exchange of its own
        }
        if (a.anyWord(trig, Math.min(n, trigEnd + 4), "bodies", "remains")) {
            return; // "exchanged the bodies of 250 fallen soldiers": a repatriation of the dead, not of prisoners
        }
        // calls/interviews mentioning an exchange between leaders are calls, not swaps
        if (!strongSwap && a.has("PROPOSAL", 0, n)) {
            return;
        }
        Modality.Kind mod = Modality.of(a, 0, n, trig, trigEnd);
        if (mod != Modality.Kind.OCCURRED) {
            return;
        }
        if (a.has("SWAP_TALK", Math.max(0, trig - 5), trig)) {
            return; // "holding talks on a new prisoner swap", "preparing an exchange": not (yet) a swap
        }
        if (a.norm(trig - 1).equals("to") && a.has("INTENT", Math.max(0, trig - 6), trig - 1)) {
            return; // "agreed on Monday to swap 1,000 prisoners each": an agreement to swap
        }
        if (a.has("PROPOSAL", Math.max(0, trig - 4), Math.min(n, trig + 4)) || a.find(0, n, "release deal") >= 0
                || a.find(0, n, "exchange deal") >= 0 || a.find(0, n, "swap deal") >= 0) {
            return;
        }
        if (runningTotal(a) && !pinsOwnDay(a) || st.isBackground(a, 0, n)) {
            // "the fifth swap this year" does not make "exchanged 150 prisoners each on Friday" a running total
            return;
        }
        List<Actor> actors = a.actors(st.actors, st.published);
        Draft target = st.swaps.isEmpty() ? null : st.swaps.get(0);
        DateMention dm = st.pickDate(a, 0, n, trig, false);
        LocalDate date = st.resolve(dm, false, a.story);
        if (target != null && date != null && target.date != null && !target.date.equals(date)) {
            return; // another swap on another day: leave it (usually background)
        }
        if (target == null) {
            target = new Draft(EventType.PRISONER_SWAP);
            target.story = a.story;
            target.publisher = st.storyPublisher.get(a.story);
            target.cameo = null;
            st.swaps.add(target);
        }
        vote(a, actors, target, st);
        if (date != null) {
            target.setDate(date, false);
        } else if (dm != null && !dm.pinsDay() && !dm.reporting()) {
            target.vagueTime = true; // "swapped prisoners last week"
        }
        counts(a, actors, target);
        if (a.anyWord(trig, n, "for") && a.numbers().isEmpty()) {
            target.optionalish = true; // one-for-one exchange seen
        }
        target.addEvidence(a.sentence);
        target.lastSentence = a.index;
        st.sentenceMentions.add(new Object[]{trig, target});
    }

    /** What is exchanged right after the verb is no person: "traded fire", "exchanged barbs", "swapped notes". */
    private static boolean tradedThing(Analysis a, int after) {
        String n = a.norm(after);
        if (n.equals("a") || n.equals("an") || n.equals("the") || n.equals("heavy") || n.equals("new")) {
            after++;
        }
        return a.has("NOT_SWAPPED", after, Math.min(a.size(), after + 2)) && a.hits("NOT_SWAPPED", after,
                Math.min(a.size(), after + 2)).get(0).from() == after;
    }

    /** "five Americans who had been held in Iran ... an exchange": a count of people named by nationality. */
    private static boolean demonymPersons(Analysis a, ArticleState st) {
        if (a.numbers().isEmpty()) {
            return false;
        }
        boolean[] numberEnds = new boolean[a.size() + 1];
        for (NumberSpan ns : a.numbers()) {
            numberEnds[ns.to()] = true;
        }
        for (Actor x : a.actors(st.actors, st.published)) {
            if (numberEnds[x.from()] && x.kind() == GeoEntry.Kind.DEMONYM && personDemonym(a, x.from())) {
                return true;
            }
        }
        return false;
    }

    /** "in exchange for an American basketball player": the thing given in return is a person. */
    private static boolean personAfter(Analysis a, int from) {
        int k = from;
        if (a.norm(k).equals("for")) {
            k++;
        }
        for (int i = k; i < Math.min(a.size(), k + 4); i++) {
            if (a.isWord("PERSON", i)) {
                return true;
            }
            if (a.tokens.get(i).isPunct()) {
                return false;
            }
        }
        return false;
    }

    /**
     * A cumulative cue other than a plain sum: "a total of 206 were swapped, 103 on each side" adds up one
     * exchange, while "since the war began", "so far this year" count many.
     */
    private static boolean runningTotal(Analysis a) {
        for (PhraseIndex.Match<Boolean> c : a.hits("CUMULATIVE")) {
            String w = a.norm(c.from());
            boolean sum = w.equals("a") && a.norm(c.from() + 1).equals("total") || w.equals("in")
                    && a.norm(c.from() + 1).equals("total");
            if (!sum) {
                return true;
            }
        }
        return false;
    }

    private static boolean pinsOwnDay(Analysis a) {
        for (DateMention d : a.dates()) {
            if (d.pinsDay() && !d.reporting() && !d.dateline() && d.kind() != DateMention.Kind.RELATIVE) {
                return true;
            }
        }
        return false;
    }

    private static boolean captiveNear(Analysis a, int from) {
        // "handed back a Pakistani soldier", "returned an Armenian border guard": one person of a nation
        if (DET.contains(a.norm(from))) {
            for (PhraseIndex.Match<GeoEntry> m : a.geo()) {
                if (m.from() > from && m.from() <= from + 2) {
                    for (int i = m.to(); i < Math.min(a.size(), m.to() + 3); i++) {
                        if (a.isWord("PERSON", i)) {
                            return !a.anyWord(from, Math.min(a.size(), i + 3), "body", "rubble", "remains");
                        }
                        if (!a.tokens.get(i).isWord()) {
                            break;
                        }
                    }
                }
            }
        }
        for (PhraseIndex.Match<Boolean> c : a.hits("CAPTIVE")) {
            if (c.from() >= from && c.from() - from <= 5) {
                return true;
            }
            String n = a.norm(c.from());
            if (c.to() <= from && from - c.to() <= 6 && (n.equals("hostages") || n.equals("prisoners")
                    || n.equals("captives") || n.equals("detainees") || n.equals("pows") || n.equals("prisoner")
                    || n.equals("soldiers") || n.equals("troops") || n.equals("servicemen")
                    || n.equals("defenders") || n.equals("women") || n.equals("children") || n.equals("civilians")
                    || n.equals("citizens") || n.equals("nationals") || n.equals("men") || n.equals("teenagers")
                    || n.equals("minors") || n.equals("boys") || n.equals("girls"))
                    && !releasedThing(a, from)
                    && a.find(from, Math.min(a.size(), from + 2), "from hospital") < 0) {
                return true;
            }
        }
        return false;
    }

    private void vote(Analysis a, List<Actor> actors, Draft d, ArticleState st) {
        Map<String, Integer> v = st.swapVotes.computeIfAbsent(d, k -> new HashMap<>());
        Actor lastMediator = null;
        for (int i = 0; i < actors.size(); i++) {
            Actor x = actors.get(i);
            int w = 1;
            // explicit pairs: "Russia and Ukraine", "US-Russian", "between X and Y"
            if (i + 1 < actors.size()) {
                Actor y = actors.get(i + 1);
                String mid = a.norm(x.to());
                boolean andThe = y.from() == x.to() + 2 && mid.equals("and") && a.norm(x.to() + 1).equals("the");
                if ((y.from() == x.to() + 1 && (mid.equals("and") || mid.equals("-") || mid.equals(",")) || andThe)
                        && !x.iso3().equals(y.iso3())) {
                    v.merge(y.iso3(), 3, Integer::sum);
                    w = 4;
                }
            }
            String prev = a.norm(x.from() - 1);
            String prev2 = a.norm(x.from() - 2);
            // "freed by Hamas", "released by Israel", "held by Russia": the agent is a party; "mediated by" is not
            boolean agent = prev.equals("by") && (a.has("SWAP", Math.max(0, x.from() - 4), x.from())
                    || a.anyWord(Math.max(0, x.from() - 3), x.from(), "held", "captured", "detained", "kidnapped",
                    "abducted", "taken", "jailed", "imprisoned"));
            // "Turkey mediated the exchange", "Qatar, which brokered the deal": the actor of a mediation verb
            boolean mediates = a.has("MEDIATOR", x.to(), Math.min(a.size(), x.to() + 1))
                    || a.norm(x.to()).equals(",") && (a.norm(x.to() + 1).equals("which")
                    || a.norm(x.to() + 1).equals("who")) && a.has("MEDIATOR", x.to() + 2,
                    Math.min(a.size(), x.to() + 5));
            // "the UAE said its mediation had secured ...": the owner of the mediation
            for (PhraseIndex.Match<Boolean> md : a.hits("MEDIATOR")) {
                String own = a.norm(md.from() - 1);
                if (md.from() > x.to() && md.from() - x.to() <= 8 && (own.equals("its") || own.equals("whose"))
                        && (i + 1 >= actors.size() || actors.get(i + 1).from() > md.from())) {
                    mediates = true;
                }
            }
            // "brokered by Qatar, Egypt and the United States": the rest of a list of mediators mediates too
            boolean listed = lastMediator != null && listContinues(a, lastMediator.to(), x.from());
            if (mediates || listed || a.has("MEDIATOR", Math.max(0, x.from() - 4), x.from()) || prev.equals("by")
                    && !agent || a.norm(x.to()).equals("capital")) {
                w = -2;
                lastMediator = x;
            }
            // "in Moscow, the ministry confirmed", "talks in Istanbul": where something is said or held is no
            // party, but no vote against one either (a party's own capital often sets the scene)
            if (w > 0 && (prev.equals("in") || prev2.equals("in") && prev.equals("the"))
                    || w > 0 && x.kind() == GeoEntry.Kind.CAPITAL && prev.equals("at")) {
                w = 0;
            }
            v.merge(x.iso3(), w, Integer::sum);
        }
    }

    /** Only list glue (",", "and", "or", "the") lies in tokens [from, to). */
    private static boolean listContinues(Analysis a, int from, int to) {
        if (to <= from || to - from > 3) {
            return false;
        }
        for (int k = from; k < to; k++) {
            String w = a.norm(k);
            if (!(w.equals(",") || w.equals("and") || w.equals("or") || w.equals("the"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "in exchange for Jane Doe, a businessman ...", "in return for Ivan Petrov": one person, named, traded for a
     * counted group; the side that gets the group back gives this one person (resolved in finish).
     */
    private static boolean namedPersonInExchange(Analysis a, List<Actor> actors) {
        for (int i = 0; i + 3 < a.size(); i++) {
            String w = a.norm(i);
            if (!((w.equals("exchange") || w.equals("return")) && a.norm(i - 1).equals("in")
                    && a.norm(i + 1).equals("for"))) {
                continue;
            }
            int k = i + 2;
            int names = 0;
            while (k < a.size() && names < 4 && a.tokens.get(k).isWord() && a.tokens.get(k).capitalized()
                    && !actorAt(actors, k)) {
                names++;
                k++;
            }
            String after = a.norm(k);
            if (names >= 2 && (after.equals(",") || after.equals(".") || after.equals("who") || k >= a.size())) {
                return true;
            }
        }
        return false;
    }

    private static boolean actorAt(List<Actor> actors, int k) {
        for (Actor x : actors) {
            if (x.from() <= k && k < x.to()) {
                return true;
            }
        }
        return false;
    }

    private void counts(Analysis a, List<Actor> actors, Draft d) {
        singlePersons(a, actors, d);
        d.namedOther |= namedPersonInExchange(a, actors);
        for (Actor x : actors) {
            // "received the same number of Russian servicemen in return": the other side's count, mirrored
            if (x.kind() == GeoEntry.Kind.DEMONYM && a.find(Math.max(0, x.from() - 4), x.from(), "same number of") >= 0) {
                d.sameNumberSide = x.iso3();
            }
        }

        for (NumberSpan ns : a.numbers()) {
            if (ns.sub() || ns.count().value() == null) {
                continue;
            }
            int after = ns.to();
            String prev = a.norm(ns.from() - 1);
            int capAfter = captiveEnd(a, ns.to());
            if (prev.equals("the") && capAfter >= 0 && a.norm(capAfter).equals("who")
                    && a.has("CAME_HOME", capAfter + 1, Math.min(a.size(), capAfter + 5))) {
                // "published video of the 75 servicemen who came home": the first country named owns them
                for (Actor x : actors) {
                    if (x.from() < ns.from() && x.kind() != GeoEntry.Kind.DEMONYM) {
                        d.released.putIfAbsent(x.iso3(), Count.exact(ns.count().value()));
                        break;
                    }
                }
                continue;
            }
            if (prev.equals("of") && !RELEASE_NOUN.contains(a.norm(ns.from() - 2)) || prev.equals("the")) {
                continue; // "some of the 132 ...", but "the release of 150 Ukrainian ... prisoners" counts
            }
            int value = ns.count().value();
            // "<Name> and 55 Russian prisoners": the named person counts too
            if (prev.equals("and") && ns.from() - 2 >= 0 && a.tokens.get(ns.from() - 2).capitalized()
                    && !isGeo(a, ns.from() - 2) && a.anyWord(0, ns.from(), "for")) {
                value += 1;
            }
            Count c = Count.of(value, Qualifier.EXACT);
            // "115 prisoners of war from each side", "115 prisoners each"
            int capEnd = captiveEnd(a, after);
            if (capEnd < 0 && a.norm(after).equals("of") && (a.norm(after + 1).equals("its")
                    || a.norm(after + 1).equals("their")) && a.norm(after + 2).equals("own")) {
                capEnd = captiveEnd(a, after + 3); // "received 75 of its own soldiers"
            }
            if (mirrored(a, ns)) {
                d.released.put("*", c); // "exchanged 64 for 64 prisoners"
                continue;
            }
            if (capEnd >= 0 && (a.find(capEnd, Math.min(a.size(), capEnd + 4), "each side") >= 0
                    || a.norm(capEnd).equals("each") || a.norm(ns.from() - 1).equals("free")
                    && a.norm(ns.from() - 2).equals("each")) || perSide(a, ns.from(), after, capEnd)) {
                d.released.put("*", c);
                continue;
            }
            // nationality right after the number
            String side = null;
            for (Actor x : actors) {
                if (x.from() >= after && x.from() <= after + 1 && (x.kind() == GeoEntry.Kind.DEMONYM
                        || (x.kind() == GeoEntry.Kind.COUNTRY || x.kind() == GeoEntry.Kind.GROUP)
                        && captiveAt(a, x.to()))) {
                    side = x.iso3(); // "82 Russian soldiers", "two U.S. citizens"
                }
            }
            if (side == null) {
                // "Ukraine has returned 215 defenders", "Russia had handed over 140 ..."
                if (a.has("RETURN_TO_SUBJECT", Math.max(0, ns.from() - 3), ns.from())
                        && a.hits("RETURN_TO_SUBJECT", Math.max(0, ns.from() - 3), ns.from()).get(0).to() == ns.from()
                        && capEnd >= 0) {
                    for (Actor x : actors) {
                        if (x.to() <= ns.from() && x.kind() != GeoEntry.Kind.DEMONYM) {
                            side = x.iso3();
                        }
                    }
                }
            }
            if (side != null && capEnd >= 0 || side != null && captiveEnd(a, after + 1) >= 0
                    || side != null && personDemonym(a, after) || side != null && elliptical(a, after)) {
                // "95 Ukrainians and 95 Russians", "95 Ukrainian and 95 Russian soldiers"
                d.released.putIfAbsent(side, c);
            }
        }
    }

    private static final java.util.Set<String> RELEASE_NOUN = java.util.Set.of("release", "return", "exchange",
            "swap", "handover", "repatriation", "freeing", "homecoming");

    /** "exchanged 64 for 64 prisoners", "swapped 90 for 90": the same number given and taken. */
    private static boolean mirrored(Analysis a, NumberSpan ns) {
        if (!a.norm(ns.to()).equals("for")) {
            return false;
        }
        for (NumberSpan o : a.numbers()) {
            if (o.from() == ns.to() + 1) {
                return o.count().value() != null && o.count().value().equals(ns.count().value());
            }
        }
        return false;
    }

    /**
     * "one Russian citizen", "a Russian arms dealer", "an American pilot": one person of that side. Only a person
     * noun heads the phrase ("a Russian court" is no one).
     */
    private static void singlePersons(Analysis a, List<Actor> actors, Draft d) {
        for (int xi = 0; xi < actors.size(); xi++) {
            Actor x = actors.get(xi);
            if (!(x.kind() == GeoEntry.Kind.DEMONYM || x.kind() == GeoEntry.Kind.ORG
                    || x.kind() == GeoEntry.Kind.COUNTRY && a.norm(x.to()).equals("-"))) {
                continue; // "a Russian pilot", "a BSF constable", "a US-Russian dual national"
            }
            // "a Russian pilot", "a former Iranian official", "a Border Security Force constable"
            int det = x.from() - 1;
            while (det >= x.from() - 3 && det >= 0 && a.tokens.get(det).isWord() && !a.tokens.get(det).capitalized()
                    && !DET.contains(a.norm(det)) && !STOP.contains(a.norm(det))) {
                det--;
            }
            if (det < 0 || !DET.contains(a.norm(det))) {
                continue;
            }
            if (det > 0 && a.norm(det - 1).equals("-")) {
                continue; // the second half of "a US-Russian dual national": read below as one person
            }
            Actor second = xi + 1 < actors.size() && a.norm(x.to()).equals("-")
                    && actors.get(xi + 1).from() == x.to() + 1 ? actors.get(xi + 1) : null;
            int end = second != null ? second.to() : x.to();
            // released right before: "Sweden released a former Iranian prison official" is one person, whatever
            // the noun
            boolean freed = det > 0 && a.isWord("SWAP", det - 1) && !a.norm(det - 1).equals("exchange");
            boolean person = freed;
            for (int i = end; i < Math.min(a.size(), end + 3) && !person; i++) {
                if (a.isWord("PERSON", i) || a.has("CAPTIVE", i, i + 1)
                        || a.norm(i).equals("national") || a.norm(i).equals("citizen")) {
                    person = true;
                }
                if (!a.tokens.get(i).isWord() || a.norm(i).equals("and") || a.norm(i).equals("for")) {
                    break;
                }
            }
            if (!person) {
                continue;
            }
            if (second != null && !second.iso3().equals(x.iso3())) {
                d.dualNationals.add(new String[]{x.iso3(), second.iso3()});
            } else {
                d.released.putIfAbsent(x.iso3(), Count.exact(1));
            }
        }
    }

    private static final java.util.Set<String> DET = java.util.Set.of("a", "an", "one");
    private static final java.util.Set<String> STOP = java.util.Set.of("and", "for", "of", "the", "in", "to",
            "with", "by", "from", "was", "were", "is", "had", "has");

    /**
     * A dual national ("a US-Russian dual national freed in exchange for a Russian citizen") goes home to the side
     * that is not the other person's: counted once the other side's count is known, never guessed.
     */
    static void settleDualNationals(Draft d) {
        for (String[] pair : d.dualNationals) {
            boolean first = d.released.containsKey(pair[0]);
            boolean second = d.released.containsKey(pair[1]);
            if (first != second) {
                d.released.putIfAbsent(first ? pair[1] : pair[0], Count.exact(1));
            }
        }
        d.dualNationals.clear();
    }

    /**
     * A count that each of the two sides gave or got: "each side returning 146 prisoners", "both sides freed 90
     * soldiers", "the two sides handed over 75 POWs each", "swapped 103 each", "each freeing 120 captives".
     */
    private static boolean perSide(Analysis a, int numFrom, int numTo, int capEnd) {
        if (a.norm(numTo).equals("each") || capEnd >= 0 && a.norm(capEnd).equals("apiece")
                || a.norm(numTo).equals("apiece")) {
            return true;
        }
        // "206 prisoners were swapped, 103 on each side", "103 per side", "103 from either side"
        int after = capEnd >= 0 ? capEnd : numTo;
        String p = a.norm(after);
        String q = a.norm(after + 1);
        if ((p.equals("on") || p.equals("from") || p.equals("for") || p.equals("per")) && (q.equals("each")
                || q.equals("either") || q.equals("both") || p.equals("per") && q.equals("side"))) {
            return true;
        }
        // a distributive subject shortly before the verb that governs the number
        for (int k = numFrom - 1; k >= Math.max(0, numFrom - 5); k--) {
            String w = a.norm(k);
            if (w.equals(",") || w.equals(";") || w.equals(".") || w.equals("of") || w.equals("the")
                    && k == numFrom - 1) {
                return false;
            }
            if (w.equals("each") || w.equals("both") && (a.norm(k + 1).equals("sides")
                    || a.norm(k + 1).equals("countries") || a.norm(k + 1).equals("parties"))
                    || w.equals("two") && a.norm(k - 1).equals("the") && (a.norm(k + 1).equals("sides")
                    || a.norm(k + 1).equals("countries"))) {
                return capEnd >= 0 || a.norm(k + 1).equals("side") || a.norm(k + 1).equals("sides");
            }
        }
        return false;
    }

    private static final java.util.Set<String> THINGS = java.util.Set.of("statement", "statements", "video",
            "videos", "footage", "report", "images", "photos", "pictures", "details", "figures", "data", "list",
            "names", "recording", "audio", "document", "documents", "lists", "letter", "letters", "funds", "results", "balloons", "album");

    /** "the men released a video": a release of a thing, not of people */
    private static boolean releasedThing(Analysis a, int after) {
        String n = a.norm(after);
        if (n.equals("a") || n.equals("an") || n.equals("the") || n.equals("its") || n.equals("their")
                || n.equals("new")) {
            n = a.norm(after + 1);
        }
        return THINGS.contains(n);
    }

    /** "Ukrainians", "Russians", "Israelis": a plural demonym is itself the persons counted. */
    private static boolean personDemonym(Analysis a, int i) {
        String w = a.norm(i);
        return w.length() > 4 && w.endsWith("s") && !a.norm(i + 1).equals("'s") && captiveEnd(a, i + 1) < 0
                && !a.isWord("PERSON", i + 1) && (i + 1 >= a.size() || !a.tokens.get(i + 1).isWord()
                || a.norm(i + 1).equals("and") || a.norm(i + 1).equals("were") || a.norm(i + 1).equals("had")
                || a.norm(i + 1).equals("have") || a.norm(i + 1).equals("in") || a.norm(i + 1).equals("on")
                || a.norm(i + 1).equals("from") || a.norm(i + 1).equals("for") || a.norm(i + 1).equals("returned")
                || a.isWord("HELD_AFTER", i + 1));
    }

    /** "95 Ukrainian and 95 Russian soldiers": the first nationality shares the captive noun of the second. */
    private static boolean elliptical(Analysis a, int demonymAt) {
        int k = demonymAt + 1;
        if (!a.norm(k).equals("and")) {
            return false;
        }
        for (NumberSpan ns : a.numbers()) {
            if (ns.from() == k + 1) {
                return captiveEnd(a, ns.to() + 1) >= 0;
            }
        }
        return false;
    }

    private static boolean isGeo(Analysis a, int i) {
        for (PhraseIndex.Match<GeoEntry> m : a.geo()) {
            if (m.from() <= i && i < m.to()) {
                return true;
            }
        }
        return false;
    }

    private static boolean captiveAt(Analysis a, int i) {
        for (PhraseIndex.Match<Boolean> c : a.hits("CAPTIVE")) {
            if (c.from() == i) {
                return true;
            }
        }
        return false;
    }

    private static int captiveEnd(Analysis a, int from) {
        for (PhraseIndex.Match<Boolean> c : a.hits("CAPTIVE")) {
            if (c.from() >= from && c.from() - from <= 2) {
                return c.to();
            }
        }
        return -1;
    }

    /** Picks the two parties and settles the released counts. */
    public void finish(ArticleState st) {
        for (Draft d : st.swaps) {
            settleDualNationals(d);
            Map<String, Integer> v = st.swapVotes.getOrDefault(d, Map.of());
            d.leaders.clear();
            String first = null;
            String second = null;
            for (Map.Entry<String, Integer> e : v.entrySet()) {
                if (e.getValue() <= 0) {
                    continue;
                }
                if (first == null || e.getValue() > v.get(first)) {
                    second = first;
                    first = e.getKey();
                } else if (second == null || e.getValue() > v.get(second)) {
                    second = e.getKey();
                }
            }
            if (first != null) {
                d.parties.add(first);
            }
            if (second != null) {
                d.parties.add(second);
            }
            Count both = d.released.remove("*");
            Map<String, Count> keep = new java.util.LinkedHashMap<>();
            for (String p : d.parties) {
                if (both != null) {
                    keep.put(p, both);
                } else if (d.released.containsKey(p)) {
                    keep.put(p, d.released.get(p));
                }
            }
            if (d.sameNumberSide != null && d.parties.contains(d.sameNumberSide) && keep.size() == 1
                    && !keep.containsKey(d.sameNumberSide)) {
                keep.put(d.sameNumberSide, keep.values().iterator().next());
            }
            if (d.namedOther && keep.size() == 1 && d.parties.size() == 2) {
                for (String p : d.parties) {
                    keep.putIfAbsent(p, Count.exact(1)); // "10 Americans in exchange for Jane Doe": one person back
                }
            }
            if (keep.isEmpty() && d.optionalish && d.parties.size() == 2) {
                for (String p : d.parties) {
                    keep.put(p, Count.exact(1));
                }
            }
            d.released.clear();
            d.released.putAll(keep);
            d.optionalish = false;
        }
        st.swaps.removeIf(d -> d.parties.size() < 2);
    }
}
