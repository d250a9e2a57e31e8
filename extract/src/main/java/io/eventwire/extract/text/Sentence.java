package io.eventwire.extract.text;

/**
 * A sentence as a span of the article text ({@code end} exclusive).
 *
 * @param start     offset of the first character
 * @param end       offset after the last character
 * @param paragraph running paragraph number inside the story (blank lines separate paragraphs)
 * @param headline  the sentence is a whole short line without final punctuation (title, caption, link)
 */
public record Sentence(int start, int end, int paragraph, boolean headline) {
    public String text(String article) {
        return article.substring(start, end);
    }
}
