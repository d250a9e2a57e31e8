package io.eventwire.extract.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns raw page text into stories of sentences: drops junk lines (comment boxes, "Related Posts", app banners,
 * bylines, "16 hours ago" stamps, hashtag lines, repeated lines), joins one-word-per-line extractions back into
 * running text, splits aggregator pages into stories (a headline printed twice in a row starts a new story) and
 * picks up a publisher line ("Arab News", "• Al Arabiya", "By REUTERS") for each story.
 * All offsets refer to the original text; nothing is copied or rewritten.
 */
public final class PageCleaner {

    private final PageRules rules;
    /** The longest stop and junk line: a longer line (a paragraph) is not looked up, which would hash all of it. */
    private final int longestStopLine;
    private final int longestJunkLine;
    /** The first character of every junk prefix (lower case, as the prefixes are kept); null if one is empty. */
    private final String junkPrefixFirstChars;

    public PageCleaner(PageRules rules) {
        this.rules = rules;
        this.longestStopLine = rules.stopLines().stream().mapToInt(String::length).max().orElse(0);
        this.longestJunkLine = rules.junkLines().stream().mapToInt(String::length).max().orElse(0);
        this.junkPrefixFirstChars = firstCharacters(rules.junkPrefixes());
    }

    private static String firstCharacters(List<String> prefixes) {
        StringBuilder firstChars = new StringBuilder();
        for (String prefix : prefixes) {
            if (prefix.isEmpty()) {
                return null; // an empty prefix matches every line
            }
            firstChars.append(prefix.charAt(0));
        }
        // A sigma lower-cases to either form depending on what follows it.
        return firstChars.indexOf("\u03c3") >= 0 || firstChars.indexOf("\u03c2") >= 0
                ? firstChars + "\u03c3\u03c2" : firstChars.toString();
    }

    private record Line(int start, int end, String trimmed) {
    }

    public List<Story> clean(String text) {
        List<Line> lines = lines(text);
        List<Story> stories = new ArrayList<>();
        StoryBuilder cur = new StoryBuilder(0);
        boolean stopped = false;
        int n = lines.size();
        // paragraph blocks for word-per-line detection
        boolean[] wordMode = wordPerLine(lines);
        int paragraph = 0;
        boolean lastBlank = true;
        for (int i = 0; i < n; i++) {
            Line l = lines.get(i);
            String t = l.trimmed;
            if (t.isEmpty()) {
                if (!lastBlank) {
                    paragraph++;
                }
                lastBlank = true;
                cur.flushRun(text);
                continue;
            }
            // story boundary: the same headline twice in a row
            int nextNonBlank = nextNonBlank(lines, i + 1);
            boolean dupHeadline = nextNonBlank >= 0 && lines.get(nextNonBlank).trimmed.equals(t) && t.length() >= 15
                    && !endsSentence(t);
            if (dupHeadline && cur.hasContent()) {
                cur.flushRun(text);
                stories.add(cur.build());
                cur = new StoryBuilder(stories.size());
                stopped = false;
            }
            // Lines are lower-cased only where a test can match: paragraphs of a page are long, and lower-casing
            // each one twice was a twentieth of extraction. Lower-casing never shortens a string.
            String outlet = wordMode[i] ? null : outletLine(t);
            if (outlet != null) {
                cur.flushRun(text);
                if (cur.publisher == null || !cur.hasContent()) {
                    cur.publisher = outlet;
                } else if (!outlet.equals(cur.publisher)) {
                    stories.add(cur.build());
                    cur = new StoryBuilder(stories.size());
                    cur.publisher = outlet;
                    stopped = false;
                }
                lastBlank = false;
                continue;
            }
            if (t.length() <= longestStopLine && rules.stopLines().contains(t.toLowerCase(Locale.ROOT))) {
                cur.flushRun(text);
                stopped = true;
                continue;
            }
            if (stopped || !wordMode[i] && isJunk(t)
                    || !cur.seen.add(new SeenLine(t.length() >= 20 ? t : t + "#" + i))) {
                cur.flushRun(text);
                continue;
            }
            lastBlank = false;
            if (wordMode[i]) {
                cur.extendRun(l.start, l.end, paragraph);
            } else {
                boolean joinPrev = cur.runOpen() && cur.runEndsMidSentence(text) && startsLower(t);
                if (!joinPrev) {
                    cur.flushRun(text);
                }
                cur.extendRun(l.start, l.end, paragraph);
                if (!endsSentence(t) && t.length() < 160 && !joinPrev && !continuesNext(lines, i, text)) {
                    cur.markHeadline();
                }
            }
        }
        cur.flushRun(text);
        if (cur.hasContent() || stories.isEmpty()) {
            stories.add(cur.build());
        }
        return stories;
    }

