package io.eventwire.extract.detect;

import io.eventwire.extract.reference.GeoEntry;
import io.eventwire.extract.reference.Leader;
import io.eventwire.extract.reference.PhraseIndex;
import io.eventwire.extract.reference.ReferenceData;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds actors (countries, leaders, office holders) in a sentence. Office phrases resolve by date: "the US
 * president" in 2022 is Biden, in 2025 Trump; "his Russian counterpart" is the primary leader of Russia.
 */
public final class Actors {

    private final ReferenceData ref;

    public Actors(ReferenceData ref) {
        this.ref = ref;
    }

    public List<Actor> find(Analysis a, LocalDate date) {
        List<Actor> out = new ArrayList<>();
        for (PhraseIndex.Match<GeoEntry> m : a.geo()) {
            GeoEntry best = pick(m.values());
            if (best == null) {
                continue;
            }
            if (best.kind() == GeoEntry.Kind.LEADER) {
                Leader l = term(best, date);
                out.add(new Actor(m.from(), m.to(), best.iso3(), GeoEntry.Kind.LEADER,
                        asSpelled(a, m.from(), m.to(), l != null ? l.surname() : best.canonical()), true));
            } else if (best.kind() != GeoEntry.Kind.PLACE || hasCountryKind(m.values())) {
                GeoEntry c = countryKind(m.values());
                if (c != null) {
                    out.add(new Actor(m.from(), m.to(), c.iso3(), c.kind(), null, false));
                }
            }
        }
        // office phrases
        List<Actor> coordinated = new ArrayList<>();
        for (PhraseIndex.Match<Boolean> o : a.hits("OFFICE")) {
            if (plural(a, o.to() - 1)) {
                coordinatedHolders(a, out, o, date, coordinated);
                continue;
            }
            String office = officeName(a, o.from(), o.to());
            String iso = null;
            int from = o.from();
            // left: "French President", "Turkey's president", "his Russian counterpart", "German Federal Chancellor"
            for (Actor act : out) {
                if (act.leaderLevel()) {
                    continue;
                }
                int gap = o.from() - act.to();
                boolean possessive = gap >= 1 && a.norm(act.to()).equals("'s");
                if (gap >= 0 && gap <= 2 && (gap == 0 || possessive || gapWordsOk(a, act.to(), o.from()))) {
                    iso = act.iso3();
                    from = act.from();
                }
            }
            // right: "President of Ukraine", "head of the Kremlin"
            if (iso == null) {
                int k = o.to();
                if (a.norm(k).equals("of")) {
                    k++;
                    if (a.norm(k).equals("the")) {
                        k++;
                    }
                    for (Actor act : out) {
                        if (!act.leaderLevel() && act.from() == k) {
                            iso = act.iso3();
                        }
                    }
                }
                if (a.norm(o.to() - 1).equals("kremlin")) {
                    iso = "RUS";
                }
            }
            if (iso == null) {
                continue;
            }
            Leader l = ref.leaderOf(iso, office, date);
            if (l == null && office != null) {
                l = ref.leaderOf(iso, null, date);
            }
            out.add(new Actor(from, o.to(), iso, GeoEntry.Kind.LEADER, l != null ? l.surname() : null, true));
        }
        out.addAll(coordinated);
        out.sort(Comparator.comparingInt(Actor::from));
        return out;
    }

    /** "presidents", "leaders", "heads of state": an office word in the plural names several holders. */
    private static boolean plural(Analysis a, int last) {
        String w = a.norm(last);
        return w.equals("presidents") || w.equals("leaders") || w.equals("ministers") || w.equals("state")
                && a.norm(last - 2).equals("heads") || w.equals("government") && a.norm(last - 2).equals("heads");
    }

