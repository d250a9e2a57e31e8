package io.eventwire.extract.detect;

import io.eventwire.extract.model.Count;
import io.eventwire.extract.model.EventType;
import io.eventwire.extract.model.Qualifier;
import io.eventwire.extract.normalize.DateMention;
import io.eventwire.extract.reference.GeoEntry;
import io.eventwire.extract.reference.PhraseIndex;
import io.eventwire.extract.text.Sentence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * STRIKE: a military attack at a place and time, with casualty counts. CAMEO 195 ("employ aerial weapons") when the
 * text names an air, missile, drone or rocket attack, else 190 (conventional force: shelling, artillery, generic
 * attacks). Each clause with an attack word and/or casualty counts is a mention; mentions with counts create or
 * update events (same place and same toll, or a back-reference like "the strike", merge; "in a separate incident"
 * starts a new one), mentions without counts only fill in place, date and attacker of a nearby event. War-long
 * tolls, denials and hypotheticals are skipped; events without any casualty number are not emitted.
 */
public final class StrikeDetector {

    static final class Mention {
        Sentence sentence;
        int story;
        int index;
        int trig = -1;
        Count killed;
        Count wounded;
        boolean killWord;
        boolean woundedIncrement;
        boolean vagueTime;
        String place;
        int placeSpec;
        String placeIso;
        boolean multiPlace;
        String country;
        String attacker;
        boolean stateForces;
        /** the agent is a non-state armed group (countries.tsv GROUP): no state is the attacker */
        boolean nonState;
        /** an attack of the kind irregular forces make (car bomb, suicide attack; lexicon IRREGULAR) */
        boolean irregular;
        /** the clause tells a revised toll ("has risen to seven", lexicon TOLL_UPDATE) */
        boolean revised;
        /** the place is only the dateline's: where the reporter sits, weaker than any place the story names */
        boolean datelinePlace;
        /** a country named in the clause other than the attacker ("Indian officials say Pakistani shelling ...") */
        String otherSide;
        /** "Another strike ...", "Further strikes ...": the same campaign as the attack told before */
        boolean continuation;
        /** first four letters of the attack word ("shel" for shelled/shelling), to link a follow-up sentence */
        String trigStem;
        LocalDate date;
        boolean weakDate;
        boolean definite;
        boolean separate;
        /** the sentence opens on another topic: "Meanwhile ...", "Elsewhere ...", "Separately ..." */
        boolean topicSwitch;
        /** "on the city", "in the town": a back-reference to the place told before */
        boolean placeRef;
        boolean hedged;
        boolean aerial;
        boolean resultLink;
        boolean capitalRef;
        boolean used;
        /** the place named by the sentence just before, when that sentence tells no attack itself */
        GeoEntry prevPlace;

        boolean counts() {
            return killed != null || wounded != null;
        }
    }

    private final List<Mention> mentions = new ArrayList<>();
    /** per story: the last sentence (not a headline) that told no attack; it may name the place of the next one */
    private final Map<Integer, Analysis> sceneSentence = new HashMap<>();

    public void process(Analysis a, ArticleState st) {
        if (a.hits("STRIKE").isEmpty() && a.hits("KILL").isEmpty() && a.hits("WOUND").isEmpty()
                && a.hits("BLAME").isEmpty()) {
            // "Less than a day later it was the turn of Kryvyi Rih.": a scene-setting sentence names the place
            // of the attack told next (read only when an attack follows it: most sentences are never asked)
            if (!a.sentence.headline()) {
                sceneSentence.put(a.story, a);
            }
            return;
        }
        for (int[] cl : clauses(a)) {
            Mention m = mention(a, st, cl[0], cl[1]);
            if (m != null) {
                mentions.add(m);
                if (m.date != null) {
                    st.lastDate.put(a.story, m.date);
                }
            }
        }
    }

