package io.eventwire.extract.text;

import java.util.List;
import java.util.Set;

/**
 * Splits a run of text into sentences without regular expressions. Handles abbreviations (Mr., Gen., Jan., No.,
 * U.S.), decimal numbers, sentences glued without a space ("the Kremlin said.The pair spoke"), closing quotes after
 * the full stop, and quotes that open right after a full stop.
 */
public final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "brig", "adm", "cmdr", "sen",
            "rep", "gov", "st", "no", "nos", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec", "vs", "etc", "inc", "corp", "co", "ltd", "jr", "sr", "prof", "rev", "ft", "mt", "approx",
            "est", "dept", "univ", "pres", "gov't", "lt.col", "fig", "p", "pp", "op", "vol", "al", "e.g", "i.e");

    private SentenceSplitter() {
    }

    /** Appends sentences found in text[from, to) to {@code out}. */
    public static void split(String text, int from, int to, int paragraph, List<Sentence> out) {
        int sentStart = from;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\u2026') {
                int j = i + 1;
                while (j < to && (text.charAt(j) == '.' || text.charAt(j) == '!' || text.charAt(j) == '?')) {
                    j++;
                }
                // closing quotes / brackets belong to this sentence
                int k = j;
                while (k < to && isCloser(text.charAt(k))) {
                    k++;
                }
                if (isBoundary(text, from, i, j, k, to)) {
                    add(text, sentStart, k, paragraph, out);
                    sentStart = k;
                    i = k;
                    continue;
                }
                i = j;
                continue;
            }
            i++;
        }
        add(text, sentStart, to, paragraph, out);
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\u201d' || c == '\u2019' || c == '\'' || c == ')' || c == ']' || c == '\u00bb';
    }

    private static boolean isOpener(char c) {
        return c == '"' || c == '\u201c' || c == '\u2018' || c == '\'' || c == '(' || c == '\u00ab' || c == '[';
    }

    /** How far back the word before a dot is read: far more than any abbreviation ("e.g", "U.S", "Jan"). */
    private static final int MAX_WORD_BEFORE_DOT = 64;

    private static boolean isBoundary(String text, int from, int dot, int afterDots, int afterClosers, int to) {
        if (afterClosers >= to) {
            return true;
        }
        char punct = text.charAt(dot);
        char next = text.charAt(afterClosers);
        boolean space = Character.isWhitespace(next);
        int n = afterClosers;
        while (n < to && Character.isWhitespace(text.charAt(n))) {
            n++;
        }
        if (n >= to) {
            return true;
        }
        char first = text.charAt(n);
        int m = n;
        while (m < to && isOpener(text.charAt(m))) {
            m++;
        }
        char firstLetter = m < to ? text.charAt(m) : first;
        if (punct != '.') {
            return space || isOpener(next) || Character.isUpperCase(next);
        }
        if (afterDots - dot >= 3) { // ellipsis
            return space && Character.isUpperCase(firstLetter);
        }
        // word before the dot
        int w = dot;
        // Bounded: an abbreviation or initial is short, and an unbounded scan back over "A.A.A.A..." is quadratic.
        while (w > from && dot - w < MAX_WORD_BEFORE_DOT
                && (Character.isLetterOrDigit(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
            w--;
        }
        String word = text.substring(w, dot);
        if (!space && afterClosers == afterDots) {
            // glued: "said.The" / "said.'Our" ; never inside numbers, domains or U.S.
            if (Character.isDigit(next) || word.isEmpty()) {
                return false;
            }
            char nn = isOpener(next) && afterDots + 1 < to ? text.charAt(afterDots + 1) : next;
            boolean upperNext = Character.isUpperCase(nn);
            int after = afterDots + (isOpener(next) ? 2 : 1);
            boolean lowerAfter = after < to && (Character.isLowerCase(text.charAt(after))
                    || (nn == 'A' || nn == 'I') && Character.isWhitespace(text.charAt(after)));
            return upperNext && lowerAfter && word.length() >= 2 && word.indexOf('.') < 0
                    && (Character.isLowerCase(word.charAt(word.length() - 1))
                    || word.length() == 4 && Character.isDigit(word.charAt(3)) && Character.isLowerCase(text.charAt(after)));
        }
        if (!space && afterClosers > afterDots) {
            return true; // ."Next
        }
        if (word.indexOf('.') >= 0) { // U.S. / e.g.
            String lw = word.toLowerCase();
            if (lw.equals("u.s") || lw.equals("u.n") || lw.equals("u.k") || lw.equals("e.g") || lw.equals("i.e")) {
                // sentence end only if a typical sentence opener follows
                return Character.isUpperCase(firstLetter) && startsWithOpenerWord(text, m, to);
            }
            return Character.isUpperCase(firstLetter);
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return false; // initial: "J. Smith"
        }
        if (ABBREVIATIONS.contains(word.toLowerCase())) {
            return false;
        }
        return Character.isUpperCase(firstLetter) || Character.isDigit(firstLetter) || isOpener(first)
                || !Character.isLetter(firstLetter);
    }

    private static final Set<String> OPENERS = Set.of("The", "A", "An", "He", "She", "It", "They", "We", "In", "On",
            "At", "But", "And", "This", "That", "These", "Those", "His", "Her", "Its", "Their", "According", "After");

    private static boolean startsWithOpenerWord(String text, int at, int to) {
        int e = at;
        while (e < to && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return OPENERS.contains(text.substring(at, e));
    }

    private static void add(String text, int s, int e, int paragraph, List<Sentence> out) {
        while (s < e && (Character.isWhitespace(text.charAt(s)) || text.charAt(s) == '\u00a0')) {
            s++;
        }
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == '\u00a0')) {
            e--;
        }
        if (e > s) {
            out.add(new Sentence(s, e, paragraph, false));
        }
    }
}
