package io.eventwire.sink.rules;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.eventwire.schemas.EventStatus;
import io.eventwire.schemas.EventType;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads and checks a rules file. The document is read into a tree while the line of every value is noted by its
 * path, so that each problem found while checking names its line.
 */
final class RulesFileParser {

    static final List<String> RULE_FIELDS = List.of("name", "description", "type", "status", "any-country",
            "all-countries", "killed-at-least", "wounded-at-least");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");

    private final String origin;
    private final JsonFactory factory;
    private final Map<String, Integer> lines = new HashMap<>();
    private final List<String> problems = new ArrayList<>();

    RulesFileParser(String origin, boolean json) {
        this.origin = origin;
        this.factory = json ? new JsonFactory() : new YAMLFactory();
    }

    List<Rule> parse(String text) {
        JsonNode root;
        try (JsonParser parser = factory.createParser(text)) {
            if (parser.nextToken() == null) {
                throw failure(List.of("line 1: the file is empty; it needs a \"rules\" list"));
            }
            root = read(parser, "");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw failure(List.of("line " + (at == null ? "?" : at.getLineNr()) + ": not valid "
                    + (factory instanceof YAMLFactory ? "YAML" : "JSON") + ": " + syntaxProblem(e)));
        } catch (IOException e) {
            throw failure(List.of("line ?: cannot read it: " + e.getMessage()));
        }
        List<Rule> rules = check(root);
        if (!problems.isEmpty()) {
            throw failure(problems);
        }
        return rules;
    }