    /**
     * "the Russian and Chinese leaders", "the leaders of Russia and China": each coordinated country is a
     * leader-level actor, its primary leader on the date.
     */
    private void coordinatedHolders(Analysis a, List<Actor> countries, PhraseIndex.Match<Boolean> o, LocalDate date,
                                    List<Actor> sink) {
        List<Actor> named = new ArrayList<>();
        int edge = o.from();
        for (int i = countries.size() - 1; i >= 0; i--) { // leftwards: "X and Y leaders", "X, Y and Z leaders"
            Actor act = countries.get(i);
            if (act.leaderLevel() || act.to() > edge) {
                continue;
            }
            String gap = a.norm(act.to());
            boolean joined = act.to() == edge || act.to() + 1 == edge && (gap.equals("and") || gap.equals(","));
            if (!joined) {
                break;
            }
            named.add(act);
            edge = act.from();
        }
        if (named.isEmpty() && a.norm(o.to()).equals("of")) { // rightwards: "leaders of X and Y"
            int k = o.to() + 1;
            for (Actor act : countries) {
                if (act.leaderLevel() || act.from() < k) {
                    continue;
                }
                if (a.norm(k).equals("the") && act.from() == k + 1) {
                    k++;
                }
                if (act.from() != k) {
                    break;
                }
                named.add(act);
                String gap = a.norm(act.to());
                if (!(gap.equals("and") || gap.equals(","))) {
                    break;
                }
                k = act.to() + 1;
            }
        }
        if (named.size() < 2) {
            return; // "Hamas leaders", "the two leaders": no pair of countries named here
        }
        for (Actor act : named) {
            Leader l = ref.leaderOf(act.iso3(), null, date);
            sink.add(new Actor(act.from(), act.to(), act.iso3(), GeoEntry.Kind.LEADER,
                    l != null ? l.surname() : null, true));
        }
    }

    private static boolean gapWordsOk(Analysis a, int from, int to) {
        for (int i = from; i < to; i++) {
            String n = a.norm(i);
            if (!(n.equals("federal") || n.equals("then") || n.equals("former") || n.equals("acting")
                    || n.equals("'s") || n.equals("interim") || n.equals("new"))) {
                return false;
            }
        }
        return true;
    }

