package dev.ddbchanges.app.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one reader of environment settings, used by the app and the tests alike. It reads cdktf.json itself rather than
 * cdktf's {@code CDKTF_CONTEXT_JSON}, which only the cdktf CLI sets. Either every environment is valid or it throws
 * {@link InvalidSettingsException} listing every problem.
 */
public final class SettingsLoader {
    /** cdktf.json's {@code context.environments}: one object per environment, keyed by its name. */
    public static final String ENVIRONMENTS_POINTER = "/context/environments";

    /** {@link DuplicateKeys} names repeated keys first; the strict reader stays as the backstop. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // Fractions (processorBufferSizeMb) stay exactly as written.
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** Stack names the app uses itself. */
    private static final List<String> RESERVED_NAMES = List.of(StateBootstrap.STACK_NAME);

    private SettingsLoader() {}

    public static List<EnvironmentSettings> load(Path cdktfJson, EphemeralRequest ephemeral) {
        return parse(read(cdktfJson), cdktfJson.toString(), ephemeral);
    }

    /**
     * One environment of cdktf.json, every environment validated first, as the commands that act on one take it
     * (their {@code --environment} flag).
     *
     * @throws IllegalArgumentException naming the flag's value and the environments there are
     */
    public static EnvironmentSettings loadEnvironment(Path cdktfJson, EphemeralRequest ephemeral, String name) {
        List<EnvironmentSettings> environments = load(cdktfJson, ephemeral);
        return environments.stream()
                .filter(candidate -> candidate.name().equals(name))
                .findFirst()
                .orElseThrow(() ->
                        new IllegalArgumentException("--environment " + name + " is not in cdktf.json; " + "allowed: "
                                + String.join(
                                        ", ",
                                        environments.stream()
                                                .map(EnvironmentSettings::name)
                                                .toList())));
    }

    /** The settings in cdktf.json's text: repeated keys are refused before a reader could drop them. */
    static List<EnvironmentSettings> parse(String text, String source, EphemeralRequest ephemeral) {
        List<String> repeated = DuplicateKeys.in(text);
        if (!repeated.isEmpty()) {
            throw new InvalidSettingsException(source, repeated);
        }
        return parse(tree(text, source), source, ephemeral);
    }

