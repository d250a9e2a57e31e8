package io.eventwire.extract.reference;

import io.eventwire.extract.text.PageRules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * All reference data (gazetteer, leaders, lexicon, page rules), loaded once from the classpath files under
 * {@code io/eventwire/extract/reference/} plus any user files. Each kind has a hand-kept file ({@code places.tsv}) and
 * may have a generated one ({@code places-generated.tsv}, made by {@code tools/reference/generate.js} from GeoNames and
 * world-countries); the hand-kept files load first, so for a phrase in both, the hand-kept entry is the first value and
 * the one that wins (first country name, first capital, first place). User files are routed by their name prefix:
 * {@code countries*.tsv, leaders*.tsv, places*.tsv, lexicon*.tsv, outlets*.tsv, junk*.tsv, attackers*.tsv}; a
 * directory contributes every such file in it. Immutable after construction, so safe to share between threads.
 */
public final class ReferenceData {

    static final String[] KINDS = {"countries", "leaders", "places", "lexicon", "outlets", "junk", "attackers"};
    private static final String BASE = "/io/eventwire/extract/reference/";

    private final PhraseIndex<GeoEntry> geo = new PhraseIndex<>();
    private final Map<String, String> countryNames = new HashMap<>();
    private final Map<String, String> capitals = new HashMap<>();
    private final Map<String, List<Leader>> leadersByCountry = new HashMap<>();
    /** Lexicon categories numbered in order of appearance, so per-sentence results are arrays, not maps. */
    private final Map<String, Integer> lexiconIds = new HashMap<>();
    private final Map<String, Set<String>> lexiconWords = new HashMap<>();
    private final PhraseIndex<Integer> allLexicon = new PhraseIndex<>();
    private final Map<String, List<String[]>> defaultAttackers = new HashMap<>();
    private final Set<String> junkLines = new HashSet<>();
    private final List<String> junkPrefixes = new ArrayList<>();
    private final Set<String> stopLines = new HashSet<>();
    private final Map<String, String> outlets = new HashMap<>();
    private final Map<String, List<String>> pendingLeaderAliases = new HashMap<>();
    private final PageRules pageRules;

    private ReferenceData(Collection<Path> extra) {
        for (String kind : KINDS) {
            loadResource(kind, BASE + kind + ".tsv", true);
        }
        for (String kind : KINDS) { // after every hand-kept file, so that the hand-kept entries come first
            loadResource(kind, BASE + kind + "-generated.tsv", false);
        }
        for (Path p : extra) {
            loadPath(p);
        }
        finishLeaders();
        pageRules = new PageRules(junkLines, junkPrefixes, stopLines, outlets);
    }

