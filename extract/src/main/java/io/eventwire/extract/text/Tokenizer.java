package io.eventwire.extract.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into word, number and punctuation tokens in one linear pass. Hyphens are separate tokens
 * ("Twenty-three" is twenty, -, three), possessive 's is split off, dotted abbreviations such as "U.S." stay one
 * token ("us"), and digit groups ("1,200", "2.5") stay one number token.
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    public static List<Token> tokenize(CharSequence s) {
        return tokenize(s, 0, s.length());
    }

    public static List<Token> tokenize(CharSequence s, int from, int to) {
        List<Token> out = new ArrayList<>(Math.max(8, (to - from) / 5));
        // One bulk copy, then plain array reads: this loop runs over every character of every sentence, and
        // charAt through the CharSequence interface cost a bounds and coder check per character.
        char[] a = new char[to - from];
        if (s instanceof String string) {
            string.getChars(from, to, a, 0);
        } else {
            for (int k = from; k < to; k++) {
                a[k - from] = s.charAt(k);
            }
        }
        int i = from;
        while (i < to) {
            char c = a[i - from];
            if (Character.isWhitespace(c) || c == '\u00a0') {
                i++;
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                // dotted abbreviation: U.S. / U.N. / U.K.
                if (Character.isUpperCase(c) && i + 3 < to + 1 && i + 1 < to && a[i + 1 - from] == '.'
                        && i + 2 < to && Character.isUpperCase(a[i + 2 - from])
                        && i + 3 < to && a[i + 3 - from] == '.') {
                    int j = i;
                    StringBuilder sb = new StringBuilder();
                    while (j + 1 < to && Character.isUpperCase(a[j - from]) && a[j + 1 - from] == '.') {
                        sb.append(Character.toLowerCase(a[j - from]));
                        j += 2;
                    }
                    out.add(new Token(i, j, sb.toString(), Token.Kind.WORD, true));
                    i = j;
                    continue;
                }
                int j = i;
                boolean allDigits = true;
                // Most words are plain ASCII: they are classified without Unicode tables and lower-cased at most once.
                boolean ascii = true;
                boolean upper = false;
                while (j < to) {
                    char d = a[j - from];
                    if (d < 128) {
                        if (d >= 'a' && d <= 'z' || d >= 'A' && d <= 'Z') {
                            upper |= d <= 'Z';
                            allDigits = false;
                            j++;
                            continue;
                        }
                        if (d >= '0' && d <= '9') {
                            j++;
                            continue;
                        }
                    }
                    if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                        ascii = false;
                        if (!Character.isDigit(d)) {
                            allDigits = false;
                        }
                        j++;
                    } else if ((d == ',' || d == '.') && j + 1 < to && Character.isDigit(a[j + 1 - from])
                            && j > i && Character.isDigit(a[j - 1 - from]) && allDigits) {
                        j++;
                    } else if (isApostrophe(d) && j + 1 < to && Character.isLetter(a[j + 1 - from])) {
                        // possessive 's: split off; n't: keep with the word; other (Sana'a): keep
                        char n = a[j + 1 - from];
                        boolean endAfter = j + 2 >= to || !Character.isLetter(a[j + 2 - from]);
                        if ((n == 's' || n == 'S') && endAfter) {
                            break;
                        }
                        ascii &= d < 128;
                        allDigits = false;
                        j++;
                    } else {
                        break;
                    }
                }
                if (ascii && upper) {
                    lowerAsciiInPlace(a, i - from, j - from);
                }
                String word = new String(a, i - from, j - i);
                String norm = ascii ? word : norm(word);
                out.add(new Token(i, j, norm, allDigits ? Token.Kind.NUMBER : Token.Kind.WORD,
                        Character.isUpperCase(c)));
                i = j;
                continue;
            }
            if (isApostrophe(c) && i + 1 < to && (a[i + 1 - from] == 's' || a[i + 1 - from] == 'S')
                    && (i + 2 >= to || !Character.isLetter(a[i + 2 - from])) && i > from
                    && Character.isLetter(a[i - 1 - from])) {
                out.add(new Token(i, i + 2, "'s", Token.Kind.WORD, false));
                i += 2;
                continue;
            }
            out.add(new Token(i, i + 1, punctNorm(c), Token.Kind.PUNCT, false));
            i++;
        }
        return out;
    }

    public static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02bc' || c == '\u2018' || c == '`';
    }

    /**
     * Lower-cases ASCII letters of the copy in place, so that a word's norm is one copy of it (substring and
     * toLowerCase made two). Later tests look back at most one character, and only at whether it is a letter.
     */
    private static void lowerAsciiInPlace(char[] a, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = a[k];
            if (c >= 'A' && c <= 'Z') {
                a[k] = (char) (c + ('a' - 'A'));
            }
        }
    }

    /** The single-character strings of ASCII punctuation, made once (most punctuation tokens are ASCII). */
    private static final String[] ASCII_STRINGS = new String[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_STRINGS[c] = String.valueOf(c);
        }
    }

    static String punctNorm(char c) {
        switch (c) {
            case '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb':
                return "\"";
            case '\u2018', '\u2019', '\u02bc', '`':
                return "'";
            case '\u2013', '\u2014', '\u2212':
                return "--";
            default:
                return c < 128 ? ASCII_STRINGS[c] : String.valueOf(c);
        }
    }

    /** Lower case, fold diacritics, unify apostrophes. */
    public static String norm(String raw) {
        boolean ascii = true;
        for (int k = 0; k < raw.length(); k++) {
            char ch = raw.charAt(k);
            if (ch >= 128) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return raw.toLowerCase(Locale.ROOT);
        }
        String d = Normalizer.normalize(raw, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int k = 0; k < d.length(); k++) {
            char ch = d.charAt(k);
            if (Character.getType(ch) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (isApostrophe(ch)) {
                ch = '\'';
            } else if (ch == '\u0131') {
                ch = 'i';
            }
            sb.append(ch);
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
