package io.eventwire.extract.normalize;

import io.eventwire.extract.model.Count;

/**
 * A count found in a token list: tokens [from, to) including its qualifier ("at least"), the count itself, and
 * whether it is a sub-count ("including four children") that must not be read as the total.
 */
public record NumberSpan(int from, int to, Count count, boolean sub) {
}