    /** Clauses: split at ';' and at ", and" before "in a separate incident". */
    private static List<int[]> clauses(Analysis a) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        int n = a.size();
        for (int i = 0; i < n; i++) {
            String w = a.norm(i);
            boolean cut = w.equals(";");
            if (w.equals(",") && a.norm(i + 1).equals("and") && a.find(i, Math.min(n, i + 14), "separate") >= 0) {
                cut = true;
            }
            if (w.equals("after") && earlierEventLink(a.norm(i - 1)) && a.has("STRIKE", start, i)) {
                // "The bombing comes days after Israel launched strikes that killed 52": two events
                if (i > start) {
                    out.add(new int[]{start, i});
                }
                start = i + 1;
                continue;
            }
            if (cut) {
                if (i > start) {
                    out.add(new int[]{start, i});
                }
                start = i + 1;
            }
        }
        if (start < n) {
            out.add(new int[]{start, n});
        }
        return out;
    }

    private static boolean earlierEventLink(String prev) {
        return switch (prev) {
            case "days", "weeks", "hours", "months", "day", "week", "comes", "came", "shortly", "just", "soon" -> true;
            default -> false;
        };
    }

    private Mention mention(Analysis a, ArticleState st, int from, int to) {
        int trig = -1;
        boolean referredOnly = false;
        for (PhraseIndex.Match<Boolean> m : a.hits("STRIKE", from, to)) {
            String w = a.norm(m.from());
            if ((w.equals("hit") || w.equals("hits") || w.equals("shot") || w.equals("fired") || w.equals("launched")
                    || w.equals("targeted") || w.equals("attack") || w.equals("attacks") || w.equals("strike")
                    || w.equals("strikes")) && !militaryContext(a, from, to) && !actorBefore(a, st, m.from())
                    && !referredAttack(a, m.from())) {
                continue;
            }
            referredOnly = !militaryContext(a, from, to) && !actorBefore(a, st, m.from()) && referredAttack(a, m.from());
            if ((w.equals("shot") || w.equals("shooting")) && a.norm(m.to()).equals("down")) {
                continue;
            }
            if (accidentalHit(a, m.from(), m.to())) {
                continue; // "hit by falling glass", "struck by a car"
            }
            trig = m.from();
            break;
        }
        Casualties cas = Casualties.find(a, from, to);
        boolean blameOnly = false;
        if (trig < 0 && !cas.any()) {
            // "Residents blamed the army": no attack word, but it names who carried out the attack told before
            for (PhraseIndex.Match<Boolean> b : a.hits("BLAME", from, to)) {
                if (!actorBetween(a, st, Math.max(from, a.datelineEnd), b.from())) {
                    trig = b.from(); // but "Islamabad accuses Kabul of ...": one state's charge against another
                    blameOnly = true;
                }
                break;
            }
            if (!blameOnly) {
                return null;
            }
        }
        int modAt = trig >= 0 ? trig : firstKill(a, from, to);
        Modality.Kind mod = Modality.of(a, from, to, modAt);
        if (mod == Modality.Kind.NEGATED || mod == Modality.Kind.HYPOTHETICAL || mod == Modality.Kind.CALL_FOR
                || mod == Modality.Kind.PLANNED && !cas.any()) {
            return null;
        }
        if (mod == Modality.Kind.PLANNED && a.anyWord(from, modAt, "will", "plans", "planned", "intends")) {
            return null;
        }
        if (cas.any() || cas.killWord) {
            Modality.Kind km = Modality.of(a, from, to, firstKill(a, from, to));
            if (km == Modality.Kind.HYPOTHETICAL || km == Modality.Kind.NEGATED && !cas.any()) {
                return null;
            }
        }
        if (!cas.any() && (a.has("NEGATION", from, to) || a.has("DENIAL", from, to))) {
            return null; // "does not aim at residential buildings", "caused no casualties"
        }
        if (sinceWhen(a, st, from, to, cas.any() ? firstKill(a, from, to) : modAt)) {
            return null; // "the deadliest since March, when 12 were killed in a strike on ...": a past attack
        }
        if (a.has("ANNIVERSARY", from, to)) {
            return null; // "Monday marks one year since the attack in which 1,200 were killed": remembered
        }
        if (cas.killed != null && claimedEnemyLosses(a, from, to)) {
            return null; // "the ministry claimed to have killed up to 85 servicemen": a side's claim, no toll
        }
        if (cumulative(a, from, to) || st.isBackground(a, from, to)
                || trig >= 0 && st.recalledAt(a, from, to, trig)) {
            return null;
        }
        Mention m = new Mention();
        m.sentence = a.sentence;
        m.story = a.story;
        m.index = a.index;
        m.trig = trig;
        m.killed = cas.killed;
        m.wounded = cas.wounded;
        m.killWord = cas.killWord;
        m.woundedIncrement = cas.woundedIncrement;
        if (trig < 0 && m.counts() && bigOnly(m)) {
            return null; // a bare toll in the thousands is a running total
        }
        // place
        PhraseIndex.Match<GeoEntry> pm = null;
        // "killed 27 across the Gaza Strip, among them 11 in a school in Gaza City": the sub-count's place is
        // not where the whole toll happened
        int placeTo = to;
        for (var sc : a.hits("SUBCOUNT", from, to)) {
            if (Actors.bestPlace(a, Math.max(from, a.datelineEnd), sc.from()) != null) {
                placeTo = sc.from();
            }
            break;
        }
        if (a.datelineEnd > from) {
            pm = Actors.bestPlace(a, a.datelineEnd, placeTo);
        }
        if (pm == null) {
            pm = Actors.bestPlace(a, from, placeTo);
        }
        GeoEntry pe = Actors.placeEntry(pm);
        if (pe != null) {
            m.place = pe.canonical();
            m.placeSpec = pe.specificity();
            m.placeIso = pe.iso3();
            if (m.placeSpec >= 3 && (a.isWord("ADMIN_AREA", pm.to()) || a.isWord("ADMIN_DISTRICT", pm.to()))) {
                // "Afghanistan's Khost province": the city's name used for the area around it
                m.placeSpec = a.isWord("ADMIN_DISTRICT", pm.to()) ? 2 : 1;
            }
            if (pm.to() <= a.datelineEnd && m.placeSpec >= 3) {
                // "GOMA - Shells struck the Bulengo camp ...": the dateline city stands in for the site only until
                // the story names a place of its own
                m.datelinePlace = true;
                m.placeSpec = 2;
            }
            int same = 0;
            for (PhraseIndex.Match<GeoEntry> g : a.geo()) {
                GeoEntry e = Actors.placeEntry(g);
                if (g.from() >= from && g.to() <= to && e != null && e.specificity() == pe.specificity()
                        && !e.canonical().equals(pe.canonical()) && !attribution(a, g)) {
                    same++;
                }
            }
            m.multiPlace = same > 0 && pe.specificity() >= 3 && countPlaces(a, from, to, pe.specificity()) >= 3;
        }
        if (m.place == null && trig >= 0 && to < a.size() && !a.has("STRIKE", to, a.size())
                && Casualties.killHits(a, to, a.size()).isEmpty()) {
            // "drones were launched towards Israel's south; most were downed, but one crashed near a hotel in
            // Eilat": the clause after the attack, telling no attack of its own, names where it landed
            GeoEntry later = Actors.placeEntry(Actors.bestPlace(a, to, a.size()));
            if (later != null && later.specificity() >= 3 && (m.country == null || m.country.equals(later.iso3()))) {
                m.place = later.canonical();
                m.placeSpec = later.specificity();
                m.placeIso = later.iso3();
                m.country = later.iso3();
            }
        }
        Analysis scene = sceneSentence.get(a.story);
        if (m.place == null && scene != null && scene.index == a.index - 1) {
            GeoEntry scenePlace = Actors.placeEntry(Actors.bestPlace(scene, Math.max(0, scene.datelineEnd),
                    scene.size()));
            if (scenePlace != null && scenePlace.specificity() >= 3) {
                m.prevPlace = scenePlace;
            }
        }
        m.capitalRef = a.find(from, to, "the capital") >= 0 || a.find(from, to, "capital 's") >= 0;
        m.placeRef = a.find(from, to, "the city") >= 0 || a.find(from, to, "the town") >= 0
                || a.find(from, to, "the village") >= 0;
        List<Actor> actors = a.actors(st.actors, st.published);
        m.attacker = agent(a, actors, from, to);
        if (NON_STATE.equals(m.attacker)) {
            m.attacker = null;
            m.nonState = true;
        }
        if (trig >= 0) {
            for (PhraseIndex.Match<Boolean> c : a.hits("CONTINUATION", from, trig)) {
                if (c.to() == trig || c.to() + 1 == trig && a.tokens.get(c.to()).isWord()) {
                    m.continuation = true; // "another Israeli strike" has its own attacker anyway
                }
            }
            String tw = a.norm(trig);
            m.trigStem = tw.length() >= 4 ? tw.substring(0, 4) : tw;
        }
        m.stateForces = m.attacker == null && !m.nonState && stateForcesAct(a, from, to, trig);
        if (blameOnly && m.attacker == null && !m.stateForces) {
            return null;
        }

        if (m.trig < 0 && m.counts() && m.attacker != null && a.has("FORCE", from, to)
                && !a.has("CUMULATIVE", from, to)) {
            // "two men were killed by Israeli fire", "Russian troops killed three civilians": an armed force named
            // as the killer makes the toll an attack of its own
            m.trig = firstKill(a, from, to);
        }
        String landed = landedCountry(a, actors, from, to, m.attacker, true);
        String anyLanded = landedCountry(a, actors, from, to, m.attacker, false);
        if (pm != null && pm.to() <= a.datelineEnd && anyLanded != null && !anyLanded.equals(m.placeIso)) {
            // "CAIRO -- ... in Yemen", "... a prison run by Yemen's Houthis": the dateline is where the reporter
            // sits, not where the strike landed
            m.place = null;
            m.placeIso = null;
            m.placeSpec = 0;
            landed = anyLanded;
        }
        if (pm != null && m.placeSpec == 1 && m.place != null) {
            // "the war on Gaza ... an attack in southern Israel that killed": a region named away from the toll
            // loses to a country the attack landed in, named closer to the casualty word
            Actor strong = strongLanded(a, actors, from, to);
            int kw = firstKill(a, from, to);
            if (strong != null && !strong.iso3().equals(m.placeIso) && cas.any()
                    && Math.abs(strong.from() - kw) < Math.abs(pm.from() - kw)) {
                m.place = null;
                m.placeIso = null;
                m.placeSpec = 0;
                landed = strong.iso3();
            }
        }
        m.country = m.placeIso != null ? m.placeIso : landed;
        DateMention dm = st.pickDate(a, from, to, trig >= 0 ? trig : modAt, true);
        m.date = st.resolve(dm, false, a.story);
        int at = trig >= 0 ? trig : modAt;
        if (dm != null && dm.kind() == DateMention.Kind.RELATIVE && dm.offset() != 0 && at >= dm.to()
                && (a.norm(dm.to() - 1).equals("after") || a.norm(dm.to() - 1).equals("before"))
                && !a.tokens.get(Math.min(dm.to(), a.size() - 1)).isPunct() && dm.from() > from
                && st.lastDate.get(a.story) != null) {
            // "the call came a day after Israeli strikes killed seven": the strike is the earlier event, so
            // it lies a day BEFORE the event told before, not after it
            m.date = st.lastDate.get(a.story).minusDays(dm.offset());
        }
        if (m.date != null && st.published != null && m.date.isAfter(st.published.plusDays(1))
                && dm.kind() == DateMention.Kind.EXPLICIT) {
            // a strike already told cannot lie ahead: "on October 8" in an August article is last year's
            LocalDate back = m.date.minusYears(1);
            m.date = back.isAfter(st.published) ? null : back;
        }
        if (recalled(a, st, dm, m.date)) {
            if (m.date != null) {
                st.lastDate.put(a.story, m.date); // "Three days later, a drone strike ...": as old as this one
            }
            return null;
        }
        if (referredOnly && dm != null && a.has("REPORT", Math.min(dm.to(), at), Math.max(dm.from(), at))) {
            m.date = null; // "Reported Monday, the ministry said the attack ...": the day dates the report
        }
        m.weakDate = dm != null && (dm.reporting() || tollUpdateDay(a, from, to, trig, dm));
        m.vagueTime = dm != null && !dm.pinsDay() && !dm.reporting();
        // "the strike", and "residents blamed the X army" said of the attack told before
        m.definite = definite(a, from, to) || blameOnly
                || !m.counts() && m.attacker != null && a.has("BLAME", from, to);
        m.separate = a.anyWord(from, to, "separate");
        String first = a.norm(Math.max(from, a.datelineEnd));
        m.topicSwitch = first.equals("meanwhile") || first.equals("elsewhere") || first.equals("separately")
                || first.equals("in") && a.norm(Math.max(from, a.datelineEnd) + 1).equals("other");
        m.hedged = a.anyWord(from, to, "unverified") || a.find(from, to, "not be independently verified") >= 0
                && a.anyWord(from, to, "claim") || a.find(from, to, "earlier announcement") >= 0
                || a.find(from, to, "earlier toll") >= 0 || a.find(from, to, "previous toll") >= 0;
        m.aerial = a.anyWord(from, to, "airstrike", "airstrikes", "air", "missile", "missiles", "drone", "drones",
                "rocket", "rockets", "warplanes", "jets", "bomb", "bombs", "bombing", "bombed", "aerial");
        m.resultLink = a.find(from, Math.min(to, from + 3), "as a result") >= 0;
        m.revised = m.counts() && a.has("TOLL_UPDATE", from, to);
        m.irregular = a.has("IRREGULAR", from, to);
        if (m.country == null && m.attacker != null) {
            // "Indian officials say Pakistani shelling of the town of X killed ...": the one other country the
            // clause names is the side that was hit
            for (Actor x : actors) {
                if (x.from() >= from && x.to() <= to && !x.leaderLevel() && !x.iso3().equals(m.attacker)
                        && x.kind() != GeoEntry.Kind.GROUP) {
                    if (m.otherSide != null && !m.otherSide.equals(x.iso3())) {
                        m.otherSide = null;
                        break;
                    }
                    m.otherSide = x.iso3();
                }
            }
        }
        return m;
    }

    /**
     * "since March, when 12 people were killed", "since 2022, when a missile hit ...": the "when" clause tells what
     * happened at that earlier time, so an attack or toll told after it is history, not this article's event.
     */
    private static boolean sinceWhen(Analysis a, ArticleState st, int from, int to, int at) {
        if (st.published == null) {
            return false;
        }
        for (DateMention d : a.dates()) {
            if (d.from() < from || d.to() > to || !a.norm(d.from() - 1).equals("since") || d.to() >= at) {
                continue;
            }
            int w = a.norm(d.to()).equals(",") ? d.to() + 1 : d.to();
            if (!a.norm(w).equals("when")) {
                continue;
            }
            LocalDate p = st.published;
            boolean past = switch (d.kind()) {
                case EXPLICIT -> d.date() != null && d.date().isBefore(p.minusDays(NEWS_AGE_DAYS));
                case MONTH_ONLY -> d.year() > 0 && d.year() < p.getYear() || d.month() != null
                        && d.month().getValue() < p.getMonthValue() && (d.year() == 0 || d.year() == p.getYear());
                case YEAR_ONLY -> d.year() == 0 || d.year() < p.getYear();
                default -> false;
            };
            if (past) {
                return true;
            }
        }
        return false;
    }

    /** Attacks are reported within days; one dated weeks before publication is recalled history. */
    private static final int NEWS_AGE_DAYS = 14;

    /**
     * The attack's own time lies well before the article: "the October 7 attack, in which 1,200 were killed",
     * "a strike on the city last month, when 11 died". Such a recalled attack is background, not this article's
     * event.
     */
    private static boolean recalled(Analysis a, ArticleState st, DateMention dm, LocalDate date) {
        if (dm == null || st.published == null || dm.reporting()) {
            return false;
        }
        if (dm.kind() == DateMention.Kind.VAGUE) {
            String unit = a.norm(dm.from() + 1);
            return a.norm(dm.from()).equals("last") && unit.equals("month");
        }
        boolean counted = dm.kind() == DateMention.Kind.EXPLICIT
                || dm.kind() == DateMention.Kind.RELATIVE && dm.offset() != 0; // "three days later" than an old one
        return counted && date != null && date.isBefore(st.published.minusDays(NEWS_AGE_DAYS));
    }

    /**
     * "The attack began late on Monday": a definite attack noun refers to the attack just told, so it may date or
     * place it even without military words of its own (such a mention without counts only fills in an event).
     */
    private static boolean referredAttack(Analysis a, int at) {
        String w = a.norm(at);
        String p = a.norm(at - 1);
        return (w.equals("attack") || w.equals("attacks") || w.equals("strike") || w.equals("strikes"))
                && (p.equals("the") || p.equals("that") || p.equals("this") || p.equals("these"));
    }

    private static final java.util.Set<String> MUNDANE_CAUSE = java.util.Set.of("falling", "flying", "debris",
            "glass", "car", "vehicle", "truck", "bus", "train", "lorry", "tram", "ball", "lightning", "wave");

    private static boolean accidentalHit(Analysis a, int from, int to) {
        String w = a.norm(from);
        if (!(w.equals("hit") || w.equals("struck") || w.equals("hits")) || !a.norm(to).equals("by")) {
            return false;
        }
        int k = to + 1;
        String n = a.norm(k);
        if (n.equals("a") || n.equals("an") || n.equals("the")) {
            n = a.norm(k + 1);
        }
        return MUNDANE_CAUSE.contains(n);
    }

    /** A country, capital or demonym named in tokens [from, to) (not a leader, not a non-state group). */
    private static boolean actorBetween(Analysis a, ArticleState st, int from, int to) {
        for (Actor x : a.actors(st.actors, st.published)) {
            if (x.from() >= from && x.to() <= to && !x.leaderLevel() && x.kind() != GeoEntry.Kind.GROUP
                    && x.kind() != GeoEntry.Kind.PLACE) {
                return true;
            }
        }
        return false;
    }

    private static boolean actorBefore(Analysis a, ArticleState st, int trig) {
        for (var g : a.geo()) {
            if (g.to() <= trig && trig - g.to() <= 2) {
                for (var e : g.values()) {
                    if (e.kind() == GeoEntry.Kind.COUNTRY || e.kind() == GeoEntry.Kind.DEMONYM
                            || e.kind() == GeoEntry.Kind.ORG || e.kind() == GeoEntry.Kind.GROUP) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static final java.util.Set<String> SOURCES = java.util.Set.of("medics", "doctors", "officials",
            "staff", "sources", "paramedics", "spokesman", "spokeswoman", "spokesperson", "director", "nurses",
            "officers", "authorities", "reporters", "correspondent", "morgue", "residents");

    /** "medics at Nasser hospital said", "officials in Kherson told": where the source sits, not a strike site. */
    static boolean attribution(Analysis a, PhraseIndex.Match<GeoEntry> g) {
        if (g.to() <= a.datelineEnd || Actors.officialOf(a, g)) {
            return true; // the dateline, "the Odesa regional governor said": where the report comes from
        }
        int after = g.to();
        if (a.norm(after).equals("hospital") || a.norm(after).equals("morgue")) {
            after++;
        }
        String nx = a.norm(after);
        String p = a.norm(g.from() - 1);
        boolean prep = p.equals("at") || p.equals("in") || p.equals("from");
        if (prep && SOURCES.contains(a.norm(g.from() - 2))) {
            return true;
        }
        return prep && (nx.equals("said") || nx.equals("says") || nx.equals("told") || nx.equals("reported"));
    }

    private static int countPlaces(Analysis a, int from, int to, int spec) {
        int c = 0;
        for (PhraseIndex.Match<GeoEntry> g : a.geo()) {
            GeoEntry e = Actors.placeEntry(g);
            if (g.from() >= from && g.to() <= to && e != null && e.specificity() == spec && !attribution(a, g)) {
                c++;
            }
        }
        return c;
    }

    private static boolean bigOnly(Mention m) {
        Count k = m.killed != null ? m.killed : m.wounded;
        return k != null && k.value() != null && k.value() >= 1000;
    }

    private static int firstKill(Analysis a, int from, int to) {
        for (var m : Casualties.killHits(a, from, to)) {
            return m.from();
        }
        for (var m : a.hits("WOUND", from, to)) {
            return m.from();
        }
        return from;
    }

    /** attack words that are also everyday words need a military context in the clause */
    private static boolean militaryContext(Analysis a, int from, int to) {
        return !Casualties.killHits(a, from, to).isEmpty() || a.has("WOUND", from, to) || a.has("FORCE", from, to)
                && a.anyWord(from, to, "missile", "missiles", "drone", "drones", "rocket", "rockets", "forces",
                "troops", "military", "army", "jets", "warplanes", "shelling", "artillery", "airstrike",
                "airstrikes", "air", "bomb", "bombs", "idf", "coalition", "houthi", "houthis", "targets");
    }

    /**
     * "The ministry raised the death toll on Sunday to 60", "on Tuesday afternoon he said the toll had climbed to
     * nine": the day of a revised toll is when it was told, not when the attack happened (lexicon TOLL_UPDATE). It
     * stays a weak date, so the attack's own day told elsewhere wins.
     */
    private static boolean tollUpdateDay(Analysis a, int from, int to, int trig, DateMention dm) {
        for (PhraseIndex.Match<Boolean> u : a.hits("TOLL_UPDATE", from, to)) {
            int du = dm.from() >= u.to() ? dm.from() - u.to() : Math.max(0, u.from() - dm.to());
            int dt = trig < 0 ? Integer.MAX_VALUE : dm.from() >= trig ? dm.from() - trig : Math.max(0, trig - dm.to());
            if (du < dt) {
                return true;
            }
        }
        return false;
    }

    /**
     * An attacker's claim of the enemy fighters it killed ("said it had killed 40 militants", "claimed to have
     * killed up to 85 servicemen"): a combat claim, not the toll of a strike on a place. Cue phrases and the
     * combatant nouns are lexicon data (CLAIMED_KILL, COMBATANTS).
     */
    private static boolean claimedEnemyLosses(Analysis a, int from, int to) {
        for (PhraseIndex.Match<Boolean> c : a.hits("CLAIMED_KILL", from, to)) {
            for (int i = c.to(); i < Math.min(to, c.to() + 6); i++) {
                if (a.isWord("COMBATANTS", i)) {
                    return true;
                }
                if (a.tokens.get(i).isPunct() && !a.norm(i).equals(",") && !a.norm(i).equals("-")) {
                    break;
                }
            }
        }
        return false;
    }

    private static boolean cumulative(Analysis a, int from, int to) {
        // "has killed dozens of IRGC members since it stepped up strikes", "have died since Monday"
        int since = a.find(from, to, "since");
        if (since >= 0 && (a.anyWord(from, to, "has", "have") || a.find(from, to, "had been") >= 0
                || a.anyWord(since + 2, Math.min(to, since + 5), "had")) // "attacks since Friday had killed 224"
                && !a.has("SUPERLATIVE", Math.max(from, since - 6), since) // "the deadliest strike since March"
                && !a.anyWord(since + 1, Math.min(to, since + 3), "midnight", "dawn", "morning", "overnight",
                "night", "evening", "afternoon")) { // "since midnight": the same raid
            return true;
        }
        for (var c : a.hits("CUMULATIVE", from, to)) {
            boolean exempt = false;
            for (var s : a.hits("SUPERLATIVE", Math.max(from, c.from() - 10), c.from())) {
                exempt = true;
            }
            if (!exempt) {
                return true;
            }
        }
        return false;
    }

    private static boolean definite(Analysis a, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            String w = a.norm(i);
            if (w.equals("the") || w.equals("this") || w.equals("these") || w.equals("that") || w.equals("those")) {
                String nx = a.norm(i + 1);
                String nx2 = a.norm(i + 2);
                if (isStrikeNoun(nx) || (nx.equals("air") || nx.equals("missile") || nx.equals("drone")
                        || nx.equals("russian") || nx.equals("israeli")) && isStrikeNoun(nx2)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isStrikeNoun(String w) {
        return switch (w) {
            case "strike", "strikes", "attack", "attacks", "airstrike", "raid", "raids", "bombing", "shelling",
                    "explosion", "blast", "massacre", "incident", "impact", "hit" -> true;
            default -> false;
        };
    }

    /** What {@link #attacker} returns when the agent is a non-state armed group (countries.tsv GROUP). */
    private static final String NON_STATE = "-";

    private static String agentOf(Actor x) {
        return x.kind() == GeoEntry.Kind.GROUP ? NON_STATE : x.iso3();
    }

    /** The country whose forces struck (or {@link #NON_STATE}), named in tokens [from, to); null if none. */
    private static String agent(Analysis a, List<Actor> actors, int from, int to) {
        for (Actor x : actors) {
            if (x.from() < from || x.to() > to || x.kind() == GeoEntry.Kind.PLACE) {
                continue;
            }
            String p = a.norm(x.from() - 1);
            String p2 = a.norm(x.from() - 2);
            boolean target = p.equals("on") || p.equals("against") || p.equals("at") || p.equals("in")
                    || (p.equals("the") && (p2.equals("on") || p2.equals("against") || p2.equals("at")));
            // "rockets fired from Lebanon", "drones launched from Yemen"
            if (p.equals("from") && (p2.equals("fired") || p2.equals("launched") || p2.equals("shot"))) {
                return agentOf(x);
            }
            // "by Russia", "by an Israeli air raid"
            if (p.equals("by") || (p.equals("an") || p.equals("a") || p.equals("the")) && p2.equals("by")) {
                return agentOf(x);
            }
            if (target || madeBy(a, x.to())) {
                continue; // "Czech-made rockets", "US-supplied missiles": the maker is not the attacker
            }
            // "Russian missile", "IDF air strike", "Saudi-led coalition airstrike", "US-UK strikes"
            int k = x.to();
            if (a.norm(k).equals("'s")) {
                k++;
            }
            int skipped = 0;
            for (int g = 0; g <= 3 + skipped && k + g < to; g++) {
                int at = k + g;
                Actor partner = joinedPartner(a, actors, at, x);
                if (partner != null && skipped == 0) {
                    // "US-UK strikes", "US and British forces": the first of a joined pair is the attacker too
                    skipped = partner.to() - at;
                    g += skipped - 1;
                    continue;
                }
                boolean force = false;
                for (var f : a.hits("FORCE")) {
                    if (f.from() == at) {
                        force = true;
                        break;
                    }
                }
                if (force) {
                    return agentOf(x);
                }
                String w = a.norm(at);
                if (a.tokens.get(at).isPunct() && !w.equals("-") || w.equals("said") || w.equals("and") && g > 0
                        || startsActor(actors, at, x)) {
                    break;
                }
            }
            // "Israel launches attacks", "US and British forces launched"
            if (x.kind() == GeoEntry.Kind.COUNTRY || x.kind() == GeoEntry.Kind.ORG || x.kind() == GeoEntry.Kind.GROUP) {
                for (int g = x.to(); g < Math.min(to, x.to() + 3); g++) {
                    String w = a.norm(g);
                    if (w.equals("launched") || w.equals("launches") || w.equals("fired") || w.equals("struck")
                            || w.equals("bombed") || w.equals("shelled") || w.equals("attacked")
                            || w.equals("pounded") || w.equals("hit") || w.equals("carried")) {
                        return agentOf(x);
                    }
                }
            }
            // "residents blamed the army", "accused Russia": lexicon BLAME
            if (a.isWord("BLAME", x.from() - 1) || a.isWord("BLAME", x.from() - 2) && p.equals("the")) {
                return agentOf(x);
            }
        }
        return null;
    }

    /**
     * "the army bombed a market", "an air raid by government forces": an unnamed state force is the agent (before
     * the attack word, or after "by"), not the target ("a drone hit the army's depot").
     */
    private static boolean stateForcesAct(Analysis a, int from, int to, int trig) {
        for (PhraseIndex.Match<Boolean> f : a.hits("STATE_FORCES", from, to)) {
            String prev = a.norm(f.from() - 1);
            if (prev.equals("by") || a.isWord("BLAME", f.from() - 1)) {
                return true; // "an air raid by the army", "residents blamed the army"
            }
            if (prev.equals("on") || prev.equals("against") || prev.equals("at")) {
                continue;
            }
            // "the army bombed", "army warplanes bombed", "an army air strike": an attack word inside the force
            // phrase or within four words after it
            for (PhraseIndex.Match<Boolean> s : a.hits("STRIKE", f.from(), Math.min(to, f.to() + 5))) {
                if (s.from() - f.to() <= 4 && !a.has("REPORT", f.to(), Math.max(f.to(), s.from()))) {
                    return true; // but "the army said a drone struck ..." names no agent
                }
            }
        }
        return false;
    }

    private static Actor joinedPartner(Analysis a, List<Actor> actors, int at, Actor self) {
        String p = a.norm(at - 1);
        if (!(p.equals("-") || p.equals("and") || p.equals("/")) || at - 1 != self.to()) {
            return null;
        }
        for (Actor y : actors) {
            if (y != self && y.from() == at && !y.iso3().equals(self.iso3()) && y.kind() != GeoEntry.Kind.PLACE
                    && !y.leaderLevel()) {
                return y;
            }
        }
        return null;
    }

    private static boolean madeBy(Analysis a, int after) {
        if (!a.norm(after).equals("-")) {
            return false;
        }
        return switch (a.norm(after + 1)) {
            case "made", "supplied", "built", "designed", "provided", "manufactured", "produced", "donated",
                    "delivered", "funded", "sourced", "origin" -> true;
            default -> false;
        };
    }

    private static boolean startsActor(List<Actor> actors, int at, Actor self) {
        for (Actor y : actors) {
            if (y != self && y.from() == at && !(y.iso3().equals(self.iso3()))) {
                return y.kind() != GeoEntry.Kind.COUNTRY || true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> POSSESSED_PLACE = java.util.Set.of("north", "south", "east", "west",
            "northern", "southern", "eastern", "western", "central", "northeast", "northwest", "southeast",
            "southwest", "north-east", "north-west", "south-east", "south-west", "capital", "border", "borders",
            "border-regions", "territory", "soil", "city", "cities", "town", "towns", "region", "regions", "port",
            "coast", "second", "largest", "biggest", "frontline", "front-line", "heartland", "interior",
            "province", "provinces", "oblast", "villages", "airspace", "occupied", "annexed");

    /**
     * "Ukraine's Kharkiv region", "Israel's north", "Russia's border regions": a possessive names where a strike
     * landed only when what it possesses is a place; "Iran's Revolutionary Guards", "Russia's defence ministry" are
     * bodies of that country, not the site.
     */
    private static boolean possessedPlace(Analysis a, int i) {
        if (POSSESSED_PLACE.contains(a.norm(i))) {
            return true;
        }
        for (PhraseIndex.Match<GeoEntry> g : a.geo()) {
            if (g.from() == i && Actors.placeEntry(g) != null) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> DIRECTION = java.util.Set.of("northern", "southern", "eastern",
            "western", "central", "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern",
            "north-western", "south-eastern", "south-western");

    private static final java.util.Set<String> SETTLEMENT = java.util.Set.of("town", "towns", "village",
            "villages", "city", "cities", "communities", "community", "kibbutz", "kibbutzim", "territory", "soil",
            "settlements", "region", "regions", "province", "provinces", "neighbourhoods", "neighborhoods");

    /**
     * The country a strike landed in when the text says so directly: "in southern Israel", "into Russia", "on a
     * number of southern Israeli towns", "on Russian territory".
     */
    private static Actor strongLanded(Analysis a, List<Actor> actors, int from, int to) {
        for (Actor x : actors) {
            if (x.from() < from || x.to() > to || x.leaderLevel()) {
                continue;
            }
            if (x.kind() == GeoEntry.Kind.COUNTRY || x.kind() == GeoEntry.Kind.CAPITAL) {
                String p = a.norm(x.from() - 1);
                String p2 = a.norm(x.from() - 2);
                boolean dir = p.equals("northern") || p.equals("southern") || p.equals("eastern")
                        || p.equals("western") || p.equals("central");
                String prep = dir ? p2 : p;
                if ((prep.equals("in") || prep.equals("into") || prep.equals("on") || prep.equals("across"))
                        && !a.norm(x.to()).equals("'s")) {
                    return x;
                }
            } else if (x.kind() == GeoEntry.Kind.DEMONYM && SETTLEMENT.contains(a.norm(x.to()))) {
                for (int k = x.from() - 1; k >= Math.max(from, x.from() - 6); k--) {
                    String w = a.norm(k);
                    if (w.equals("on") || w.equals("in") || w.equals("into") || w.equals("at")
                            || w.equals("against") || w.equals("targeting") || w.equals("targeted")) {
                        return x;
                    }
                    if (a.tokens.get(k).isPunct() || a.has("STRIKE", k, k + 1)) {
                        break;
                    }
                }
            }
        }
        return null;
    }

    private static boolean across(Analysis a, int at) {
        return a.startEndingAt("ACROSS", at) >= 0;
    }

    private static String landedCountry(Analysis a, List<Actor> actors, int from, int to, String attacker,
                                        boolean placeOnly) {
        String weak = null;
        for (Actor x : actors) {
            if (x.from() < from || x.to() > to || x.leaderLevel() || across(a, x.from())) {
                continue; // "close to the border with Pakistan's X": across the border, not where it landed
            }
            if (x.kind() != GeoEntry.Kind.COUNTRY && x.kind() != GeoEntry.Kind.CAPITAL) {
                continue;
            }
            String p = a.norm(x.from() - 1);
            String p2 = a.norm(x.from() - 2);
            if (DIRECTION.contains(p)) {
                p = p2; // "in southern Israel"
                p2 = a.norm(x.from() - 3);
            }
            if (p.equals("in") || p.equals("on") || p.equals("against") || p.equals("into") || p.equals("across")
                    || p.equals("over") || p.equals("at") || p.equals("the") && p2.equals("in")) {
                if (!a.norm(x.to()).equals("'s")) {
                    return x.iso3();
                }
            }
            if (a.norm(x.to()).equals("'s") && weak == null && !x.iso3().equals(attacker)
                    && (!placeOnly || possessedPlace(a, x.to() + 1))) {
                weak = x.iso3();
            }
        }
        Actor settled = strongLanded(a, actors, from, to); // "at several northern Israeli towns"
        if (settled != null && !settled.iso3().equals(attacker)) {
            return settled.iso3();
        }
        return weak;
    }

    // ------------------------------------------------------------------ assembling events

    public void finish(ArticleState st) {
        // 1. a count-only sentence right after an attack sentence without counts belongs to that attack
        // (also a count told a sentence further on, "two people lost their lives", when no other mention lies
        // between; and a definite back-reference without a place of its own, "four were killed in that attack")
        for (int i = 1; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            Mention p = mentions.get(i - 1);
            boolean anaphor = m.trig < 0 || m.definite && m.place == null && !m.placeRef && !m.separate;
            if (anaphor && m.counts() && p.trig >= 0 && !p.counts() && p.story == m.story && !p.used
                    && m.index - p.index <= 2 && m.index >= p.index && !m.hedged
                    && (m.index == p.index || m.country == null || p.country == null
                    || m.country.equals(p.country))) {
                m.trig = p.trig;
                if (m.place == null) {
                    m.place = p.place;
                    m.placeSpec = p.placeSpec;
                    m.placeIso = p.placeIso;
                    m.prevPlace = p.prevPlace;
                }
                m.country = m.country != null ? m.country : p.country;
                if (m.attacker == null && !m.nonState) {
                    m.attacker = p.attacker;
                    m.nonState = p.nonState;
                }
                m.stateForces |= p.stateForces;
                if (m.date == null || m.weakDate && p.date != null && !p.weakDate) {
                    m.date = p.date;
                    m.weakDate = p.weakDate;
                }
                m.aerial |= p.aerial;
                p.used = true;
                m.resultLink = true;
            }
        }
        // 1b. "Government forces shelled towns in Idlib province. Shelling of the town of Sarmin killed five": the
        // next sentence tells the same kind of attack (same word stem) with no agent: the agent told just before
        for (int i = 1; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            Mention p = mentions.get(i - 1);
            if (m.attacker == null && !m.stateForces && !m.nonState && m.trigStem != null && m.trigStem.equals(p.trigStem)
                    && (p.attacker != null || p.stateForces) && !p.counts() && p.story == m.story
                    && m.index == p.index + 1 && !m.topicSwitch && !m.separate
                    && (m.country == null || p.country == null || m.country.equals(p.country))) {
                m.attacker = p.attacker;
                m.stateForces = p.stateForces;
                if (m.country == null) {
                    m.country = p.country;
                }
            }
        }
        // 1c. "Further strikes hit the capital early on Thursday": the agent of the last attack told in the story
        for (int i = 1; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (!m.continuation || m.attacker != null || m.stateForces) {
                continue;
            }
            for (int j = i - 1; j >= 0; j--) {
                Mention p = mentions.get(j);
                if (p.story != m.story) {
                    break;
                }
                if (p.attacker != null || p.stateForces || p.nonState) {
                    m.attacker = p.attacker;
                    m.nonState = p.nonState;
                    m.stateForces = p.stateForces;
                    break;
                }
            }
        }
        Map<Draft, Mention> firstOf = new HashMap<>();
        List<Draft> events = st.strikes;
        Map<Integer, Draft> lastInStory = new HashMap<>();
        for (Mention m : mentions) {
            if (!m.counts() || m.used) {
                continue;
            }
            if (m.trig < 0 && m.topicSwitch && m.date == null) {
                continue; // "Meanwhile over 100 have been killed in ...": a running toll elsewhere, not this strike
            }
            Draft target = null;
            Draft recent = lastInStory.get(m.story);
            if (!m.separate) {
                for (int i = events.size() - 1; i >= 0; i--) {
                    Draft e = events.get(i);
                    if (e.story != m.story) {
                        continue;
                    }
                    if (compatible(e, m, m.trig < 0 || m.definite || m.hedged)) {
                        target = e;
                        break;
                    }
                }
                if (target == null && (m.trig < 0 || m.hedged) && recent != null && smaller(m, recent)) {
                    target = recent; // a sub-count or a superseded figure of the last strike
                }
            }
            if (target == null && (m.hedged || m.trig < 0 && !m.separate && !(recent != null && m.killWord
                    && bigger(m, recent)))) {
                continue;
            }
            if (target == null) {
                target = new Draft(EventType.STRIKE);
                target.story = m.story;
                if (m.place == null && m.prevPlace != null
                        && (m.country == null || m.country.equals(m.prevPlace.iso3()))) {
                    target.location = m.prevPlace.canonical();
                    target.locationSpecificity = m.prevPlace.specificity();
                    target.country = m.prevPlace.iso3();
                } else if (m.place == null && m.placeRef && recent != null && recent.location != null
                        && recent.locationSpecificity >= 3
                        && (m.country == null || m.country.equals(recent.country))) {
                    // "two days earlier, a drone attack on the city had killed ...": the city told before
                    target.location = recent.location;
                    target.locationSpecificity = recent.locationSpecificity;
                    target.country = recent.country;
                }
                target.publisher = st.storyPublisher.get(m.story);
                events.add(target);
                firstOf.put(target, m);
            }
            absorb(target, m, true);
            lastInStory.put(m.story, target);
        }
        // 2. mentions without counts fill in a nearby event of the same story
        for (Mention m : mentions) {
            if (m.counts() || m.used || m.trig < 0) {
                continue;
            }
            Draft best = null;
            int bestDist = Integer.MAX_VALUE;
            for (Draft e : events) {
                if (e.story != m.story) {
                    continue;
                }
                int dist = Math.abs(e.lastSentence - m.index);
                for (Sentence s : e.evidence) {
                    dist = Math.min(dist, Math.abs(sentenceIndex(e, s) - m.index));
                }
                if (m.country != null && e.country != null && !m.country.equals(e.country)) {
                    continue;
                }
                if (m.place != null && e.location != null && !placeOk(e.location, m.place)
                        && e.locationSpecificity >= 3) {
                    continue;
                }
                if (m.date != null && e.date != null && !e.weakDate && !m.date.equals(e.date)) {
                    continue;
                }
                if (dist > (m.definite ? 12 : 3)) {
                    continue;
                }
                if (dist < bestDist) {
                    bestDist = dist;
                    best = e;
                }
            }
            if (best != null) {
                absorb(best, m, false);
            }
        }
        // 3. defaults
        Map<Integer, Map<String, Integer>> storyCountries = new HashMap<>();
        for (Mention m : mentions) {
            String c = m.placeIso != null ? m.placeIso : m.country;
            if (c != null) {
                storyCountries.computeIfAbsent(m.story, k -> new HashMap<>()).merge(c, 1, Integer::sum);
            }
        }
        for (Draft e : events) {
            Mention first = firstOf.get(e);
            if (e.country == null && first != null && first.otherSide != null) {
                e.country = first.otherSide;
            }
            if (e.country == null) {
                Map<String, Integer> sc = storyCountries.getOrDefault(e.story, Map.of());
                String best = null;
                for (Map.Entry<String, Integer> c : sc.entrySet()) {
                    if (c.getKey().equals(e.attacker) && !e.stateForces) {
                        continue; // a state's forces strike another country, unless told to act at home
                    }
                    if (best == null || c.getValue() > sc.get(best)) {
                        best = c.getKey();
                    }
                }
                e.country = best;
            }
            if (e.country == null && e.attacker != null) {
                // "two people were killed when a Russian missile hit the hospital": Russia's only front is Ukraine
                e.country = st.ref.soleTarget(e.attacker, e.date != null ? e.date : st.published);
            }
            storyAgent(e);
            if (e.location == null && firstOf.get(e) != null && firstOf.get(e).capitalRef && e.country != null) {
                e.location = st.ref.capital(e.country);
                e.locationSpecificity = 3;
            }
            if (e.attacker == null && e.country != null && !e.nonState) {
                LocalDate d = e.date != null ? e.date : st.published;
                e.attacker = st.ref.defaultAttacker(e.country, d);
                if (e.attacker == null && e.stateForces) {
                    e.attacker = e.country; // the army of a state at war at home (a civil war)
                }
            }
            if (e.date == null && !st.storyHasDay.getOrDefault(e.story, false) && !e.vagueTime) {
                e.date = st.published;
                e.weakDate = true; // a default, not read from the text
            }
            if (e.cameo == null) {
                e.cameo = "190";
            }
        }
        // 4. the same strike told twice on one page (two outlets): one event
        List<Draft> out = new ArrayList<>();
        for (Draft e : events) {
            Draft dup = null;
            for (Draft o : out) {
                if (java.util.Objects.equals(o.country, e.country) && headlineSummary(o, e)) {
                    dup = o; // headline "Dozens dead as strike hits camp": the body's strike told vaguely
                    break;
                }
                if (java.util.Objects.equals(o.country, e.country) && o.story == e.story
                        && headlineOnly(o) != headlineOnly(e) && numeric(o.killed) && sameCount(o.killed, e.killed)
                        && (o.attacker == null || e.attacker == null || o.attacker.equals(e.attacker))) {
                    dup = o; // headline "Air strike on X province village kills at least 21": the body's strike
                    break;
                }
                if (revisedToll(o, e)) {
                    dup = o; // the same strike told again on a live page, its toll revised
                    if (e.revised && !o.revised) {
                        o.killed = e.killed;
                        o.wounded = e.wounded != null ? e.wounded : o.wounded;
                        o.revised = true;
                    }
                    break;
                }
                if (java.util.Objects.equals(o.country, e.country) && sameCount(o.killed, e.killed)
                        && (o.location == null || e.location == null || placeOk(o.location, e.location))
                        && (o.date == null || e.date == null || o.date.equals(e.date) || o.weakDate || e.weakDate)
                        && (o.story != e.story || o.location != null && o.location.equals(e.location))) {
                    dup = o;
                    break;
                }
            }
            if (dup == null) {
                out.add(e);
            } else {
                if (headlineOnly(dup) && !headlineOnly(e)) {
                    if (e.location != null && e.locationSpecificity >= dup.locationSpecificity) {
                        dup.location = e.location; // the body names the place more precisely than a headline
                        dup.locationSpecificity = e.locationSpecificity;
                    }
                    if (numeric(e.killed) && sameCount(dup.killed, e.killed)) {
                        dup.killed = e.killed; // "kills 21" in the headline, "killing at least 21" in the body
                    }
                }
                for (Sentence s : e.evidence) {
                    dup.addEvidence(s);
                }
                if (e.killed != null && e.killed.value() != null
                        && (dup.killed == null || dup.killed.value() == null)) {
                    dup.killed = e.killed;
                }
                if (e.location != null && (dup.location == null
                        || e.locationSpecificity > dup.locationSpecificity)) {
                    dup.location = e.location;
                    dup.locationSpecificity = e.locationSpecificity;
                }
                if (dup.wounded == null) {
                    dup.wounded = e.wounded;
                }
                // the headline's copy is usually the poorer one: fill in from the body
                if (e.date != null && (dup.date == null || dup.weakDate && !e.weakDate)) {
                    dup.date = e.date;
                    dup.weakDate = e.weakDate;
                }
                if (dup.location == null && e.location != null) {
                    dup.location = e.location;
                    dup.locationSpecificity = e.locationSpecificity;
                }
                if (dup.attacker == null) {
                    dup.attacker = e.attacker;
                }
            }
        }
        events.clear();
        for (Draft e : out) {
            if (e.country != null && (e.killed != null || e.wounded != null)) {
                events.add(e);
            }
        }
    }

    /**
     * "India's missile strikes on Pakistan ... Four missiles came down here ... 13 were killed": a strike told
     * without its agent, in a story whose attacks of the same kind (aerial or not) on that country are all told as
     * one state's (or the home army's), is that state's. Not for attacks of the kind irregular forces make (lexicon
     * IRREGULAR), nor where a non-state group or another state is told to strike that country too.
     */
    private void storyAgent(Draft e) {
        if (e.attacker != null || e.stateForces || e.nonState || e.irregular || e.country == null) {
            return;
        }
        String agent = null;
        boolean home = false;
        boolean mixed = false;
        boolean sameKind = false;
        for (Mention m : mentions) {
            if (m.story != e.story || m.trig < 0 || !e.country.equals(m.country)) {
                continue;
            }
            if (m.attacker != null || m.stateForces) {
                sameKind |= m.aerial == "195".equals(e.cameo); // missiles told, missiles landed
            }
            if (m.nonState) {
                mixed = true;
            } else if (m.attacker != null) {
                mixed |= home || agent != null && !agent.equals(m.attacker) || m.attacker.equals(e.country);
                agent = m.attacker;
            } else if (m.stateForces) {
                mixed |= agent != null;
                home = true;
            }
        }
        if (mixed || !sameKind) {
            return;
        }
        if (agent != null) {
            e.attacker = agent;
        } else if (home) {
            e.stateForces = true;
        }
    }

    /**
     * One of the two is told only in a headline with no figure or a vague one ("Dozens dead as ...") and the other
     * in the body with a figure, at a compatible place of the same story: the same strike.
     */
    private static boolean headlineSummary(Draft o, Draft e) {
        if (o.story != e.story) {
            return false;
        }
        Draft h = headlineOnly(o) ? o : headlineOnly(e) ? e : null;
        if (h == null || h == (o == h ? e : o) || headlineOnly(o) && headlineOnly(e)) {
            return false;
        }
        Draft b = h == o ? e : o;
        if (numeric(h.killed) || numeric(h.wounded) || !numeric(b.killed) && !numeric(b.wounded)) {
            return false;
        }
        return h.location == null || b.location == null || placeOk(h.location, b.location)
                || h.locationSpecificity < 3 || b.locationSpecificity < 3;
    }

    /**
     * Two strikes of one page at the same named place on the same day by the same attacker, one of them told as a
     * revised toll ("the toll from this morning's attack on X has risen to seven"): one strike, told twice.
     */
    private static boolean revisedToll(Draft o, Draft e) {
        return (o.revised || e.revised) && java.util.Objects.equals(o.country, e.country)
                && o.location != null && e.location != null && o.locationSpecificity >= 3
                && e.locationSpecificity >= 3 && placeOk(o.location, e.location)
                && (o.date == null || e.date == null || o.date.equals(e.date))
                && java.util.Objects.equals(o.attacker, e.attacker);
    }

    private static boolean numeric(Count c) {
        return c != null && c.value() != null;
    }

    private static boolean headlineOnly(Draft d) {
        return !d.evidence.isEmpty() && d.evidence.stream().allMatch(Sentence::headline);
    }

    private static int sentenceIndex(Draft e, Sentence s) {
        return e.sentenceIndex.getOrDefault(s.start(), e.lastSentence);
    }

    private static boolean sameCount(Count a, Count b) {
        if (a == null || b == null) {
            return a == b;
        }
        return java.util.Objects.equals(a.value(), b.value());
    }

    private static boolean placeOk(String a, String b) {
        String x = a.toLowerCase();
        String y = b.toLowerCase();
        return x.contains(y) || y.contains(x);
    }

    private static boolean compatible(Draft e, Mention m, boolean coreferent) {
        if (m.country != null && e.country != null && !m.country.equals(e.country)) {
            return false;
        }
        if (m.killed != null && e.killed != null && m.killed.value() != null
                && m.killed.value().equals(e.killed.value())
                && !(m.date != null && e.date != null && !m.date.equals(e.date) && !m.weakDate && !e.weakDate)
                && (m.place == null || e.location == null || placeOk(m.place, e.location)
                || m.placeSpec < 3 || e.locationSpecificity < 3 || m.definite)) {
            return true;
        }
        if (m.place != null && e.location != null && !placeOk(m.place, e.location)) {
            if (!(coreferent && (m.placeSpec < 3 || e.locationSpecificity < 3))) {
                return false;
            }
        }
        if (m.date != null && e.date != null && !m.date.equals(e.date) && !m.weakDate && !e.weakDate) {
            return false;
        }
        if (m.killed != null && e.killed != null) {
            Integer a = m.killed.value();
            Integer b = e.killed.value();
            if (a != null && b != null && !a.equals(b) && !coreferent) {
                return false;
            }
        }
        if (m.killed == null && m.wounded != null && e.wounded != null && m.wounded.value() != null
                && e.wounded.value() != null && !m.wounded.value().equals(e.wounded.value()) && !coreferent) {
            return false;
        }
        if (!coreferent && m.place == null && e.location != null && m.killed != null && e.killed != null
                && m.killed.value() == null) {
            return true;
        }
        if (!coreferent && (m.place == null || e.location == null) && !(m.killed != null && e.killed != null
                && java.util.Objects.equals(m.killed.value(), e.killed.value()))) {
            // an undetailed new toll is only the same strike when it repeats the figure or a vague word
            return m.killed != null && e.killed != null && (m.killed.value() == null || e.killed.value() == null);
        }
        return true;
    }

    private static boolean smaller(Mention m, Draft e) {
        Count a = m.killed != null ? m.killed : m.wounded;
        Count b = m.killed != null ? e.killed : e.wounded;
        return a != null && b != null && a.value() != null && b.value() != null && a.value() <= b.value();
    }

    private static boolean bigger(Mention m, Draft e) {
        return m.killed != null && e.killed != null && m.killed.value() != null && e.killed.value() != null
                && m.killed.value() > e.killed.value();
    }

    private static void absorb(Draft e, Mention m, boolean withCounts) {
        e.addEvidence(m.sentence);
        e.sentenceIndex.put(m.sentence.start(), m.index);
        e.lastSentence = Math.max(e.lastSentence, m.index);
        if (withCounts && m.hedged && m.killed != null && e.killed != null && !sameCount(m.killed, e.killed)) {
            withCounts = false; // an unverified rival account: neither its dead nor its wounded are this toll
        }
        if (withCounts) {
            e.killed = better(e.killed, m.killed, m);
            if (!(m.woundedIncrement && e.wounded != null)) {
                e.wounded = better(e.wounded, m.wounded, m); // "another 20 were hurt" adds to a figure told before
            }
        }
        if (m.place != null && !m.multiPlace && (e.location == null || m.placeSpec > e.locationSpecificity)) {
            e.location = m.place;
            e.locationSpecificity = m.placeSpec;
            if (m.placeIso != null) {
                e.country = m.placeIso;
            }
        }
        if (e.country == null && m.country != null) {
            e.country = m.country;
        }
        if (e.attacker == null && m.attacker != null) {
            e.attacker = m.attacker;
        }
        e.stateForces |= m.stateForces;
        e.nonState |= m.nonState && e.attacker == null;
        e.revised |= withCounts && m.revised;
        e.irregular |= m.irregular;
        if (m.date != null) {
            e.setDate(m.date, m.weakDate);
        }
        e.vagueTime |= m.vagueTime;
        if (m.aerial) {
            e.cameo = "195";
        }
    }

    private static Count better(Count cur, Count add, Mention m) {
        if (add == null) {
            return cur;
        }
        if (cur == null || cur.value() == null && add.value() != null) {
            return add;
        }
        if (cur.value() != null && cur.value().equals(add.value()) && cur.qualifier() == Qualifier.EXACT
                && add.qualifier() != Qualifier.EXACT && !m.hedged) {
            return add; // headline "kills 23", body "killed at least 23": the qualifier is news
        }
        if (cur.value() != null && add.value() != null && add.value() > cur.value() && (m.definite || m.trig < 0)
                && !m.hedged) {
            return add; // the toll rose
        }
        return cur;
    }
}
