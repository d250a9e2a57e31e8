package io.eventwire.extract.reference;

import java.util.List;

/**
 * What a phrase of the text can refer to.
 *
 * @param kind      the kind of reference
 * @param iso3      country the phrase points to
 * @param canonical canonical name (place name for PLACE, country name for COUNTRY, surname for LEADER)
 * @param placeKind for PLACE: city, town, village, camp, site, district or region
 * @param leaders   for LEADER: every term of that name (resolve by date)
 */
public record GeoEntry(Kind kind, String iso3, String canonical, String placeKind, List<Leader> leaders) {

    /** ORG: a state's own body (acts for the state); GROUP: a non-state armed group (a party, never an attacker). */
    public enum Kind { COUNTRY, DEMONYM, CAPITAL, SEAT, ORG, GROUP, PLACE, LEADER }

    public GeoEntry {
        leaders = leaders == null ? List.of() : leaders;
    }

    /** Larger is more specific: region 1, district 2, city/town/village/camp/site 3. */
    public int specificity() {
        if (placeKind == null) {
            return 0;
        }
        return switch (placeKind) {
            case "region" -> 1;
            case "district" -> 2;
            default -> 3;
        };
    }
}
