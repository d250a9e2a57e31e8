package io.eventwire.extract.detect;

import io.eventwire.extract.normalize.DateMention;
import io.eventwire.extract.normalize.DateResolver;
import io.eventwire.extract.normalize.NumberParser;
import io.eventwire.extract.normalize.NumberSpan;
import io.eventwire.extract.reference.GeoEntry;
import io.eventwire.extract.reference.PhraseIndex;
import io.eventwire.extract.reference.ReferenceData;
import io.eventwire.extract.text.Sentence;
import io.eventwire.extract.text.Token;
import io.eventwire.extract.text.Tokenizer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything the detectors need to know about one sentence, computed once: tokens, and on first use gazetteer
 * matches, counts, time expressions and lexicon hits per category. Most sentences of an article hold no trigger of
 * any detector and are never asked for their places or counts: computing those lazily is most of the speed of
 * extraction. Confined to one extraction call (not shared).
 */
public final class Analysis {

    /** The words of the phrases detectors look for: a handful of literals, split once. */
    private static final Map<String, String[]> PHRASE_WORDS = new java.util.concurrent.ConcurrentHashMap<>();

    public final Sentence sentence;
    public final int story;
    public final int index;
    public final List<Token> tokens;
    private List<PhraseIndex.Match<GeoEntry>> geo;
    private List<NumberSpan> numbers;
    private List<DateMention> dates;
    private final String text;
    private final LocalDate published;
    /** token index after a dateline such as "KHARKIV, Ukraine --" or "HROZA:", else 0 */
    public final int datelineEnd;
    private final ReferenceData ref;
    /** lexicon hits by category id, computed on first use */
    private List<PhraseIndex.Match<Boolean>>[] hitsByCategory;

    public Analysis(String text, Sentence sentence, int story, int index, ReferenceData ref, LocalDate published) {
        this.sentence = sentence;
        this.story = story;
        this.index = index;
        this.ref = ref;
        this.text = text;
        this.published = published;
        this.tokens = Tokenizer.tokenize(text, sentence.start(), sentence.end());
        this.datelineEnd = dateline(text);
    }

    /** Places: gazetteer matches and unknown settlements told as such ("the village of X"). */
    public List<PhraseIndex.Match<GeoEntry>> geo() {
        if (geo == null) {
            geo = UnknownPlaces.add(this, text, ref.geo().findAll(tokens, 0, tokens.size()));
        }
        return geo;
    }

    /** Counts, with their qualifiers. */
    public List<NumberSpan> numbers() {
        if (numbers == null) {
            numbers = NumberParser.findAll(tokens, 0, tokens.size(), n -> ref.isWord("PERSON", n),
                    n -> ref.isWord("SUBCOUNT", n));
        }
        return numbers;
    }

    /** Time expressions, resolved against the published date. */
    public List<DateMention> dates() {
        if (dates == null) {
            dates = DateResolver.findAll(tokens, 0, tokens.size(), published);
        }
        return dates;
    }

    private int dateline(String text) {
        // up to "GAZA/CAIRO, Aug 14 (Levant Desk) --": place, date and the agency in parentheses
        for (int i = 1; i < Math.min(tokens.size(), 16); i++) {
            Token t = tokens.get(i);
            if (!t.isPunct()) {
                continue;
            }
            int after = i + 1;
            boolean dash = t.is("--") || t.is(":");
            if (t.is("-") && i + 1 < tokens.size() && tokens.get(i + 1).is("-")) {
                dash = true; // "AMMAN -- ..." typed with two hyphens
                after = i + 2;
            } else if (t.is("-") && t.start() > tokens.get(i - 1).end() && i + 1 < tokens.size()
                    && tokens.get(i + 1).start() > t.end()) {
                dash = true; // "BERLIN - ..."
            }
            if (dash) {
                for (int k = 1; k < i; k++) {
                    Token x = tokens.get(k);
                    if (x.isWord() && !x.capitalized()) {
                        return 0;
                    }
                }
                Token first = tokens.get(0);
                String raw = text.substring(first.start(), first.end());
                if (raw.length() < 3 || !allUpperCase(raw)) {
                    return 0;
                }
                return after;
            }
        }
        return 0;
    }

    /** Whether upper-casing leaves the word as it is (without upper-casing a copy where it is plain ASCII). */
    private static boolean allUpperCase(String raw) {
        for (int k = 0; k < raw.length(); k++) {
            char c = raw.charAt(k);
            if (c >= 128) {
                return raw.equals(raw.toUpperCase(java.util.Locale.ROOT));
            }
            if (c >= 'a' && c <= 'z') {
                return false;
            }
        }
        return true;
    }

    public int size() {
        return tokens.size();
    }

