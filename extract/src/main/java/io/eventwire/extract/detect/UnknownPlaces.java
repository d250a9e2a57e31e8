package io.eventwire.extract.detect;

import io.eventwire.extract.reference.GeoEntry;
import io.eventwire.extract.reference.PhraseIndex;
import io.eventwire.extract.reference.ReferenceData;
import io.eventwire.extract.text.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Places that no gazetteer lists, read from the phrase around them: "the village of X", "the town of X",
 * "X village", "X displacement camp", "X, a town in ...". The cue nouns are lexicon data ({@code SETTLEMENT_OF}
 * before the name, {@code SETTLEMENT_AFTER} after it). The country is that of the nearest gazetteer name in the
 * sentence, demonyms aside ("Htan Pin village in Magway region" lies in Myanmar), else unknown (the strike's landed country
 * then decides). One pass over the sentence's lexicon hits: linear in its length.
 */
final class UnknownPlaces {

    private static final int MAX_NAME = 3;

    private UnknownPlaces() {
    }

    static List<PhraseIndex.Match<GeoEntry>> add(Analysis a, String text, List<PhraseIndex.Match<GeoEntry>> geo) {
        List<PhraseIndex.Match<GeoEntry>> found = null;
        int inside = -1;
        for (PhraseIndex.Match<GeoEntry> g : geo) {
            // "a market in X, in North Darfur": an unknown name placed inside a known area
            if (g.from() >= 4 && a.norm(g.from() - 1).equals("in") && a.norm(g.from() - 2).equals(",")
                    && areaOnly(g)) {
                inside = g.from();
                break;
            }
        }
        if (inside < 0 && a.hits("SETTLEMENT_OF").isEmpty() && a.hits("SETTLEMENT_AFTER").isEmpty()) {
            return geo;
        }
        Near near = new Near(a, geo);
        if (inside >= 0) {
            int nameTo = inside - 2;
            int start = nameStart(a, nameTo);
            if (start > 0 && a.norm(start - 1).equals("in") && !startsSentence(a, start)) {
                found = add(found, a, text, near, start, nameTo, "village");
            }
        }
        // "the village of X"
        for (PhraseIndex.Match<Boolean> c : a.hits("SETTLEMENT_OF")) {
            int k = c.from() - 1;
            for (int adj = 0; adj < 2 && k > 0 && a.tokens.get(k).isWord() && !a.norm(k).equals("the"); adj++) {
                k--; // "the port town of", "the small border village of", "the Druze village of"
            }
            if (!a.norm(k).equals("the")) {
                continue;
            }
            int end = nameEnd(a, c.to());
            if (end > c.to()) {
                found = add(found, a, text, near, c.to(), end, kind(a, c));
            }
        }
        // "X village", "X displacement camp", "X, a town in ..."
        for (PhraseIndex.Match<Boolean> c : a.hits("SETTLEMENT_AFTER")) {
            if (a.norm(c.to()).equals("of")) {
                continue; // "the Druze town of X": the name follows
            }
            int start = nameStart(a, c.from());
            if (start >= 0 && start < c.from()) {
                found = add(found, a, text, near, start, c.from(), kind(a, c));
                continue;
            }
            // appositive: "X, a small town in Y"
            int k = c.from() - 1;
            int adjectives = 0;
            while (k >= 0 && adjectives < 2 && a.tokens.get(k).isWord() && !a.tokens.get(k).capitalized()
                    && !a.norm(k).equals("a") && !a.norm(k).equals("an")) {
                k--;
                adjectives++;
            }
            if (k >= 2 && (a.norm(k).equals("a") || a.norm(k).equals("an")) && a.norm(k - 1).equals(",")) {
                int nameTo = k - 1;
                int s = nameStart(a, nameTo);
                if (s >= 0 && s < nameTo) {
                    found = add(found, a, text, near, s, nameTo, kind(a, c));
                }
            }
        }
        if (found == null) {
            return geo;
        }
        List<PhraseIndex.Match<GeoEntry>> out = new ArrayList<>(geo.size() + found.size());
        out.addAll(geo);
        out.addAll(found);
        out.sort(Comparator.comparingInt(PhraseIndex.Match::from));
        return out;
    }

    /** Per sentence, computed once when a cue is seen: which tokens the gazetteer covers, nearest country. */
    private static final class Near {
        final boolean[] covered;
        final String[] leftIso;
        final int[] leftAt;
        final String[] rightIso;
        final int[] rightAt;
        final java.util.Set<Integer> starts = new java.util.HashSet<>();

