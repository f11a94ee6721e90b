package org.advocacy.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Checks docker-compose.yml against the build: every deployable module is a service, gets every
 * variable its configuration reads, starts only after what it needs is healthy; every variable
 * the file interpolates is documented in .env.example, which holds placeholders only; only the
 * public entry points publish ports.
 *
 * <p>The checks are static functions over parsed data ({@link Checks}); {@link TheChecksThemselves}
 * runs them on small inline examples so that each one is shown to fail when it should.
 */
class ComposeFileTest {

    /** Services allowed to publish ports: the public entry, the login pages, the mail UI. */
    static final Set<String> MAY_PUBLISH_PORTS = Set.of("gateway", "keycloak", "mailpit");

    /** Of Mailpit, only the web UI may be published, never its SMTP port. */
    static final Set<String> MAILPIT_PUBLISHED_CONTAINER_PORTS = Set.of("8025");

    /**
     * Modules with a Spring configuration that still never run in compose: devstack is the
     * one-command local platform without Docker, it starts the services itself.
     */
    static final Set<String> NEVER_IN_COMPOSE = Set.of("devstack");

    static Path root;
    static Map<String, Object> compose;
    static Map<String, Map<String, Object>> services;

    @BeforeAll
    static void readComposeFile() throws IOException {
        root = Checks.repositoryRoot(Path.of("").toAbsolutePath());
        compose = Checks.parseYaml(Files.readString(root.resolve("docker-compose.yml")));
        services = Checks.services(compose);
    }

    @Test
    void theComposeFileParsesAsYamlAndDefinesServices() {
        assertThat(compose).containsKey("services");
        assertThat(services).isNotEmpty();
    }

    @Test
    void everyDeployableModuleOfTheBuildIsAComposeService() throws IOException {
        Set<String> deployable = deployableModules();

        assertThat(Checks.modulesWithoutService(deployable, services))
                .as("modules with src/main/resources/application.yml but no compose service")
                .isEmpty();
    }

    @Test
    void everyEnvironmentVariableAServiceReadsIsSetInItsComposeEnvironment() throws IOException {
        Map<String, Set<String>> readByModule = new LinkedHashMap<>();
        for (String module : deployableModules()) {
            readByModule.put(module, Checks.environmentPlaceholders(configurationTexts(root.resolve(module))));
        }

        assertThat(Checks.unsetVariables(readByModule, services))
                .as("variables a module's application*.yml reads that its compose service does not set")
                .isEmpty();
    }

    @Test
    void everyServiceBuiltFromThisRepositoryUsesTheDockerfileWithItsModuleName() throws IOException {
        assertThat(root.resolve("Dockerfile")).isRegularFile();
        assertThat(Checks.buildProblems(deployableModules(), services)).isEmpty();
    }

    @Test
    void everyServiceBuiltFromThisRepositoryProbesReadinessAndRestartsUnlessStopped() throws IOException {
        assertThat(Checks.runtimeProblems(deployableModules(), services)).isEmpty();
    }