    static List<EnvironmentSettings> parse(JsonNode root, String source, EphemeralRequest ephemeral) {
        Problems problems = new Problems();
        Optional<JsonNode> declared = ContextKeys.environments(root, problems);
        if (declared.isEmpty()) {
            problems.throwIfAny(source);
        }
        JsonNode environments = declared.orElseThrow();
        List<EnvironmentSettings> settings = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : environments.properties()) {
            if (checkName(entry.getKey(), "an environment name", problems)) {
                EnvironmentParser.parse(entry.getKey(), entry.getValue(), problems)
                        .ifPresent(settings::add);
            }
        }
        ephemeral.name().ifPresent(name -> addEphemeral(name, ephemeral.base(), environments, settings, problems));
        checkDistinct(settings, problems);
        AccountSeparation.check(settings, problems);
        StateBootstrap.problems(settings).forEach(problems::add);
        CiParser.parse(root, settings, problems);
        problems.throwIfAny(source);
        return List.copyOf(settings);
    }

    /**
     * {@code context.ci}, read after {@link #load} accepted the file (which checks it against the environments).
     *
     * @return empty when cdktf.json sets none: then no environment is automated
     */
    public static Optional<CiSettings> loadCi(Path cdktfJson, List<EnvironmentSettings> environments) {
        Problems problems = new Problems();
        String source = cdktfJson.toString();
        Optional<CiSettings> ci = CiParser.parse(tree(read(cdktfJson), source), environments, problems);
        problems.throwIfAny(source);
        return ci;
    }

    private static JsonNode tree(String text, String source) {
        try {
            return JSON.readTree(text);
        } catch (JacksonException e) {
            throw new InvalidSettingsException(
                    source,
                    List.of(source + " is not valid JSON: " + withoutSource(e.getOriginalMessage()) + " at line "
                            + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr()));
        }
    }

    private static String read(Path cdktfJson) {
        try {
            return Files.readString(cdktfJson);
        } catch (IOException e) {
            throw new InvalidSettingsException(cdktfJson.toString(), List.of(cdktfJson + " cannot be read: " + e));
        }
    }

    private static void addEphemeral(
            String name, String base, JsonNode environments, List<EnvironmentSettings> settings, Problems problems) {
        if (!checkName(name, "the ephemeral environment name", problems)) {
            return;
        }
        if (environments.has(name)) {
            problems.add("ephemeral environment '" + name + "' is already declared in cdktf.json; "
                    + "choose a name that is not one of: " + String.join(", ", fieldNames(environments)));
            return;
        }
        if (!environments.has(base)) {
            problems.add("ephemeral environment '" + name + "': base '" + base + "' is not declared; allowed: "
                    + possibleBases(environments));
            return;
        }
        Optional<EnvironmentSettings> declared =
                settings.stream().filter(s -> s.name().equals(base)).findFirst();
        if (declared.isEmpty()) {
            return; // the base's own problems are already reported; the copy would only repeat them
        }
        // The base is validated already; only the names, which hold the environment's name, are new.
        EnvironmentSettings copy = declared.get().toBuilder()
                .name(name)
                .baseEnvironment(Optional.of(base))
                // A short-lived copy must always be destroyable, whatever its base keeps on destroy.
                .forceDestroy(true)
                // Nor may its table refuse deletion.
                .deletionProtection(false)
                .build();
        List<String> nameProblems = EnvironmentParser.builtNameProblems(copy);
        nameProblems.forEach(problem -> problems.add("environment '" + name + "': " + problem));
        if (!nameProblems.isEmpty()) {
            return;
        }
        if (copy.production()) {
            problems.add("ephemeral environment '" + name + "': base '" + base + "' has production = true; an "
                    + "ephemeral environment must be destroyable, so its base must be a non-production environment; "
                    + "allowed: " + possibleBases(environments));
            return;
        }
        settings.add(copy);
    }

    private static boolean checkName(String name, String what, Problems problems) {
        if (RESERVED_NAMES.contains(name)) {
            problems.add(what + " '" + name + "' is not allowed; it is the name of the stack that creates the state "
                    + "buckets");
            return false;
        }
        if (name.startsWith(CiNames.stack(""))) {
            problems.add(what + " '" + name + "' is not allowed; names starting with " + CiNames.stack("")
                    + " are those of the stacks that create the CI roles");
            return false;
        }
        if (EnvironmentParser.isEnvironmentName(name)) {
            return true;
        }
        problems.add(what + " '" + name + "' is not allowed; allowed: " + EnvironmentParser.environmentNameRule());
        return false;
    }

    /**
     * Two environments must never build the same resource names. State keys need no check of their own: each holds
     * the environment's name, and names are unique (repeated keys are rejected, an ephemeral name may not be declared).
     */
    private static void checkDistinct(List<EnvironmentSettings> settings, Problems problems) {
        Map<String, String> prefixOwners = new HashMap<>();
        for (EnvironmentSettings s : settings) {
            String prefix = Names.prefix(s);
            String prefixOwner = prefixOwners.putIfAbsent(prefix, s.name());
            if (prefixOwner != null) {
                problems.add("environments '" + prefixOwner + "' and '" + s.name() + "' both name their resources '"
                        + prefix + "-...'; change project or the environment name");
            }
        }
    }

    /** The declared environments an ephemeral one may copy: the non-production ones. */
    private static String possibleBases(JsonNode environments) {
        List<String> bases = environments
                .propertyStream()
                .filter(e ->
                        !EnvironmentDefinitions.PRODUCTION.given(e.getValue()).orElse(false))
                .map(Map.Entry::getKey)
                .toList();
        return bases.isEmpty() ? "none: every declared environment has production = true" : String.join(", ", bases);
    }

    private static List<String> fieldNames(JsonNode node) {
        return node.propertyStream().map(Map.Entry::getKey).toList();
    }

    /** Jackson names its input inside nested locations ("[Source: REDACTED ...; line: 1, ..."): the file is named already. */
    private static String withoutSource(String message) {
        return message.replaceAll("\\[Source: [^;]*; ", "[");
    }
}