        Near(Analysis a, List<PhraseIndex.Match<GeoEntry>> geo) {
            int n = a.size();
            covered = new boolean[n + 1];
            String[] isoAtEnd = new String[n + 1];
            String[] isoAtStart = new String[n + 1];
            // "close to the border with Pakistan's South Waziristan": a country across a border is not the place's
            boolean[] across = new boolean[n + 2];
            for (PhraseIndex.Match<Boolean> b : a.hits("ACROSS")) {
                across[b.to()] = true;
            }
            for (PhraseIndex.Match<GeoEntry> g : geo) {
                for (int i = g.from(); i < g.to(); i++) {
                    covered[i] = true;
                }
                if (across[g.from()]) {
                    if (a.norm(g.to()).equals("'s")) {
                        across[g.to() + 1] = true; // "the border with Pakistan's South Waziristan"
                    }
                    continue;
                }
                for (GeoEntry e : g.values()) {
                    // "Ukrainian shelling of the town of X": an adjective names the attacker as often as the land
                    if (e.iso3() != null && e.kind() != GeoEntry.Kind.LEADER && e.kind() != GeoEntry.Kind.ORG
                            && e.kind() != GeoEntry.Kind.GROUP
                            && e.kind() != GeoEntry.Kind.DEMONYM) {
                        isoAtEnd[g.to()] = e.iso3();
                        isoAtStart[g.from()] = e.iso3();
                        break;
                    }
                }
            }
            leftIso = new String[n + 1];
            leftAt = new int[n + 1];
            for (int i = 0; i <= n; i++) {
                leftIso[i] = isoAtEnd[i] != null ? isoAtEnd[i] : i > 0 ? leftIso[i - 1] : null;
                leftAt[i] = isoAtEnd[i] != null ? i : i > 0 ? leftAt[i - 1] : -1;
            }
            rightIso = new String[n + 1];
            rightAt = new int[n + 1];
            for (int i = n; i >= 0; i--) {
                rightIso[i] = isoAtStart[i] != null ? isoAtStart[i] : i < n ? rightIso[i + 1] : null;
                rightAt[i] = isoAtStart[i] != null ? i : i < n ? rightAt[i + 1] : -1;
            }
        }
    }

    private static List<PhraseIndex.Match<GeoEntry>> add(List<PhraseIndex.Match<GeoEntry>> found, Analysis a,
                                                        String text, Near near, int from, int to, String kind) {
        for (int i = from; i < to; i++) {
            if (near.covered[i]) {
                return found; // the gazetteer knows (part of) it already
            }
        }
        if (!near.starts.add(from)) {
            return found;
        }
        String left = near.leftIso[from];
        String right = near.rightIso[to];
        String iso = left == null ? right : right == null ? left
                : from - near.leftAt[from] <= near.rightAt[to] - to ? left : right;
        String name = text.substring(a.tokens.get(from).start(), a.tokens.get(to - 1).end());
        GeoEntry e = new GeoEntry(GeoEntry.Kind.PLACE, iso, name, kind, null);
        List<PhraseIndex.Match<GeoEntry>> out = found != null ? found : new ArrayList<>(2);
        out.add(new PhraseIndex.Match<>(from, to, List.of(e)));
        return out;
    }

    /** Only a region or district of a country (not a city, not a country itself). */
    private static boolean areaOnly(PhraseIndex.Match<GeoEntry> g) {
        boolean area = false;
        for (GeoEntry e : g.values()) {
            if (e.kind() != GeoEntry.Kind.PLACE) {
                return false;
            }
            area = e.specificity() <= 2;
        }
        return area;
    }

    private static boolean startsSentence(Analysis a, int i) {
        return i == 0 || a.tokens.get(i - 1).isPunct() && !a.norm(i - 1).equals(",");
    }

    /** A township is an administrative area around villages: less specific than a settlement. */
    private static String kind(Analysis a, PhraseIndex.Match<Boolean> cue) {
        String last = a.norm(cue.to() - 1);
        return last.equals("of") ? (a.norm(cue.to() - 2).equals("township") ? "district" : "village")
                : last.equals("township") ? "district" : "village";
    }

    /** End of a capitalised name starting at {@code from} ("Al-Koma", "Nyaung Kone"), or {@code from}. */
    private static int nameEnd(Analysis a, int from) {
        int k = from;
        int words = 0;
        while (k < a.size() && words < MAX_NAME && nameWord(a, k)) {
            k++;
            words++;
            if (k + 1 < a.size() && a.norm(k).equals("-") && glued(a, k) && nameWord(a, k + 1)) {
                k++;
            }
        }
        return k;
    }

    /** Start of a capitalised name ending just before {@code to}, or -1. */
    private static int nameStart(Analysis a, int to) {
        int k = to;
        int words = 0;
        while (k - 1 >= 0 && words < MAX_NAME && nameWord(a, k - 1)) {
            k--;
            words++;
            if (k - 2 >= 0 && a.norm(k - 1).equals("-") && glued(a, k - 1) && nameWord(a, k - 2)) {
                k--;
            }
        }
        if (k == to || k == 0 && words == 1 && to - k == 1) {
            return -1; // nothing, or a lone sentence-initial word ("Village elders ...")
        }
        return k;
    }

    private static boolean glued(Analysis a, int dash) {
        Token d = a.tokens.get(dash);
        return a.tokens.get(dash - 1).end() == d.start() && d.end() == a.tokens.get(dash + 1).start();
    }

    private static boolean nameWord(Analysis a, int i) {
        Token t = a.tokens.get(i);
        if (t.isWord() && !t.capitalized() && ARTICLE.contains(t.norm()) && i + 2 < a.size()
                && a.norm(i + 1).equals("-") && glued(a, i + 1)) {
            Token next = a.tokens.get(i + 2);
            return next.isWord() && next.capitalized(); // "al-Kiswah", "el-Obeid": the Arabic article
        }
        return t.isWord() && t.capitalized() && t.norm().length() > 1 && !a.isWord("NOT_NAME", i);
    }

    private static final java.util.Set<String> ARTICLE = java.util.Set.of("al", "el", "ad", "ar", "as", "ash",
            "at", "az", "an", "ed", "en", "es");
}
