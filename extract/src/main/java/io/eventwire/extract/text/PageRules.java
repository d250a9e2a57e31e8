package io.eventwire.extract.text;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Data for page cleaning, loaded from the reference files: junk lines, junk prefixes, lines after which the rest
 * of a story is junk, and outlet names (normalised lower case) mapped to their canonical names.
 */
public record PageRules(Set<String> junkLines, List<String> junkPrefixes, Set<String> stopLines,
                        Map<String, String> outlets) {
    public PageRules {
        junkLines = Set.copyOf(junkLines);
        junkPrefixes = List.copyOf(junkPrefixes);
        stopLines = Set.copyOf(stopLines);
        outlets = Map.copyOf(outlets);
    }
}
