package io.eventwire.extract.detect;

import io.eventwire.extract.reference.GeoEntry;

/**
 * A country-referring phrase in a sentence, tokens [from, to).
 *
 * @param iso3    the country
 * @param kind    how it was named
 * @param surname the leader's surname when the phrase names or describes a leader, else null
 * @param leaderLevel true for leader names and office phrases ("French President", "his Russian counterpart")
 */
public record Actor(int from, int to, String iso3, GeoEntry.Kind kind, String surname, boolean leaderLevel) {
}
