package io.eventwire.ingest.read;

import io.eventwire.schemas.RawArticle;

/** What reading one input gives: an article ready to publish, or a rejection with its reason. */
public sealed interface ParseResult {

    /** Where the input came from: file path, with ":LINE" for JSON lines. */
    String reference();

    record Parsed(String reference, RawArticle article) implements ParseResult {
    }

    /**
     * @param payload the original bytes when they are small enough to carry in a dead letter, else null
     */
    record Rejected(String reference, String reason, byte[] payload) implements ParseResult {
    }
}
