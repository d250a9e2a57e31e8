package io.eventwire.ingest.read;

import java.util.Locale;
import java.util.Set;

/**
 * A conservative check that a text is English, without dependencies: mostly Latin letters, and a share of the
 * commonest English function words ("the", "of", "and", ...) that English prose always has (a third of the words
 * or more in news) and other languages have almost none of. Texts too short to tell count as English, so a short
 * English article is never rejected. Linear in the text, and it reads at most the first {@link #MAX_WORDS} words.
 */
public final class EnglishText {

    /** Below this many letters, or Latin words, the text is too short to judge: it passes. */
    static final int MIN_LETTERS = 80;
    static final int MIN_WORDS = 20;
    /** Chinese says much in few characters: this many letters of another script, and more than Latin, are enough. */
    static final int MIN_OTHER_SCRIPT_LETTERS = 20;
    /** English prose has 25-45 % function words; other languages written in Latin letters a few percent. */
    static final double MIN_FUNCTION_WORD_SHARE = 0.08;
    static final int MAX_WORDS = 3000;

    private static final Set<String> FUNCTION_WORDS = Set.of(
            "the", "of", "and", "to", "in", "a", "is", "was", "for", "on", "that", "with", "by", "at", "from",
            "as", "it", "be", "are", "were", "has", "have", "had", "said", "he", "she", "they", "his", "her",
            "their", "this", "an", "not", "but", "or", "which", "will", "after", "been", "who", "its", "into",
            "over", "would", "than", "also", "more", "about", "we", "i", "you", "one", "up", "out", "all", "no",
            "there", "new", "when", "what", "can", "so", "if", "our", "them", "these", "those", "some", "other");

    private EnglishText() {
    }

    /** False only when the text is long enough to judge and clearly not English. */
    public static boolean looksEnglish(String text) {
        int latinLetters = 0;
        int otherLetters = 0;
        int words = 0;
        int functionWords = 0;
        StringBuilder word = new StringBuilder(16);
        boolean wordIsLatin = true;
        int n = text.length();
        for (int i = 0; i <= n && words < MAX_WORDS; ) {
            int c = i < n ? text.codePointAt(i) : ' ';
            if (Character.isLetter(c) || (c == '\'' && word.length() > 0)) {
                if (Character.isLetter(c)) {
                    if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                        latinLetters++;
                    } else {
                        otherLetters++;
                        wordIsLatin = false;
                    }
                }
                if (word.length() < 16) {
                    word.appendCodePoint(c);
                }
            } else if (word.length() > 0) {
                if (wordIsLatin) {
                    words++;
                    if (FUNCTION_WORDS.contains(word.toString().toLowerCase(Locale.ROOT))) {
                        functionWords++;
                    }
                }
                word.setLength(0);
                wordIsLatin = true;
            }
            i += i < n ? Character.charCount(c) : 1;
        }
        if (otherLetters > latinLetters && otherLetters >= MIN_OTHER_SCRIPT_LETTERS) {
            return false; // mostly Cyrillic, Arabic, Chinese, ...: another language
        }
        if (latinLetters + otherLetters < MIN_LETTERS || words < MIN_WORDS) {
            return true;
        }
        return functionWords >= MIN_FUNCTION_WORD_SHARE * words;
    }
}
