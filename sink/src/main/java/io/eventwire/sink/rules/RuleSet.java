package io.eventwire.sink.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The alert rules of a sink, from a rules file (YAML or JSON) or the bundled defaults. */
public final class RuleSet {

    /** The bundled default rules, documented in the README. */
    public static final String DEFAULT_RESOURCE = "/io/eventwire/sink/rules/default-rules.yaml";

    private final List<Rule> rules;
    private final String origin;

    RuleSet(List<Rule> rules, String origin) {
        this.rules = List.copyOf(rules);
        this.origin = origin;
    }

    public static RuleSet defaults() {
        try (InputStream in = RuleSet.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the sink jar carries no " + DEFAULT_RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "default rules", false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a rules file: JSON when its name ends in {@code .json}, YAML otherwise.
     *
     * @throws RulesFileException naming the line and the problem, for every problem found
     */
    public static RuleSet load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RulesFileException(file.toString(), List.of("cannot read it: " + e));
        }
        return parse(text, file.toString(), file.getFileName().toString().toLowerCase().endsWith(".json"));
    }

    /** @param json JSON syntax; otherwise YAML */
    public static RuleSet parse(String text, String origin, boolean json) {
        return new RuleSet(new RulesFileParser(origin, json).parse(text), origin);
    }

    public List<Rule> rules() {
        return rules;
    }

    /** Where the rules came from: the file, or "default rules". */
    public String origin() {
        return origin;
    }

    public static RuleSet of(List<Rule> rules) {
        return new RuleSet(rules, "rules");
    }
}
