package id.nttmart.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The repository's {@code docker-compose.yml} as Docker Compose reads it: YAML (anchors and merge keys resolved),
 * then {@code ${VAR}}, {@code ${VAR:-default}}, {@code ${VAR-default}}, {@code ${VAR:?message}},
 * {@code ${VAR?message}} and {@code $$} interpolated from a map of variables, as {@code docker compose config} would
 * with an .env file. No Docker engine runs where the tests run, so this is how they see the file a server sees.
 */
final class ComposeFile {

    static final Path PATH = Path.of("docker-compose.yml");

    private static final Pattern VARIABLE = Pattern.compile(
            "\\$\\$|\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?}|\\$([A-Za-z_][A-Za-z0-9_]*)");

    private ComposeFile() {}

    /** The file's text as it is in the repository. */
    static String text() {
        try {
            return Files.readString(PATH);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + PATH.toAbsolutePath(), e);
        }
    }

    /** The parsed file, variables not interpolated. */
    static Map<String, Object> raw() {
        return load(text());
    }

    /** The parsed file with every variable interpolated from {@code variables}. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> interpolated(Map<String, String> variables) {
        return (Map<String, Object>) interpolate(raw(), variables);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> section(Map<String, Object> compose, String... path) {
        Object node = compose;
        for (String key : path) {
            if (!(node instanceof Map<?, ?> map) || !map.containsKey(key)) {
                throw new AssertionError("docker-compose.yml has no " + String.join(".", path));
            }
            node = map.get(key);
        }
        return node == null ? Map.of() : (Map<String, Object>) node;
    }

    /** A service's environment as a map of strings (the form Compose hands the container). */
    static Map<String, String> environment(Map<String, Object> compose, String service) {
        Object environment = section(compose, "services", service).get("environment");
        var result = new LinkedHashMap<String, String>();
        if (environment instanceof Map<?, ?> map) {
            map.forEach((key, value) -> result.put(String.valueOf(key), value == null ? "" : String.valueOf(value)));
        } else if (environment instanceof List<?> list) {
            for (Object entry : list) {
                String[] parts = String.valueOf(entry).split("=", 2);
                result.put(parts[0], parts.length == 2 ? parts[1] : "");
            }
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(String yaml) {
        var options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return (Map<String, Object>) new Yaml(options).load(yaml);
    }

    private static Object interpolate(Object node, Map<String, String> variables) {
        if (node instanceof Map<?, ?> map) {
            var result = new LinkedHashMap<String, Object>();
            map.forEach((key, value) -> result.put(String.valueOf(key), interpolate(value, variables)));
            return result;
        }
        if (node instanceof List<?> list) {
            var result = new ArrayList<Object>();
            list.forEach(item -> result.add(interpolate(item, variables)));
            return result;
        }
        if (node instanceof String text) {
            return interpolate(text, variables);
        }
        return node;
    }

    /** One string, as Compose interpolates it; a missing required variable fails with the file's message. */
    static String interpolate(String text, Map<String, String> variables) {
        Matcher matcher = VARIABLE.matcher(text);
        var result = new StringBuilder();
        while (matcher.find()) {
            String replacement;
            if (matcher.group().equals("$$")) {
                replacement = "$";
            } else if (matcher.group(4) != null) {
                replacement = variables.getOrDefault(matcher.group(4), "");
            } else {
                String name = matcher.group(1);
                String operator = matcher.group(2);
                String argument = matcher.group(3) == null ? "" : matcher.group(3);
                String value = variables.get(name);
                boolean unset = value == null;
                boolean unsetOrEmpty = unset || value.isEmpty();
                if (operator == null) {
                    replacement = unset ? "" : value;
                } else if (operator.equals(":-")) {
                    replacement = unsetOrEmpty ? argument : value;
                } else if (operator.equals("-")) {
                    replacement = unset ? argument : value;
                } else if (operator.equals(":?") ? unsetOrEmpty : unset) {
                    throw new MissingVariableException(name, argument);
                } else {
                    replacement = value;
                }
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    /** A required variable ({@code ${VAR:?message}}) is not set: Compose refuses to start with this message. */
    static final class MissingVariableException extends RuntimeException {
        MissingVariableException(String name, String message) {
            super("required variable " + name + " is missing a value: " + message);
        }
    }
}