    private static boolean continuesNext(List<Line> lines, int i, String text) {
        if (i + 1 >= lines.size()) {
            return false;
        }
        String nx = lines.get(i + 1).trimmed;
        return !nx.isEmpty() && startsLower(nx);
    }

    private static int nextNonBlank(List<Line> lines, int from) {
        for (int k = from; k < lines.size(); k++) {
            if (!lines.get(k).trimmed.isEmpty()) {
                return k;
            }
        }
        return -1;
    }

    private static boolean startsLower(String t) {
        return !t.isEmpty() && Character.isLowerCase(t.charAt(0));
    }

    static boolean endsSentence(String t) {
        char c = t.charAt(t.length() - 1);
        if (c == '"' || c == '\u201d' || c == '\'' || c == '\u2019' || c == ')') {
            if (t.length() < 2) {
                return false;
            }
            c = t.charAt(t.length() - 2);
        }
        return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '\u2026';
    }

    /** Lines with on average fewer than 12 characters in a block of at least 4 lines: a one-word-per-line page. */
    private static boolean[] wordPerLine(List<Line> lines) {
        boolean[] mode = new boolean[lines.size()];
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).trimmed.isEmpty()) {
                i++;
                continue;
            }
            int j = i;
            int chars = 0;
            while (j < lines.size() && !lines.get(j).trimmed.isEmpty()) {
                chars += lines.get(j).trimmed.length();
                j++;
            }
            int count = j - i;
            boolean wm = count >= 4 && chars / count <= 12;
            for (int k = i; k < j; k++) {
                mode[k] = wm;
            }
            i = j;
        }
        return mode;
    }

    private String outletLine(String t) {
        String s = t;
        if (s.startsWith("\u2022") || s.startsWith("-") || s.startsWith("*")) {
            s = s.substring(1).trim();
        }
        if (s.length() > 40 && !s.regionMatches(true, 0, "by ", 0, 3) && !endsWithAgo(s)) {
            return null; // nothing below can shorten it to an outlet name
        }
        String low = s.toLowerCase(Locale.ROOT);
        if (low.startsWith("by ")) {
            low = low.substring(3).trim();
        }
        String stripped = stripTimeAgo(low);
        if (stripped.length() > 40) {
            return null;
        }
        String known = rules.outlets().get(stripped);
        if (known == null && !stripped.equals(low) && !stripped.isEmpty() && stripped.split(" ").length <= 5) {
            // "Wire Service7 hours ago": an outlet we do not know, stamped like one
            return s.substring(0, stripped.length()).trim();
        }
        return known;
    }

    /** "arab news16 hours ago" -> "arab news"; "timean hour ago" -> "". */
    static String stripTimeAgo(String low) {
        if (!low.endsWith(" ago")) {
            return low;
        }
        String s = low.substring(0, low.length() - 4).trim();
        String[] units = {"minutes", "minute", "mins", "min", "hours", "hour", "hrs", "days", "day", "weeks", "week"};
        for (String u : units) {
            if (s.endsWith(u)) {
                s = s.substring(0, s.length() - u.length()).trim();
                int k = s.length();
                while (k > 0 && Character.isDigit(s.charAt(k - 1))) {
                    k--;
                }
                if (k < s.length()) {
                    s = s.substring(0, k);
                } else if (s.endsWith("an")) {
                    s = s.substring(0, s.length() - 2);
                } else if (s.endsWith("a") || s.endsWith("one")) {
                    s = s.substring(0, s.length() - (s.endsWith("a") ? 1 : 3));
                }
                s = s.trim();
                if (s.endsWith("time")) {
                    s = s.substring(0, s.length() - 4).trim();
                }
                return s;
            }
        }
        return low;
    }

    private boolean isJunk(String t) {
        String low = null;
        if (t.length() <= longestJunkLine) {
            low = t.toLowerCase(Locale.ROOT);
            if (rules.junkLines().contains(low)) {
                return true;
            }
        }
        if (endsWithAgo(t)) {
            low = low != null ? low : t.toLowerCase(Locale.ROOT);
            if (low.endsWith(" ago") && stripTimeAgo(low).isEmpty()) {
                return true;
            }
        }
        if (low == null && mayStartJunkPrefix(t.charAt(0))) {
            low = t.toLowerCase(Locale.ROOT);
        }
        if (low != null) {
            for (String p : rules.junkPrefixes()) {
                if (low.startsWith(p)) {
                    if (p.equals("by ") && (t.length() > 60 || endsSentence(t))) {
                        continue;
                    }
                    return true;
                }
            }
            if (low.startsWith("&nbsp;")) {
                return true;
            }
        }
        // glued related link: "RelatedRussia, Ukraine ..."
        if (t.startsWith("Related") && t.length() > 7 && Character.isUpperCase(t.charAt(7))) {
            return true;
        }
        if (t.startsWith("#")) {
            return true; // hashtag line
        }
        // time stamps and bylines: a short line with a clock time (5:17 pm, 02:02)
        if (t.length() < 90 && hasClock(t) && !endsSentence(t)) {
            return true;
        }
        if (t.startsWith("<")) {
            return true;
        }
        return false;
    }

    /** Whether the lower-cased line may end in " ago" (no character lower-cases to a, g or o but these). */
    private static boolean endsWithAgo(String t) {
        return t.length() >= 4 && t.regionMatches(true, t.length() - 4, " ago", 0, 4);
    }

    /**
     * Whether the lower-cased line may start with a junk prefix or "&nbsp;", judged by its first character. Where
     * lower-casing the character alone may differ from lower-casing it in the line (a surrogate, a final sigma),
     * it may.
     */
    private boolean mayStartJunkPrefix(char first) {
        if (junkPrefixFirstChars == null || Character.isSurrogate(first) || first == '\u03a3' || first == '&') {
            return true;
        }
        return junkPrefixFirstChars.indexOf(Character.toLowerCase(first)) >= 0;
    }

    private static boolean hasClock(String t) {
        for (int k = 1; k + 2 < t.length(); k++) {
            if (t.charAt(k) == ':' && Character.isDigit(t.charAt(k - 1)) && Character.isDigit(t.charAt(k + 1))
                    && Character.isDigit(t.charAt(k + 2))) {
                return true;
            }
        }
        return false;
    }

    private static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        int s = 0;
        int len = text.length();
        while (s <= len) {
            int newline = text.indexOf('\n', s);
            int i = newline < 0 ? len : newline;
            int e = i;
            if (e > s && text.charAt(e - 1) == '\r') {
                e--;
            }
            int a = s;
            int b = e;
            while (a < b && (Character.isWhitespace(text.charAt(a)) || text.charAt(a) == '\u00a0')) {
                a++;
            }
            while (b > a && (Character.isWhitespace(text.charAt(b - 1)) || text.charAt(b - 1) == '\u00a0')) {
                b--;
            }
            out.add(new Line(a, b, text.substring(a, b)));
            s = i + 1;
        }
        return out;
    }

    /**
     * A line as a key of a story's seen lines. Hashed on its length and at most 32 of its characters: lines are whole
     * paragraphs, and hashing every character of each cost more than all the rest of the duplicate test.
     */
    private record SeenLine(String text) {
        @Override
        public int hashCode() {
            int n = text.length();
            int step = Math.max(1, n / 32);
            int h = n;
            for (int k = 0; k < n; k += step) {
                h = 31 * h + text.charAt(k);
            }
            return h;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof SeenLine line && line.text.equals(text);
        }
    }

    /** Collects runs of kept text and splits them into sentences. */
    private static final class StoryBuilder {
        final int index;
        String publisher;
        final List<Sentence> sentences = new ArrayList<>();
        final Set<SeenLine> seen = new HashSet<>();
        int runStart = -1;
        int runEnd = -1;
        int runParagraph;
        int paragraphs;
        boolean runHeadline;

        StoryBuilder(int index) {
            this.index = index;
        }

        boolean hasContent() {
            return !sentences.isEmpty() || runStart >= 0;
        }

        boolean runOpen() {
            return runStart >= 0;
        }

        boolean runEndsMidSentence(String text) {
            if (runEnd <= runStart) {
                return false;
            }
            char c = text.charAt(runEnd - 1);
            return Character.isLowerCase(c) || c == ',';
        }

        void extendRun(int s, int e, int paragraph) {
            if (runStart < 0) {
                runStart = s;
                runParagraph = paragraphs++;
            }
            runEnd = e;
        }

        void markHeadline() {
            runHeadline = true;
        }

        void flushRun(String text) {
            if (runStart < 0) {
                return;
            }
            if (runHeadline) {
                sentences.add(new Sentence(runStart, runEnd, runParagraph, true));
            } else {
                SentenceSplitter.split(text, runStart, runEnd, runParagraph, sentences);
            }
            runStart = -1;
            runEnd = -1;
            runHeadline = false;
        }

        Story build() {
            return new Story(index, publisher, sentences);
        }
    }
}