    private void loadResource(String kind, String resource, boolean required) {
        try (InputStream in = ReferenceData.class.getResourceAsStream(resource)) {
            if (in == null) {
                if (required) {
                    throw new IllegalStateException("missing reference file " + resource);
                }
                return;
            }
            load(kind, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ReferenceData load() {
        return new ReferenceData(List.of());
    }

    public static ReferenceData load(Collection<Path> extra) {
        return new ReferenceData(extra);
    }

    private void loadPath(Path p) {
        try {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(Files::isRegularFile).sorted().forEach(this::loadFile);
                }
            } else {
                loadFile(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void loadFile(Path f) {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String kind : KINDS) {
            if (name.startsWith(kind)) {
                try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    load(kind, r);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return;
            }
        }
        throw new IllegalArgumentException("cannot tell the kind of reference file " + f
                + " (name must start with one of " + String.join(", ", KINDS) + ")");
    }

    private void load(String kind, BufferedReader r) throws IOException {
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            switch (kind) {
                case "countries" -> country(c);
                case "leaders" -> leader(c);
                case "places" -> place(c);
                case "lexicon" -> lexiconLine(c);
                case "outlets" -> outlet(c);
                case "junk" -> junk(c);
                case "attackers" -> attacker(c);
                default -> throw new IllegalStateException(kind);
            }
        }
    }

    private static List<String> alts(String s) {
        List<String> out = new ArrayList<>();
        for (String a : s.split("\\|")) {
            if (!a.isBlank()) {
                out.add(a.trim());
            }
        }
        return out;
    }

    private void country(String[] c) {
        String iso = c[0].trim();
        String kindName = c[1].trim();
        GeoEntry.Kind k = kindName.equals("NAME") ? GeoEntry.Kind.COUNTRY : GeoEntry.Kind.valueOf(kindName);
        List<String> names = alts(c[2]);
        if (names.isEmpty()) {
            return;
        }
        if (k == GeoEntry.Kind.COUNTRY) {
            countryNames.putIfAbsent(iso, names.get(0));
        }
        if (k == GeoEntry.Kind.CAPITAL) {
            capitals.putIfAbsent(iso, names.get(0));
        }
        for (String n : names) {
            geo.add(n, new GeoEntry(k, iso, names.get(0), null, null));
            if (k == GeoEntry.Kind.CAPITAL) {
                geo.add(n, new GeoEntry(GeoEntry.Kind.PLACE, iso, names.get(0), "city", null));
            }
        }
    }

    private void leader(String[] c) {
        String iso = c[0].trim();
        LocalDate from = LocalDate.parse(c[5].trim());
        LocalDate to = c.length > 6 && !c[6].isBlank() ? LocalDate.parse(c[6].trim()) : null;
        Leader l = new Leader(iso, c[1].trim(), c[2].trim().equalsIgnoreCase("y"), c[3].trim(), from, to);
        leadersByCountry.computeIfAbsent(iso, k -> new ArrayList<>()).add(l);
        List<String> names = new ArrayList<>();
        names.add(l.surname());
        names.addAll(alts(c[4]));
        pendingLeaderAliases.computeIfAbsent(l.surname() + "\t" + iso, k -> new ArrayList<>()).addAll(names);
    }

    private void finishLeaders() {
        for (Map.Entry<String, List<String>> e : pendingLeaderAliases.entrySet()) {
            String[] k = e.getKey().split("\t");
            List<Leader> terms = new ArrayList<>();
            for (Leader l : leadersByCountry.get(k[1])) {
                if (l.surname().equals(k[0])) {
                    terms.add(l);
                }
            }
            GeoEntry entry = new GeoEntry(GeoEntry.Kind.LEADER, k[1], k[0], null, List.copyOf(terms));
            for (String n : new LinkedHashSet<>(e.getValue())) {
                geo.add(n, entry);
            }
        }
    }

    private void place(String[] c) {
        String name = c[0].trim();
        String iso = c[1].trim();
        String kind = c.length > 2 && !c[2].isBlank() ? c[2].trim() : "city";
        GeoEntry e = new GeoEntry(GeoEntry.Kind.PLACE, iso, name, kind, null);
        geo.add(name, e);
        if (c.length > 3) {
            for (String a : alts(c[3])) {
                geo.add(a, e);
            }
        }
    }

    private void lexiconLine(String[] c) {
        // Interned: detectors ask by literal, so the look-up by category name finds the key by identity.
        String cat = c[0].trim().intern();
        Integer id = lexiconIds.computeIfAbsent(cat, k -> lexiconIds.size());
        Set<String> words = lexiconWords.computeIfAbsent(cat, k -> new HashSet<>());
        for (String p : alts(c[1])) {
            allLexicon.add(p, id);
            if (p.indexOf(' ') < 0 && p.indexOf('-') < 0) {
                words.add(io.eventwire.extract.text.Tokenizer.norm(p));
            }
        }
    }

    private void outlet(String[] c) {
        String canonical = c[0].trim();
        outlets.put(canonical.toLowerCase(Locale.ROOT), canonical);
        if (c.length > 1) {
            for (String a : alts(c[1])) {
                outlets.put(a.toLowerCase(Locale.ROOT), canonical);
            }
        }
    }

    private void junk(String[] c) {
        String text = c[1].trim().toLowerCase(Locale.ROOT);
        switch (c[0].trim()) {
            case "LINE" -> junkLines.add(text);
            case "PREFIX" -> junkPrefixes.add(c[1].toLowerCase(Locale.ROOT).stripLeading());
            case "STOP" -> stopLines.add(text);
            default -> throw new IllegalArgumentException("junk kind " + c[0]);
        }
    }

    private void attacker(String[] c) {
        defaultAttackers.computeIfAbsent(c[0].trim(), k -> new ArrayList<>())
                .add(new String[]{c[1].trim(), c[2].trim(), c.length > 3 ? c[3].trim() : ""});
    }

    // ---------------------------------------------------------------- queries

    public PhraseIndex<GeoEntry> geo() {
        return geo;
    }

    public PageRules pageRules() {
        return pageRules;
    }

    public String countryName(String iso3) {
        return countryNames.get(iso3);
    }

    public String capital(String iso3) {
        return capitals.get(iso3);
    }

    /** The number of a lexicon category, from 0 to {@link #lexiconCategories()} - 1. */
    public int lexiconId(String category) {
        Integer id = lexiconIds.get(category);
        if (id == null) {
            throw new IllegalArgumentException("unknown lexicon category " + category);
        }
        return id;
    }

    public int lexiconCategories() {
        return lexiconIds.size();
    }

    /** One trie over every lexicon category (value = {@link #lexiconId}), for a single pass over a sentence. */
    public PhraseIndex<Integer> allLexicon() {
        return allLexicon;
    }

    /** Single-word entries of a lexicon category (normalised). */
    public boolean isWord(String category, String norm) {
        Set<String> s = lexiconWords.get(category);
        return s != null && s.contains(norm);
    }

    /**
     * The holder of an office of a country on a date. {@code office} null or "leader"/"counterpart" means the
     * primary office.
     */
    public Leader leaderOf(String iso3, String office, LocalDate date) {
        List<Leader> ls = leadersByCountry.get(iso3);
        if (ls == null) {
            return null;
        }
        Leader fallback = null;
        for (Leader l : ls) {
            if (!l.inOffice(date)) {
                continue;
            }
            boolean officeOk = office == null ? l.primary() : l.office().equals(office);
            if (officeOk) {
                return l;
            }
            if (l.primary() && fallback == null) {
                fallback = l;
            }
        }
        return office == null ? fallback : null;
    }

    /** The default attacker for a strike landing in {@code landed} on {@code date}, or null. */
    public String defaultAttacker(String landed, LocalDate date) {
        List<String[]> rows = defaultAttackers.get(landed);
        if (rows == null || date == null) {
            return null;
        }
        for (String[] r : rows) {
            LocalDate from = LocalDate.parse(r[1]);
            LocalDate to = r[2].isEmpty() ? null : LocalDate.parse(r[2]);
            if (!date.isBefore(from) && (to == null || !date.isAfter(to))) {
                return r[0];
            }
        }
        return null;
    }

    /**
     * The only country that {@code attacker} is the default attacker of on {@code date} (a strike by Russian forces
     * with no place named landed in Ukraine), or null when there is none or more than one (Israel: Gaza, Lebanon).
     */
    public String soleTarget(String attacker, LocalDate date) {
        if (attacker == null || date == null) {
            return null;
        }
        String found = null;
        for (Map.Entry<String, List<String[]>> e : defaultAttackers.entrySet()) {
            if (attacker.equals(defaultAttacker(e.getKey(), date))) {
                if (found != null) {
                    return null;
                }
                found = e.getKey();
            }
        }
        return found;
    }
}
