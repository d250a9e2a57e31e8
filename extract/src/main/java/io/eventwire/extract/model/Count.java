package io.eventwire.extract.model;

import java.util.Objects;

/**
 * A reported number of people. A vague count ("dozens") has no value, qualifier AT_LEAST and the vague word.
 *
 * @param value     the number, or null for a vague count
 * @param qualifier how the number relates to the true figure
 * @param vague     the vague word ("dozens", "several") when there is no number, else null
 */
public record Count(Integer value, Qualifier qualifier, String vague) {
    public Count {
        Objects.requireNonNull(qualifier, "qualifier");
        if (value == null && vague == null) {
            throw new IllegalArgumentException("a count needs a value or a vague word");
        }
    }

    public static Count exact(int value) {
        return new Count(value, Qualifier.EXACT, null);
    }

    public static Count of(int value, Qualifier qualifier) {
        return new Count(value, qualifier, null);
    }

    public static Count vague(String word) {
        return new Count(null, Qualifier.AT_LEAST, word);
    }
}
