package io.eventwire.sink.rules;

import java.util.List;

/** A rules file that cannot be used; each problem names its line. */
public final class RulesFileException extends RuntimeException {

    private final List<String> problems;

    RulesFileException(String origin, List<String> problems) {
        super("bad rules file " + origin + ":\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** One line per problem, each starting with {@code line N:}. */
    public List<String> problems() {
        return problems;
    }
}
