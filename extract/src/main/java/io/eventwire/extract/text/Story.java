package io.eventwire.extract.text;

import java.util.List;

/**
 * One story of a page: its sentences (page junk removed) and the publisher named for it on the page, if any.
 */
public record Story(int index, String publisher, List<Sentence> sentences) {
    public Story {
        sentences = List.copyOf(sentences);
    }
}