    private static String officeName(Analysis a, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(a.norm(i));
        }
        String s = sb.toString();
        return switch (s) {
            case "president" -> "president";
            case "prime minister", "premier", "pm" -> "prime minister";
            case "chancellor" -> "chancellor";
            case "foreign minister" -> "foreign minister";
            case "secretary of state" -> "secretary of state";
            case "emir" -> "emir";
            case "king" -> "king";
            case "sultan" -> "sultan";
            default -> null;
        };
    }

    /**
     * The surname as the article spells it: "Goïta" where the reference file keeps "Goita", so the name reported is
     * the one the reader saw. Only a spelling that differs by diacritics (same normalised words) is taken.
     */
    static String asSpelled(Analysis a, int from, int to, String surname) {
        if (surname == null) {
            return null;
        }
        String[] words = surname.split(" ");
        for (int i = from; i + words.length <= to; i++) {
            boolean same = true;
            for (int k = 0; k < words.length && same; k++) {
                same = a.norm(i + k).equals(io.eventwire.extract.text.Tokenizer.norm(words[k]));
            }
            if (same) {
                String raw = a.rawText(i, i + words.length);
                return raw.equals(surname) || raw.length() > surname.length() + 2 ? surname : raw;
            }
        }
        return surname;
    }

    private Leader term(GeoEntry e, LocalDate date) {
        for (Leader l : e.leaders()) {
            if (l.inOffice(date)) {
                return l;
            }
        }
        return e.leaders().isEmpty() ? null : e.leaders().get(0);
    }

    private static GeoEntry pick(List<GeoEntry> vs) {
        for (GeoEntry e : vs) {
            if (e.kind() == GeoEntry.Kind.LEADER) {
                return e;
            }
        }
        return vs.isEmpty() ? null : vs.get(0);
    }

    private static boolean hasCountryKind(List<GeoEntry> vs) {
        return countryKind(vs) != null;
    }

    private static GeoEntry countryKind(List<GeoEntry> vs) {
        for (GeoEntry e : vs) {
            if (e.kind() != GeoEntry.Kind.PLACE && e.kind() != GeoEntry.Kind.LEADER) {
                return e;
            }
        }
        return null;
    }

    /** The most specific place named in tokens [from, to), or null. */
    public static PhraseIndex.Match<GeoEntry> bestPlace(Analysis a, int from, int to) {
        PhraseIndex.Match<GeoEntry> site = bestPlace(a, from, to, false);
        return site != null ? site : bestPlace(a, from, to, true);
    }

    private static final java.util.Set<String> OFFICIAL = java.util.Set.of("governor", "mayor", "officials",
            "authorities", "administration", "council", "prosecutors", "police", "governor's", "mayor's");
    private static final java.util.Set<String> OFFICIAL_MOD = java.util.Set.of("regional", "city", "oblast",
            "military", "region", "local", "state", "municipal", "provincial", "district", "'s");

    /**
     * "the Odesa regional governor", "Kharkiv's mayor", "Kherson officials": a place that names whose officials
     * speak is the source of the report, not the site of what they report.
     */
    public static boolean officialOf(Analysis a, PhraseIndex.Match<GeoEntry> m) {
        String n1 = a.norm(m.to());
        String n2 = a.norm(m.to() + 1);
        String n3 = a.norm(m.to() + 2);
        return OFFICIAL.contains(n1) || OFFICIAL_MOD.contains(n1) && (OFFICIAL.contains(n2)
                || OFFICIAL_MOD.contains(n2) && OFFICIAL.contains(n3));
    }

    private static PhraseIndex.Match<GeoEntry> bestPlace(Analysis a, int from, int to, boolean sources) {
        PhraseIndex.Match<GeoEntry> best = null;
        int bestSpec = -1;
        for (PhraseIndex.Match<GeoEntry> m : a.geo()) {
            if (m.from() < from || m.to() > to) {
                continue;
            }
            if (!sources && officialOf(a, m)) {
                continue;
            }
            if (metonym(a, m)) {
                continue; // "Kyiv said", "Moscow has": the government, not the place
            }
            if (!properNoun(a, m.from(), m.to())) {
                continue; // "a 10-acre plot", "a mocha": place names are written capitalised
            }
            if (a.norm(m.to()).equals("of") && placeAt(a, m.to() + 1) || a.norm(m.to()).equals("city")
                    && a.norm(m.to() + 1).equals("of") && placeAt(a, m.to() + 2)) {
                continue;
            }
            for (GeoEntry e : m.values()) {
                if (e.kind() != GeoEntry.Kind.PLACE) {
                    continue;
                }
                int spec = e.specificity();
                if (spec >= 3 && a.isWord("ADMIN_AREA", m.to())) {
                    spec = 1; // "Magway region": the city's name for the area around it
                } else if (spec >= 3 && a.isWord("ADMIN_DISTRICT", m.to())) {
                    spec = 2;
                }
                if (spec > bestSpec) {
                    best = m;
                    bestSpec = spec;
                }
            }
        }
        return best;
    }

    private static final java.util.Set<String> METONYM_NEXT = java.util.Set.of("said", "says", "has", "had",
            "announced", "claimed", "accused", "denied", "insists", "insisted", "wants", "demanded", "'s");

    private static boolean metonym(Analysis a, PhraseIndex.Match<GeoEntry> m) {
        boolean capital = false;
        for (GeoEntry e : m.values()) {
            if (e.kind() == GeoEntry.Kind.CAPITAL) {
                capital = true;
            }
        }
        String prev = a.norm(m.from() - 1);
        return capital && METONYM_NEXT.contains(a.norm(m.to())) && !(prev.equals("in") || prev.equals("on"));
    }

    private static boolean properNoun(Analysis a, int from, int to) {
        for (int i = from; i < to; i++) {
            var t = a.tokens.get(i);
            if (t.isWord() && t.capitalized()) {
                return true;
            }
        }
        return false;
    }

    private static boolean placeAt(Analysis a, int i) {
        for (PhraseIndex.Match<GeoEntry> m : a.geo()) {
            if (m.from() == i && placeEntry(m) != null) {
                return true;
            }
        }
        return false;
    }

    public static GeoEntry placeEntry(PhraseIndex.Match<GeoEntry> m) {
        if (m == null) {
            return null;
        }
        for (GeoEntry e : m.values()) {
            if (e.kind() == GeoEntry.Kind.PLACE) {
                return e;
            }
        }
        return null;
    }
}