    @Test
    void everyServiceBuiltFromThisRepositoryServesTheReadinessProbeWhereComposeAsks() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String module : deployableModules()) {
            Map<String, Object> service = services.getOrDefault(module, Map.of());
            Object healthcheck = Checks.stringKeys(service.get("healthcheck")).get("test");
            problems.addAll(Checks.readinessProblems(module, mainConfiguration(root.resolve(module)),
                    Checks.keyValues(service.get("environment")), healthcheck));
        }

        assertThat(problems).isEmpty();
    }

    @Test
    void everyDependencyWaitsForAHealthyServiceThatHasAHealthcheck() {
        assertThat(Checks.dependencyProblems(services)).isEmpty();
    }

    @Test
    void everyVariableTheComposeFileInterpolatesIsListedInEnvExample() throws IOException {
        Map<String, String> example = Checks.parseEnvFile(Files.readString(root.resolve(".env.example")));

        assertThat(Checks.interpolatedVariablesMissingFrom(compose, example.keySet()))
                .as("variables docker-compose.yml interpolates that .env.example does not list")
                .isEmpty();
    }

    @Test
    void envExampleDocumentsEachVariableAndHoldsPlaceholdersOnly() throws IOException {
        String example = Files.readString(root.resolve(".env.example"));

        assertThat(Checks.undocumentedEnvEntries(example)).as("entries without a comment line above").isEmpty();
        assertThat(Checks.realLookingSecrets(Checks.parseEnvFile(example))).isEmpty();
    }

    @Test
    void theKeysOfSupportersDataReachOnlyTheServicesThatUseThem() {
        Map<String, Set<String>> holders = new LinkedHashMap<>();
        services.forEach((name, service) -> Checks.environment(service).keySet().stream()
                .filter(variable -> variable.equals("SUPPORTER_DATA_KEY") || variable.equals("SIGNATURE_REQUEST_KEY")
                        || variable.equals("RSVP_REQUEST_KEY") || variable.equals("NOTIFICATIONS_DATA_KEY"))
                .forEach(variable -> holders.computeIfAbsent(variable, v -> new TreeSet<>()).add(name)));

        assertThat(holders).containsOnly(
                Map.entry("SUPPORTER_DATA_KEY", Set.of("events-service", "petition-service")),
                Map.entry("SIGNATURE_REQUEST_KEY", Set.of("notifications-service", "petition-service")),
                Map.entry("RSVP_REQUEST_KEY", Set.of("events-service", "notifications-service")),
                Map.entry("NOTIFICATIONS_DATA_KEY", Set.of("notifications-service")));
    }

    @Test
    void secretsAreRequiredByTheComposeFileAndHaveNoDefault() {
        assertThat(Checks.secretsNotRequired(compose)).isEmpty();
    }

    @Test
    void onlyTheGatewayKeycloakAndMailpitsWebUiPublishPorts() {
        assertThat(Checks.publishingProblems(services, MAY_PUBLISH_PORTS, Map.of("mailpit", MAILPIT_PUBLISHED_CONTAINER_PORTS)))
                .isEmpty();
    }

    @Test
    void keycloakGetsEveryVariableTheRealmImportReads() throws IOException {
        Path realm = root.resolve("keycloak/advocacy-realm.json");
        assertThat(realm).as("the realm compose imports").isRegularFile();
        Map<String, Set<String>> readByKeycloak = Map.of("keycloak", Checks.environmentPlaceholders(List.of(Files.readString(realm))));

        assertThat(Checks.unsetVariables(readByKeycloak, services)).isEmpty();
    }

    @Test
    void servicesValidateTokensAgainstTheIssuerKeycloakAdvertises() throws IOException {
        String realmName = Checks.realmName(Files.readString(root.resolve("keycloak/advocacy-realm.json")));

        assertThat(Checks.issuerProblems(services, realmName)).isEmpty();
    }

    private static Set<String> deployableModules() throws IOException {
        Set<String> deployable = new TreeSet<>();
        for (String module : Checks.modules(Files.readString(root.resolve("pom.xml")))) {
            Path resources = root.resolve(module).resolve("src/main/resources");
            boolean springService = Files.isRegularFile(resources.resolve("application.yml"))
                    || Files.isRegularFile(resources.resolve("application.yaml"));
            if (springService && !NEVER_IN_COMPOSE.contains(module)) {
                deployable.add(module);
            }
        }
        return deployable;
    }

    /**
     * The module's application*.yml, and the files they import from the classpath
     * (spring.config.import: classpath:messaging.yml) found in any module of the build.
     */
    private static List<String> configurationTexts(Path module) throws IOException {
        List<String> texts = new ArrayList<>();
        Path resources = module.resolve("src/main/resources");
        if (!Files.isDirectory(resources)) {
            return texts;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(resources, "application*.{yml,yaml}")) {
            for (Path file : files) {
                texts.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        for (String imported : Checks.classpathImports(texts)) {
            for (String other : Checks.modules(Files.readString(root.resolve("pom.xml")))) {
                Path file = root.resolve(other).resolve("src/main/resources").resolve(imported);
                if (Files.isRegularFile(file)) {
                    texts.add(Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
        return texts;
    }

    private static List<Map<String, Object>> mainConfiguration(Path module) throws IOException {
        for (String name : List.of("application.yml", "application.yaml")) {
            Path file = module.resolve("src/main/resources").resolve(name);
            if (Files.isRegularFile(file)) {
                return Checks.parseYamlDocuments(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return List.of();
    }

    /** The checks, as functions of parsed data, each returning the problems it found. */
    static final class Checks {

        /**
         * Spring placeholders naming environment variables: {@code ${NAME}} or {@code ${NAME:default}}.
         * A placeholder that is itself the default of another ({@code ${NEW:${OLD:default}}}) is a
         * fallback the service does without when the first is set, so it is not counted.
         */
        private static final Pattern ENVIRONMENT_PLACEHOLDER =
                Pattern.compile("(?<!\\$\\{[A-Z][A-Z0-9_]{0,100}:)\\$\\{([A-Z][A-Z0-9_]*)[:}]");

        private static final Pattern PLACEHOLDER_WITH_DEFAULT = Pattern.compile("\\$\\{([^:}]+):([^}]+)}");
        private static final Pattern ENV_ENTRY = Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*)=(.*)$");

        private static final Pattern INTERPOLATED_NAME = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)");

        /** A name with SECRET, PASSWORD, KEY or TOKEN as one of its words (not KEYCLOAK_...). */
        private static final Pattern SECRET_NAME = Pattern.compile("(.*_)?(SECRET|PASSWORD|KEY|TOKEN)(_.*)?");

        private static final Pattern PLACEHOLDER_VALUE = Pattern.compile("(?i).*change-?me.*");

        private Checks() {
        }

        static Path repositoryRoot(Path start) {
            for (Path dir = start; dir != null; dir = dir.getParent()) {
                if (Files.isRegularFile(dir.resolve("docker-compose.yml")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                    return dir;
                }
            }
            throw new IllegalStateException("No folder with docker-compose.yml and pom.xml above " + start);
        }

        static Map<String, Object> parseYaml(String text) {
            Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
            return document instanceof Map<?, ?> map ? stringKeys(map) : Map.of();
        }

        /** Every document of a multi-document YAML file (Spring's "---" separated profiles). */
        static List<Map<String, Object>> parseYamlDocuments(String text) {
            List<Map<String, Object>> documents = new ArrayList<>();
            for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(text)) {
                documents.add(stringKeys(document));
            }
            return documents;
        }

        /** Spring's view of nested YAML: keys joined with dots ("management.endpoint.health..."). */
        static Map<String, Object> flatten(Map<String, Object> document) {
            Map<String, Object> flat = new LinkedHashMap<>();
            flattenInto("", document, flat);
            return flat;
        }

        /** The files imported from the classpath by spring.config.import in these texts. */
        static Set<String> classpathImports(Collection<String> texts) {
            Set<String> imports = new TreeSet<>();
            for (String text : texts) {
                for (Map<String, Object> document : parseYamlDocuments(text)) {
                    Object declared = flatten(document).get("spring.config.import");
                    List<?> entries = declared instanceof List<?> list ? list
                            : declared == null ? List.of() : List.of(String.valueOf(declared).split(","));
                    for (Object entry : entries) {
                        String location = String.valueOf(entry).trim().replaceFirst("^optional:", "");
                        if (location.startsWith("classpath:")) {
                            imports.add(location.substring("classpath:".length()).replaceFirst("^/", ""));
                        }
                    }
                }
            }
            return imports;
        }

        /**
         * Why compose's healthcheck (the readiness group) would not answer: probes not enabled and no
         * readiness group declared, or the healthcheck asking another port than the actuator's (the
         * server port, or the management port when the module sets one, from compose's environment or
         * its default).
         */
        static List<String> readinessProblems(String module, List<Map<String, Object>> configuration,
                                              Map<String, ?> environment, Object healthcheck) {
            Map<String, Object> flat = new LinkedHashMap<>();
            configuration.forEach(document -> flat.putAll(flatten(document)));
            List<String> problems = new ArrayList<>();
            boolean probesEnabled = "true".equals(String.valueOf(flat.get("management.endpoint.health.probes.enabled")));
            boolean readinessGroup = flat.keySet().stream().anyMatch(key -> key.startsWith("management.endpoint.health.group.readiness."));
            if (!probesEnabled && !readinessGroup) {
                problems.add(module + ": /actuator/health/readiness needs management.endpoint.health.probes.enabled: true");
            }
            String actuatorPort = flat.containsKey("management.server.port")
                    ? resolved(String.valueOf(flat.get("management.server.port")), environment) : "8080";
            if (!String.valueOf(healthcheck).contains("localhost:" + actuatorPort + "/actuator/health/readiness")) {
                problems.add(module + ": healthcheck does not ask the actuator's port " + actuatorPort + ": " + healthcheck);
            }
            return problems;
        }

        /** A value as the service would read it: {@code ${NAME:default}} from compose's environment, else its default. */
        private static String resolved(String value, Map<String, ?> environment) {
            Matcher placeholder = PLACEHOLDER_WITH_DEFAULT.matcher(value);
            if (!placeholder.matches()) {
                return value;
            }
            return environment.containsKey(placeholder.group(1)) ? String.valueOf(environment.get(placeholder.group(1)))
                    : placeholder.group(2);
        }

        static Map<String, Map<String, Object>> services(Map<String, Object> compose) {
            Map<String, Map<String, Object>> services = new LinkedHashMap<>();
            stringKeys(compose.get("services")).forEach((name, definition) -> services.put(name, stringKeys(definition)));
            return services;
        }

        /** The modules of a POM, in their order. */
        static List<String> modules(String pomXml) {
            try {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                var document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(pomXml)));
                List<String> modules = new ArrayList<>();
                NodeList moduleLists = document.getDocumentElement().getElementsByTagName("modules");
                for (int i = 0; i < moduleLists.getLength(); i++) {
                    Element list = (Element) moduleLists.item(i);
                    if (list.getParentNode() != document.getDocumentElement()) {
                        continue; // modules of a profile are not the default build
                    }
                    NodeList entries = list.getElementsByTagName("module");
                    for (int j = 0; j < entries.getLength(); j++) {
                        modules.add(entries.item(j).getTextContent().trim());
                    }
                }
                return modules;
            } catch (Exception e) {
                throw new IllegalArgumentException("Unreadable pom.xml", e);
            }
        }

        static Set<String> modulesWithoutService(Set<String> deployableModules, Map<String, Map<String, Object>> services) {
            Set<String> missing = new TreeSet<>(deployableModules);
            missing.removeAll(services.keySet());
            return missing;
        }

        /** Every environment variable named by a placeholder in the given texts. */
        static Set<String> environmentPlaceholders(Collection<String> texts) {
            Set<String> names = new TreeSet<>();
            for (String text : texts) {
                Matcher matcher = ENVIRONMENT_PLACEHOLDER.matcher(text);
                while (matcher.find()) {
                    names.add(matcher.group(1));
                }
            }
            return names;
        }

        /** The environment of a compose service, in either of its two forms (map or KEY=value list). */
        static Map<String, String> environment(Map<String, Object> service) {
            return keyValues(service.get("environment"));
        }

        /** A compose key-value setting (environment, build args) in its map or KEY=value list form. */
        static Map<String, String> keyValues(Object declared) {
            Map<String, String> environment = new LinkedHashMap<>();
            if (declared instanceof Map<?, ?> map) {
                map.forEach((key, value) -> environment.put(String.valueOf(key), value == null ? null : String.valueOf(value)));
            } else if (declared instanceof List<?> list) {
                for (Object entry : list) {
                    String text = String.valueOf(entry);
                    int equals = text.indexOf('=');
                    environment.put(equals < 0 ? text : text.substring(0, equals), equals < 0 ? null : text.substring(equals + 1));
                }
            }
            return environment;
        }

        /** "service: VARIABLE" for each variable a service reads and its compose environment lacks. */
        static List<String> unsetVariables(Map<String, Set<String>> readByService, Map<String, Map<String, Object>> services) {
            List<String> problems = new ArrayList<>();
            readByService.forEach((service, read) -> {
                Map<String, Object> definition = services.get(service);
                Set<String> set = definition == null ? Set.of() : environment(definition).keySet();
                for (String variable : read) {
                    if (!set.contains(variable)) {
                        problems.add(service + ": " + variable);
                    }
                }
            });
            return problems;
        }

        static List<String> buildProblems(Set<String> modules, Map<String, Map<String, Object>> services) {
            List<String> problems = new ArrayList<>();
            for (String module : modules) {
                Map<String, Object> service = services.getOrDefault(module, Map.of());
                Map<String, Object> build = stringKeys(service.get("build"));
                Object context = build.get("context");
                Object dockerfile = build.getOrDefault("dockerfile", "Dockerfile");
                Object serviceArgument = keyValues(build.get("args")).get("SERVICE");
                if (!".".equals(context) || !"Dockerfile".equals(dockerfile) || !module.equals(serviceArgument)) {
                    problems.add(module + ": build must be the root Dockerfile with SERVICE=" + module + ", is " + build);
                }
            }
            return problems;
        }

        static List<String> runtimeProblems(Set<String> modules, Map<String, Map<String, Object>> services) {
            List<String> problems = new ArrayList<>();
            for (String module : modules) {
                Map<String, Object> service = services.getOrDefault(module, Map.of());
                if (!"unless-stopped".equals(service.get("restart"))) {
                    problems.add(module + ": restart is " + service.get("restart") + ", not unless-stopped");
                }
                Object test = stringKeys(service.get("healthcheck")).get("test");
                if (test == null || !String.valueOf(test).contains("/actuator/health/readiness")) {
                    problems.add(module + ": healthcheck does not probe /actuator/health/readiness: " + test);
                }
            }
            return problems;
        }

        /** Dependencies that do not wait for health, or wait for a service without a healthcheck. */
        static List<String> dependencyProblems(Map<String, Map<String, Object>> services) {
            List<String> problems = new ArrayList<>();
            services.forEach((name, service) -> {
                Object dependsOn = service.get("depends_on");
                if (dependsOn == null) {
                    return;
                }
                if (!(dependsOn instanceof Map<?, ?>)) {
                    problems.add(name + ": depends_on is a list, which waits only for the start, not for health");
                    return;
                }
                stringKeys(dependsOn).forEach((dependency, settings) -> {
                    Object condition = stringKeys(settings).get("condition");
                    if (!"service_healthy".equals(condition)) {
                        problems.add(name + " -> " + dependency + ": condition is " + condition + ", not service_healthy");
                    }
                    Map<String, Object> target = services.get(dependency);
                    if (target == null) {
                        problems.add(name + " -> " + dependency + ": no such service");
                    } else {
                        Map<String, Object> healthcheck = stringKeys(target.get("healthcheck"));
                        if (healthcheck.get("test") == null || Boolean.TRUE.equals(healthcheck.get("disable"))) {
                            problems.add(name + " -> " + dependency + ": " + dependency + " has no healthcheck");
                        }
                    }
                });
            });
            return problems;
        }

        /**
         * The variables compose interpolates: {@code ${NAME}}, {@code ${NAME:-default}},
         * {@code ${NAME:?message}}... and {@code $NAME}, in every value of the file ({@code $$} is
         * a literal dollar). Name to the full expressions it appears in.
         */
        static Map<String, Set<String>> interpolations(Map<String, Object> compose) {
            Map<String, Set<String>> found = new LinkedHashMap<>();
            for (String text : scalars(compose)) {
                int i = 0;
                while (i < text.length()) {
                    char c = text.charAt(i);
                    if (c != '$' || i + 1 >= text.length()) {
                        i++;
                        continue;
                    }
                    char next = text.charAt(i + 1);
                    if (next == '$') {
                        i += 2;
                    } else if (next == '{') {
                        int end = closingBrace(text, i + 2);
                        String expression = text.substring(i, end + 1);
                        Matcher name = INTERPOLATED_NAME.matcher(expression);
                        if (name.lookingAt()) {
                            found.computeIfAbsent(name.group(1), k -> new LinkedHashSet<>()).add(expression);
                        }
                        i += 2; // defaults may interpolate too: keep scanning inside
                    } else if (Character.isLetter(next) || next == '_') {
                        int end = i + 1;
                        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                            end++;
                        }
                        found.computeIfAbsent(text.substring(i + 1, end), k -> new LinkedHashSet<>()).add(text.substring(i, end));
                        i = end;
                    } else {
                        i++;
                    }
                }
            }
            return found;
        }

        static Set<String> interpolatedVariablesMissingFrom(Map<String, Object> compose, Set<String> listed) {
            Set<String> missing = new TreeSet<>(interpolations(compose).keySet());
            missing.removeAll(listed);
            return missing;
        }

        /** Secret-named variables the compose file interpolates without {@code :?} (so with a default or empty). */
        static List<String> secretsNotRequired(Map<String, Object> compose) {
            List<String> problems = new ArrayList<>();
            interpolations(compose).forEach((name, expressions) -> {
                if (isSecretName(name)) {
                    for (String expression : expressions) {
                        if (!expression.startsWith("${" + name + ":?")) {
                            problems.add(name + ": " + expression + " does not require it with ${" + name + ":?message}");
                        }
                    }
                }
            });
            return problems;
        }

        static Map<String, String> parseEnvFile(String text) {
            Map<String, String> entries = new LinkedHashMap<>();
            for (String line : text.split("\\R")) {
                Matcher entry = ENV_ENTRY.matcher(line.trim());
                if (entry.matches()) {
                    entries.put(entry.group(1), unquote(entry.group(2).trim()));
                }
            }
            return entries;
        }

        /** Entries of an env file that have no comment line right above them. */
        static List<String> undocumentedEnvEntries(String text) {
            List<String> undocumented = new ArrayList<>();
            String previous = "";
            for (String raw : text.split("\\R")) {
                String line = raw.trim();
                Matcher entry = ENV_ENTRY.matcher(line);
                if (entry.matches() && !previous.startsWith("#")) {
                    undocumented.add(entry.group(1));
                }
                previous = line;
            }
            return undocumented;
        }

        /**
         * Values that look like a real secret: a secret-named variable whose value is not a
         * change-me placeholder, or any value that looks like generated key material.
         */
        static List<String> realLookingSecrets(Map<String, String> entries) {
            List<String> problems = new ArrayList<>();
            entries.forEach((name, value) -> {
                boolean placeholder = value.isEmpty() || PLACEHOLDER_VALUE.matcher(value).matches();
                if (isSecretName(name) && !placeholder) {
                    problems.add(name + ": a secret must be a change-me placeholder here, is '" + value + "'");
                } else if (!placeholder && looksGenerated(value)) {
                    problems.add(name + ": looks like real key material: '" + value + "'");
                }
            });
            return problems;
        }

        /**
         * Services publishing ports they may not: only the allowed services publish, and where
         * a service is limited to some container ports, only those.
         */
        static List<String> publishingProblems(Map<String, Map<String, Object>> services, Set<String> mayPublish,
                Map<String, Set<String>> onlyContainerPorts) {
            List<String> problems = new ArrayList<>();
            services.forEach((name, service) -> {
                Object ports = service.get("ports");
                if (!(ports instanceof List<?> list) || list.isEmpty()) {
                    return;
                }
                if (!mayPublish.contains(name)) {
                    problems.add(name + " publishes " + list + " but only " + new TreeSet<>(mayPublish) + " may");
                    return;
                }
                Set<String> allowed = onlyContainerPorts.get(name);
                if (allowed != null) {
                    for (Object port : list) {
                        String target = containerPort(port);
                        if (!allowed.contains(target)) {
                            problems.add(name + " publishes container port " + target + "; only " + allowed + " may be");
                        }
                    }
                }
            });
            return problems;
        }

        /** The realm name of a Keycloak realm export. */
        static String realmName(String realmJson) {
            Matcher realm = Pattern.compile("\"realm\"\\s*:\\s*\"([^\"]+)\"").matcher(realmJson);
            if (!realm.find()) {
                throw new IllegalArgumentException("No \"realm\" in the realm file");
            }
            return realm.group(1);
        }

        /**
         * Services whose KEYCLOAK_ISSUER_URI is not Keycloak's own hostname followed by the
         * realm: a token issued through the public URL would then fail validation.
         */
        static List<String> issuerProblems(Map<String, Map<String, Object>> services, String realm) {
            List<String> problems = new ArrayList<>();
            Map<String, Object> keycloak = services.get("keycloak");
            String hostname = keycloak == null ? null : environment(keycloak).get("KC_HOSTNAME");
            if (hostname == null) {
                return List.of("keycloak: KC_HOSTNAME is not set, so the issuer depends on how Keycloak is reached");
            }
            String expected = hostname + "/realms/" + realm;
            services.forEach((name, service) -> {
                String issuer = environment(service).get("KEYCLOAK_ISSUER_URI");
                if (issuer != null && !issuer.equals(expected)) {
                    problems.add(name + ": KEYCLOAK_ISSUER_URI is " + issuer + ", Keycloak issues " + expected);
                }
            });
            return problems;
        }

        private static String containerPort(Object port) {
            if (port instanceof Map<?, ?> longSyntax) {
                return String.valueOf(longSyntax.get("target"));
            }
            String text = String.valueOf(port);
            int protocol = text.indexOf('/');
            if (protocol >= 0) {
                text = text.substring(0, protocol);
            }
            return text.substring(text.lastIndexOf(':') + 1);
        }

        private static boolean isSecretName(String name) {
            return SECRET_NAME.matcher(name).matches();
        }

        private static boolean looksGenerated(String value) {
            return value.length() >= 20
                    && value.matches("[A-Za-z0-9+/=_-]+")
                    && value.chars().anyMatch(Character::isUpperCase)
                    && value.chars().anyMatch(Character::isLowerCase)
                    && value.chars().anyMatch(Character::isDigit);
        }

        private static String unquote(String value) {
            if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
                return value.substring(1, value.length() - 1);
            }
            return value;
        }

        private static int closingBrace(String text, int from) {
            int depth = 1;
            for (int i = from; i < text.length(); i++) {
                if (text.charAt(i) == '{') {
                    depth++;
                } else if (text.charAt(i) == '}' && --depth == 0) {
                    return i;
                }
            }
            return text.length() - 1;
        }

        private static List<String> scalars(Object node) {
            List<String> found = new ArrayList<>();
            if (node instanceof Map<?, ?> map) {
                map.values().forEach(value -> found.addAll(scalars(value)));
            } else if (node instanceof List<?> list) {
                list.forEach(value -> found.addAll(scalars(value)));
            } else if (node instanceof String text) {
                found.add(text);
            }
            return found;
        }

        private static void flattenInto(String prefix, Map<String, Object> node, Map<String, Object> flat) {
            node.forEach((key, value) -> {
                String path = prefix.isEmpty() ? key : prefix + "." + key;
                if (value instanceof Map<?, ?> child) {
                    flattenInto(path, stringKeys(child), flat);
                } else {
                    flat.put(path, value);
                }
            });
        }

        private static Map<String, Object> stringKeys(Object node) {
            Map<String, Object> map = new LinkedHashMap<>();
            if (node instanceof Map<?, ?> source) {
                source.forEach((key, value) -> map.put(String.valueOf(key), value));
            }
            return map;
        }
    }

    /** Each check run on a small example it must reject, and on one it must accept. */
    @Nested
    class TheChecksThemselves {

        @Test
        void aVariableTheModuleReadsButComposeDoesNotSetIsReported() {
            Set<String> read = Checks.environmentPlaceholders(List.of("""
                    spring:
                      mongodb:
                        uri: ${MONGODB_URI:mongodb://localhost:27017/events}
                      application:
                        name: ${spring.application.name}
                    advocacy:
                      mail:
                        host: ${SMTP_HOST}
                    """));
            var services = Checks.services(Checks.parseYaml("""
                    services:
                      events-service:
                        environment:
                          MONGODB_URI: mongodb://mongo:27017/events?replicaSet=rs0
                    """));

            assertThat(read).containsExactly("MONGODB_URI", "SMTP_HOST");
            assertThat(Checks.unsetVariables(Map.of("events-service", read), services)).containsExactly("events-service: SMTP_HOST");
        }

        @Test
        void aFallbackVariableInsideAnotherPlaceholdersDefaultIsNotRequired() {
            Set<String> read = Checks.environmentPlaceholders(List.of("""
                    advocacy.gateway.balancing.instances:
                      petition-service: ${PETITION_SERVICE_URIS:${PETITION_SERVICE_URI:http://127.0.0.1:8082}}
                    server.port: ${SERVER_PORT:8080}
                    """));

            assertThat(read).containsExactly("PETITION_SERVICE_URIS", "SERVER_PORT");
        }

        @Test
        void aServiceWithoutReadinessProbeOrProbedOnAnotherPortThanItsActuatorsIsReported() {
            var withProbes = Checks.parseYamlDocuments("""
                    management:
                      endpoint.health:
                        probes.enabled: true
                    """);
            var withoutProbes = Checks.parseYamlDocuments("""
                    management:
                      server.port: 9090
                      endpoints.web.exposure.include: health
                    """);
            var managementPort = Checks.parseYamlDocuments("""
                    management:
                      server.port: ${MANAGEMENT_PORT:9080}
                      endpoint.health.probes.enabled: true
                    """);
            List<String> onServerPort = List.of("CMD", "curl", "-f", "http://localhost:8080/actuator/health/readiness");
            List<String> onManagementPort = List.of("CMD", "curl", "-f", "http://localhost:9080/actuator/health/readiness");

            assertThat(Checks.readinessProblems("cases-service", withProbes, Map.of(), onServerPort)).isEmpty();
            assertThat(Checks.readinessProblems("gateway", withoutProbes, Map.of(), onServerPort)).hasSize(2);
            assertThat(Checks.readinessProblems("gateway", managementPort, Map.of(), onManagementPort)).isEmpty();
            assertThat(Checks.readinessProblems("gateway", managementPort, Map.of(), onServerPort)).singleElement().asString()
                    .contains("port 9080");
            assertThat(Checks.readinessProblems("gateway", managementPort, Map.of("MANAGEMENT_PORT", "8080"), onServerPort)).isEmpty();
            assertThat(Checks.readinessProblems("cases-service", withProbes, Map.of(), onManagementPort)).hasSize(1);
        }

        @Test
        void importedConfigurationFilesAreFound() {
            assertThat(Checks.classpathImports(List.of("""
                    spring:
                      config.import: classpath:messaging.yml, optional:classpath:/api.yml, file:./local.yml
                    """))).containsExactly("api.yml", "messaging.yml");
        }

        @Test
        void theListFormOfEnvironmentCountsAsSet() {
            var services = Checks.services(Checks.parseYaml("""
                    services:
                      cases-service:
                        environment:
                          - SERVER_PORT=8080
                          - KAFKA_BOOTSTRAP_SERVERS=kafka:9092
                    """));

            assertThat(Checks.unsetVariables(Map.of("cases-service", Set.of("SERVER_PORT", "KAFKA_BOOTSTRAP_SERVERS")), services)).isEmpty();
        }

        @Test
        void aDeployableModuleWithoutAComposeServiceIsReported() {
            List<String> modules = Checks.modules("""
                    <project>
                      <modules>
                        <module>contracts</module>
                        <module>events-service</module>
                        <module>gateway</module>
                      </modules>
                      <profiles><profile><modules><module>experimental</module></modules></profile></profiles>
                    </project>
                    """);
            var services = Checks.services(Checks.parseYaml("services:\n  gateway:\n    image: x\n"));

            assertThat(modules).containsExactly("contracts", "events-service", "gateway");
            assertThat(Checks.modulesWithoutService(Set.of("events-service", "gateway"), services)).containsExactly("events-service");
        }

        @Test
        void aDependencyThatDoesNotWaitForHealthOrHasNoHealthcheckIsReported() {
            var services = Checks.services(Checks.parseYaml("""
                    services:
                      mongo:
                        image: mongo:8.0
                      kafka:
                        image: apache/kafka:4.1.2
                        healthcheck:
                          test: ["CMD", "true"]
                      events-service:
                        depends_on:
                          mongo:
                            condition: service_healthy
                          kafka:
                            condition: service_started
                      gateway:
                        depends_on: [events-service]
                    """));

            assertThat(Checks.dependencyProblems(services)).containsExactlyInAnyOrder(
                    "events-service -> mongo: mongo has no healthcheck",
                    "events-service -> kafka: condition is service_started, not service_healthy",
                    "gateway: depends_on is a list, which waits only for the start, not for health");
        }

        @Test
        void anInterpolatedVariableMissingFromEnvExampleIsReportedAndEscapedDollarsAreNot() {
            var compose = Checks.parseYaml("""
                    services:
                      keycloak:
                        environment:
                          KC_HOSTNAME: ${KEYCLOAK_PUBLIC_URL:-http://keycloak.localhost:8180}
                          KC_DB_PASSWORD: ${KEYCLOAK_DB_PASSWORD:?required}
                          OTHER: $PLAIN_FORM and ${OUTER:-${INNER}}
                        healthcheck:
                          test: ["CMD", "bash", "-c", "[[ $$status == ok ]]"]
                    """);
            Map<String, String> example = Checks.parseEnvFile("""
                    # Public URL of Keycloak.
                    KEYCLOAK_PUBLIC_URL=http://keycloak.localhost:8180
                    """);

            assertThat(Checks.interpolatedVariablesMissingFrom(compose, example.keySet()))
                    .containsExactly("INNER", "KEYCLOAK_DB_PASSWORD", "OUTER", "PLAIN_FORM");
        }

        @Test
        void aSecretWithADefaultInTheComposeFileIsReported() {
            var compose = Checks.parseYaml("""
                    services:
                      gateway:
                        environment:
                          GATEWAY_CLIENT_SECRET: ${GATEWAY_CLIENT_SECRET:-secret}
                          SUPPORTER_DATA_KEY: ${SUPPORTER_DATA_KEY:?set it}
                          KC_BOOTSTRAP_ADMIN_USERNAME: ${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}
                          KC_HOSTNAME: ${KEYCLOAK_PUBLIC_URL:-http://keycloak.localhost:8180}
                    """);

            assertThat(Checks.secretsNotRequired(compose)).singleElement().asString().startsWith("GATEWAY_CLIENT_SECRET");
        }

        @Test
        void aRealLookingSecretOrAnUndocumentedEntryInEnvExampleIsReported() {
            String example = """
                    # Client secret of the gateway.
                    GATEWAY_CLIENT_SECRET=change-me-gateway-client-secret
                    # Key for supporters' data.
                    SUPPORTER_DATA_KEY=q3Vf8Jr0Xc2LmN5pT7wYzA4bD6eH9kGs1uIoPa==
                    # A cluster id that is not named as a secret but looks generated.
                    SOME_ID=Zk3JqL0pXw8nV2bT5yR7uE
                    KEYCLOAK_DB_PASSWORD="change-me"
                    # Sender address.
                    MAIL_FROM=campaigns@advocacy.example.org
                    """;

            assertThat(Checks.undocumentedEnvEntries(example)).containsExactly("KEYCLOAK_DB_PASSWORD");
            assertThat(Checks.realLookingSecrets(Checks.parseEnvFile(example))).hasSize(2)
                    .anySatisfy(problem -> assertThat(problem).startsWith("SUPPORTER_DATA_KEY"))
                    .anySatisfy(problem -> assertThat(problem).startsWith("SOME_ID"));
        }

        @Test
        void aDomainServiceOrMailpitsSmtpPortPublishedIsReported() {
            var services = Checks.services(Checks.parseYaml("""
                    services:
                      gateway:
                        ports: ["8080:8080"]
                      mailpit:
                        ports:
                          - "127.0.0.1:8025:8025"
                          - "1025:1025/tcp"
                      events-service:
                        ports:
                          - target: 8080
                            published: 8081
                    """));

            assertThat(Checks.publishingProblems(services, Set.of("gateway", "mailpit"), Map.of("mailpit", Set.of("8025"))))
                    .containsExactlyInAnyOrder(
                            "mailpit publishes container port 1025; only [8025] may be",
                            "events-service publishes [{target=8080, published=8081}] but only [gateway, mailpit] may");
        }

        @Test
        void aServiceWhoseIssuerDiffersFromKeycloaksHostnameIsReported() {
            var services = Checks.services(Checks.parseYaml("""
                    services:
                      keycloak:
                        environment:
                          KC_HOSTNAME: http://keycloak.localhost:8180
                      cases-service:
                        environment:
                          KEYCLOAK_ISSUER_URI: http://keycloak:8080/realms/advocacy
                      gateway:
                        environment:
                          KEYCLOAK_ISSUER_URI: http://keycloak.localhost:8180/realms/advocacy
                    """));

            assertThat(Checks.issuerProblems(services, "advocacy")).singleElement().asString().startsWith("cases-service");
            assertThat(Checks.realmName("{ \"id\": \"x\", \"realm\" : \"advocacy\" }")).isEqualTo("advocacy");
        }

        @Test
        void aServiceNotBuiltFromTheRootDockerfileOrWithoutReadinessProbeIsReported() {
            var services = Checks.services(Checks.parseYaml("""
                    services:
                      events-service:
                        build:
                          context: .
                          args:
                            SERVICE: events-service
                        healthcheck:
                          test: ["CMD", "curl", "-f", "http://localhost:8080/actuator/health/readiness"]
                        restart: unless-stopped
                      cases-service:
                        build: ./cases-service
                        healthcheck:
                          test: ["CMD", "true"]
                    """));

            assertThat(Checks.buildProblems(Set.of("events-service", "cases-service"), services))
                    .singleElement().asString().startsWith("cases-service");
            assertThat(Checks.runtimeProblems(Set.of("events-service", "cases-service"), services)).hasSize(2)
                    .allSatisfy(problem -> assertThat(problem).startsWith("cases-service"));
        }
    }
}
