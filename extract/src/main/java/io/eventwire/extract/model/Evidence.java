package io.eventwire.extract.model;

/**
 * A sentence an event was extracted from, with its character offsets in the article text ({@code end} exclusive),
 * so that every event can be explained and highlighted in the source.
 */
public record Evidence(String text, int start, int end) {
}