    /** The parser's complaint on one line, without the excerpt and caret SnakeYAML adds. */
    private static String syntaxProblem(JsonProcessingException e) {
        if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException yaml) {
            return yaml.getContext() == null ? yaml.getProblem() : yaml.getContext() + ": " + yaml.getProblem();
        }
        return e.getOriginalMessage().lines().findFirst().orElse("").trim();
    }

    private RulesFileException failure(List<String> found) {
        return new RulesFileException(origin, found);
    }

    // ---- the tree, with the line of every path ----

    private JsonNode read(JsonParser parser, String path) throws IOException {
        lines.putIfAbsent(path, parser.currentTokenLocation().getLineNr());
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    String child = path + "/" + field;
                    int line = parser.currentTokenLocation().getLineNr();
                    if (object.has(field)) {
                        problem(line, "\"" + field + "\" is given twice");
                    }
                    lines.put(child, line);
                    parser.nextToken();
                    object.set(field, read(parser, child));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(read(parser, path + "/" + index++));
                }
                return array;
            }
            case VALUE_STRING -> {
                return nodes.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return nodes.numberNode(parser.getLongValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return nodes.numberNode(parser.getDecimalValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return nodes.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return nodes.nullNode();
            }
            default -> throw new JsonParseException(parser, "unexpected " + token);
        }
    }

    private int line(String path) {
        return lines.getOrDefault(path, 1);
    }

    private void problem(int line, String message) {
        problems.add("line " + line + ": " + message);
    }

    // ---- the checks ----

    private List<Rule> check(JsonNode root) {
        if (!root.isObject()) {
            problem(line(""), "expected a mapping with a \"rules\" list, found " + describe(root));
            return List.of();
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!field.equals("rules")) {
                problem(line("/" + field), "unknown field \"" + field + "\" (the file holds one field, \"rules\")");
            }
        }
        JsonNode list = root.get("rules");
        if (list == null) {
            problem(line(""), "no \"rules\" list");
            return List.of();
        }
        if (!list.isArray()) {
            problem(line("/rules"), "\"rules\" must be a list of rules, found " + describe(list));
            return List.of();
        }
        List<Rule> rules = new ArrayList<>();
        Map<String, Integer> names = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode name = list.get(i).path("name");
            if (name.isTextual()) {
                Integer first = names.putIfAbsent(name.asText(), line("/rules/" + i + "/name"));
                if (first != null) {
                    problem(line("/rules/" + i + "/name"), "rule \"" + name.asText()
                            + "\": the name is already used on line " + first);
                }
            }
            Rule rule = checkRule(list.get(i), "/rules/" + i);
            if (rule != null) {
                rules.add(rule);
            }
        }
        return rules;
    }

    private Rule checkRule(JsonNode node, String path) {
        if (!node.isObject()) {
            problem(line(path), "a rule must be a mapping of fields, found " + describe(node));
            return null;
        }
        int before = problems.size();
        JsonNode nameNode = node.get("name");
        String name = null;
        if (nameNode == null) {
            problem(line(path), "a rule has no \"name\"");
        } else if (!nameNode.isTextual() || !NAME.matcher(nameNode.asText()).matches()) {
            problem(line(path + "/name"), "\"name\" must be letters, digits, '.', '_' or '-', found "
                    + describe(nameNode));
        } else {
            name = nameNode.asText();
        }
        String label = name == null ? "a rule" : "rule \"" + name + "\"";
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!RULE_FIELDS.contains(field)) {
                problem(line(path + "/" + field), label + ": unknown field \"" + field + "\" (known: "
                        + String.join(", ", RULE_FIELDS) + ")");
            }
        }
        JsonNode description = node.get("description");
        if (description != null && !description.isTextual()) {
            problem(line(path + "/description"), label + ": \"description\" must be text");
        }
        EventType type = enumField(node, path, "type", EventType.class, label);
        EventStatus status = enumField(node, path, "status", EventStatus.class, label);
        Set<String> anyCountry = countries(node, path, "any-country", label);
        Set<String> allCountries = countries(node, path, "all-countries", label);
        Threshold killed = threshold(node, path, "killed-at-least", Threshold.Measure.KILLED, label);
        Threshold wounded = threshold(node, path, "wounded-at-least", Threshold.Measure.WOUNDED, label);
        if (killed != null && wounded != null) {
            problem(line(path + "/wounded-at-least"), label
                    + ": give one threshold, killed-at-least or wounded-at-least, not both");
        }
        Threshold threshold = killed != null ? killed : wounded;
        if (threshold != null && type != null && type != EventType.STRIKE) {
            problem(line(path + "/" + threshold.measure().word() + "-at-least"), label + ": "
                    + threshold.measure().word() + "-at-least applies to strikes only, but the type is " + type);
        }
        if (type == null && status == null && anyCountry.isEmpty() && allCountries.isEmpty() && threshold == null
                && problems.size() == before) {
            problem(line(path), label + ": no condition (type, status, any-country, all-countries, "
                    + "killed-at-least or wounded-at-least); a rule that matches every event is a mistake");
        }
        if (problems.size() > before || name == null) {
            return null;
        }
        return new Rule(name, type, status, anyCountry, allCountries, threshold);
    }

    private <E extends Enum<E>> E enumField(JsonNode rule, String path, String field, Class<E> kind, String label) {
        JsonNode node = rule.get(field);
        if (node == null) {
            return null;
        }
        String symbols = Arrays.stream(kind.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        if (node.isTextual()) {
            String wanted = node.asText().trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            for (E symbol : kind.getEnumConstants()) {
                if (symbol.name().equals(wanted)) {
                    return symbol;
                }
            }
        }
        problem(line(path + "/" + field), label + ": \"" + field + "\" must be one of " + symbols + ", found "
                + describe(node));
        return null;
    }

    private Set<String> countries(JsonNode rule, String path, String field, String label) {
        JsonNode node = rule.get(field);
        Set<String> countries = new LinkedHashSet<>();
        if (node == null) {
            return countries;
        }
        String fieldPath = path + "/" + field;
        List<JsonNode> items = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(items::add);
        } else {
            items.add(node);
        }
        if (items.isEmpty()) {
            problem(line(fieldPath), label + ": \"" + field + "\" is an empty list");
        }
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String itemPath = node.isArray() ? fieldPath + "/" + i : fieldPath;
            if (item.isTextual() && COUNTRY.matcher(item.asText()).matches()) {
                countries.add(item.asText());
            } else {
                problem(line(itemPath), label + ": \"" + field
                        + "\" takes ISO 3166-1 alpha-3 country codes in capitals (e.g. UKR), found " + describe(item));
            }
        }
        return countries;
    }

    private Threshold threshold(JsonNode rule, String path, String field, Threshold.Measure measure, String label) {
        JsonNode node = rule.get(field);
        if (node == null) {
            return null;
        }
        String fieldPath = path + "/" + field;
        List<JsonNode> items = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(items::add);
        } else {
            items.add(node);
        }
        if (items.isEmpty()) {
            problem(line(fieldPath), label + ": \"" + field + "\" is an empty list");
            return null;
        }
        List<Integer> bands = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            int itemLine = line(node.isArray() ? fieldPath + "/" + i : fieldPath);
            if (!item.isIntegralNumber() || item.asLong() < 1 || item.asLong() > Integer.MAX_VALUE) {
                problem(itemLine, label + ": \"" + field + "\" takes whole numbers of at least 1, found "
                        + describe(item));
                ok = false;
            } else if (!bands.isEmpty() && item.asInt() <= bands.get(bands.size() - 1)) {
                problem(itemLine, label + ": \"" + field + "\" bands must rise, but " + item.asInt()
                        + " follows " + bands.get(bands.size() - 1));
                ok = false;
            } else {
                bands.add(item.asInt());
            }
        }
        return ok ? new Threshold(measure, bands) : null;
    }

    private static String describe(JsonNode node) {
        if (node.isObject()) {
            return "a mapping";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isNull()) {
            return "nothing";
        }
        return node.isTextual() ? "\"" + node.asText() + "\"" : node.toString();
    }
}
