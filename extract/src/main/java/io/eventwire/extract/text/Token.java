package io.eventwire.extract.text;

/**
 * One token of article text with its character offsets ({@code end} exclusive) and a normalised form (lower case,
 * diacritics folded, quotes and apostrophes unified) used for all dictionary look-ups.
 */
public record Token(int start, int end, String norm, Kind kind, boolean capitalized) {

    public enum Kind { WORD, NUMBER, PUNCT }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    public boolean isPunct() {
        return kind == Kind.PUNCT;
    }

    public boolean is(String s) {
        return norm.equals(s);
    }
}
