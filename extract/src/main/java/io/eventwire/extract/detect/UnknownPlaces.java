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
                found = add(found, a, text, geo, c.to(), end, kind(a, c));
            }
        }
        // "X village", "X displacement camp", "X, a town in ..."
        for (PhraseIndex.Match<Boolean> c : a.hits("SETTLEMENT_AFTER")) {
            if (a.norm(c.to()).equals("of")) {
                continue; // "the Druze town of X": the name follows
            }
            int start = nameStart(a, c.from());
            if (start >= 0 && start < c.from()) {
                found = add(found, a, text, geo, start, c.from(), kind(a, c));
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
                    found = add(found, a, text, geo, s, nameTo, kind(a, c));
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

    private static List<PhraseIndex.Match<GeoEntry>> add(List<PhraseIndex.Match<GeoEntry>> found, Analysis a,
                                                        String text, List<PhraseIndex.Match<GeoEntry>> geo,
                                                        int from, int to, String kind) {
        String iso = null;
        int best = Integer.MAX_VALUE;
        for (PhraseIndex.Match<GeoEntry> g : geo) {
            if (g.from() < to && g.to() > from) {
                return found; // the gazetteer knows (part of) it already
            }
            for (GeoEntry e : g.values()) {
                if (e.iso3() == null || e.kind() == GeoEntry.Kind.LEADER || e.kind() == GeoEntry.Kind.ORG
                        || e.kind() == GeoEntry.Kind.DEMONYM) {
                    // "Ukrainian shelling of the town of X": an adjective names the attacker as often as the land
                    continue;
                }
                int d = g.from() >= to ? g.from() - to : from - g.to();
                if (d < best) {
                    best = d;
                    iso = e.iso3();
                }
                break;
            }
        }
        String name = text.substring(a.tokens.get(from).start(), a.tokens.get(to - 1).end());
        GeoEntry e = new GeoEntry(GeoEntry.Kind.PLACE, iso, name, kind, null);
        List<PhraseIndex.Match<GeoEntry>> out = found != null ? found : new ArrayList<>(2);
        for (PhraseIndex.Match<GeoEntry> f : out) {
            if (f.from() == from) {
                return out;
            }
        }
        out.add(new PhraseIndex.Match<>(from, to, List.of(e)));
        return out;
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
        return t.isWord() && t.capitalized() && t.norm().length() > 1 && !a.isWord("NOT_NAME", i);
    }
}