    public String norm(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).norm() : "";
    }

    /** per category id: for each start token, the longest end (0 = none); null where the category has no hit */
    private int[][] longest;

    public List<PhraseIndex.Match<Boolean>> hits(String category) {
        int id = ref.lexiconId(category); // unknown categories fail loudly
        int[] arr = longestEnds(id);
        List<PhraseIndex.Match<Boolean>> cached = hitsByCategory[id];
        if (cached != null) {
            return cached;
        }
        List<PhraseIndex.Match<Boolean>> out;
        if (arr == null) {
            out = List.of();
        } else {
            out = new ArrayList<>();
            int i = 0;
            while (i < arr.length) {
                if (arr[i] > 0) {
                    out.add(new PhraseIndex.Match<>(i, arr[i], List.of(Boolean.TRUE)));
                    i = arr[i];
                } else {
                    i++;
                }
            }
        }
        hitsByCategory[id] = out;
        return out;
    }

    /** The longest end per start token of a category's phrases in this sentence, or null where it has none. */
    private int[] longestEnds(int categoryId) {
        if (longest == null) {
            lexiconPass();
        }
        return longest[categoryId];
    }

    /** One walk of the lexicon trie from every token, recording every category at once. */
    @SuppressWarnings("unchecked")
    private void lexiconPass() {
        int categories = ref.lexiconCategories();
        longest = new int[categories][];
        hitsByCategory = new List[categories];
        int n = tokens.size();
        PhraseIndex<Integer> all = ref.allLexicon();
        // One sink for the whole sentence (not a lambda per token): this runs for every sentence.
        LongestPerCategory sink = new LongestPerCategory(longest, n);
        for (int i = 0; i < n; i++) {
            sink.start = i;
            all.forEachAt(tokens, i, n, sink);
        }
    }

    /**
     * Where a phrase of the category ends right at token {@code end} (and starts at most four tokens before): its
     * start, else -1. Constant time per call (adversarial sentences make per-token scans of all hits quadratic).
     */
    public int startEndingAt(String category, int end) {
        int[] arr = longestEnds(ref.lexiconId(category));
        if (arr == null) {
            return -1;
        }
        for (int s = Math.max(0, end - 4); s < Math.min(end, arr.length); s++) {
            if (arr[s] == end) {
                return s;
            }
        }
        return -1;
    }

    /** Records, per lexicon category, the longest phrase starting at each token. */
    private static final class LongestPerCategory implements java.util.function.BiConsumer<Integer, List<Integer>> {
        private final int[][] longest;
        private final int tokens;
        int start;

        LongestPerCategory(int[][] longest, int tokens) {
            this.longest = longest;
            this.tokens = tokens;
        }

        @Override
        public void accept(Integer end, List<Integer> categories) {
            for (int c = 0; c < categories.size(); c++) {
                int id = categories.get(c);
                int[] ends = longest[id];
                if (ends == null) {
                    ends = new int[tokens];
                    longest[id] = ends;
                }
                if (end > ends[start]) {
                    ends[start] = end;
                }
            }
        }
    }

    /** Actors of this sentence, memoised per reference date. */
    private LocalDate actorsDate;
    private List<Actor> actorsCache;

    public List<Actor> actors(Actors finder, LocalDate date) {
        if (actorsCache == null || !java.util.Objects.equals(actorsDate, date)) {
            actorsCache = finder.find(this, date);
            actorsDate = date;
        }
        return actorsCache;
    }

    public List<PhraseIndex.Match<Boolean>> hits(String category, int from, int to) {
        List<PhraseIndex.Match<Boolean>> out = new ArrayList<>();
        for (PhraseIndex.Match<Boolean> m : hits(category)) {
            if (m.from() >= from && m.to() <= to) {
                out.add(m);
            }
        }
        return out;
    }

    public boolean has(String category, int from, int to) {
        for (PhraseIndex.Match<Boolean> m : hits(category)) {
            if (m.from() >= from && m.to() <= to) {
                return true;
            }
        }
        return false;
    }

    public boolean isWord(String category, int i) {
        return i >= 0 && i < tokens.size() && ref.isWord(category, tokens.get(i).norm());
    }

    /** True if any token in [from, to) equals one of the words. */
    public boolean anyWord(int from, int to, String... words) {
        for (int i = Math.max(0, from); i < Math.min(to, tokens.size()); i++) {
            String n = tokens.get(i).norm();
            for (String w : words) {
                if (n.equals(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Token index of the phrase (space separated words) in [from, to), or -1. */
    public int find(int from, int to, String phrase) {
        String[] ws = PHRASE_WORDS.computeIfAbsent(phrase, p -> p.split(" "));
        outer:
        for (int i = Math.max(0, from); i + ws.length <= Math.min(to, tokens.size()); i++) {
            for (int k = 0; k < ws.length; k++) {
                if (!tokens.get(i + k).norm().equals(ws[k])) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The article's own text of tokens [from, to), single spaces between them. */
    public String rawText(int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            Token t = tokens.get(i);
            sb.append(text, t.start(), t.end());
        }
        return sb.toString();
    }

    public int charStart(int tok) {
        return tokens.get(tok).start();
    }
}
