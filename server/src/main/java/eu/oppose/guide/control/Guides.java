package eu.oppose.guide.control;

import eu.oppose.guide.entity.Guide;
import eu.oppose.guide.entity.Locator;
import eu.oppose.guide.entity.Page;
import eu.oppose.guide.entity.Platforms;
import eu.oppose.guide.entity.Platforms.Platform;
import eu.oppose.guide.entity.Step;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The guide data, loaded once, checked against the schema and for what a schema cannot say (every language
 * complete, ids unique, hosts known, patterns valid), with its patterns compiled. Immutable and thread-safe.
 */
public final class Guides {

    static final String PLATFORMS_FILE = "platforms.json";

    private final List<String> languages;
    private final String fallbackLanguage;
    private final Map<String, Platform> platforms;
    private final Map<String, Guide> guides;
    private final Map<String, List<CompiledStep>> compiledSteps;
    private final List<HostRule> hostRules;

    /** A canonical host, its platform and the other names that serve the same pages. */
    record HostRule(String platform, String host, Pattern aliases) {
        boolean serves(String name) {
            return host.equals(name) || (aliases != null && aliases.matcher(name).matches());
        }
    }

    /** A step with its position in the flow and its page patterns compiled. */
    record CompiledStep(int index, Step step, List<CompiledPage> pages) {
        boolean appliesTo(String host, String path) {
            return pages.stream().anyMatch(page -> page.host().equals(host) && page.path().matcher(path).matches());
        }
    }

    record CompiledPage(String host, Pattern path) {
    }

    private Guides(List<String> languages, String fallbackLanguage, Map<String, Platform> platforms,
                   Map<String, Guide> guides, Map<String, List<CompiledStep>> compiledSteps, List<HostRule> hostRules) {
        this.languages = languages;
        this.fallbackLanguage = fallbackLanguage;
        this.platforms = platforms;
        this.guides = guides;
        this.compiledSteps = compiledSteps;
        this.hostRules = hostRules;
    }

    public static Guides load(GuideFiles files) {
        GuideSchemas schemas = new GuideSchemas(files);
        try (Jsonb jsonb = JsonbBuilder.create()) {
            Platforms catalog = jsonb.fromJson(schemas.checkPlatforms(PLATFORMS_FILE, require(files, PLATFORMS_FILE)),
                    Platforms.class);
            List<HostRule> hostRules = hostRules(catalog);
            Set<String> knownHosts = new HashSet<>();
            hostRules.forEach(rule -> knownHosts.add(rule.host()));

            Map<String, Platform> platforms = new LinkedHashMap<>();
            Map<String, Guide> guides = new LinkedHashMap<>();
            Map<String, List<CompiledStep>> compiled = new LinkedHashMap<>();
            for (Platform platform : catalog.platforms()) {
                platforms.put(platform.id(), platform);
                for (String flow : platform.flows()) {
                    String file = platform.id() + "/" + flow + ".json";
                    String json = schemas.checkGuide(file, require(files, file));
                    Guide guide = jsonb.fromJson(json, Guide.class);
                    JsonObject raw = Json.createReader(new StringReader(json)).readObject();
                    new Checks(file, raw).guide(guide, platform.id(), flow, catalog.languages(), knownHosts);
                    guides.put(key(platform.id(), flow), guide);
                    compiled.put(key(platform.id(), flow), compile(guide));
                }
            }
            if (!catalog.languages().contains(catalog.fallbackLanguage())) {
                throw new GuideDataException(PLATFORMS_FILE + ", field /fallbackLanguage: "
                        + catalog.fallbackLanguage() + " is not one of the languages");
            }
            return new Guides(List.copyOf(catalog.languages()), catalog.fallbackLanguage(), platforms, guides,
                    compiled, hostRules);
        } catch (GuideDataException e) {
            throw e;
        } catch (Exception e) {
            throw new GuideDataException("guide data could not be read: " + e);
        }
    }

    /** The languages Oppose claims: every text exists in each. */
    public List<String> languages() {
        return languages;
    }

    /** The language for everyone whose language is not claimed. */
    public String fallbackLanguage() {
        return fallbackLanguage;
    }

    public List<Platform> platforms() {
        return List.copyOf(platforms.values());
    }

    public Optional<Platform> platform(String id) {
        return Optional.ofNullable(id).map(platforms::get);
    }

    public Optional<Guide> guide(String platform, String flow) {
        return Optional.ofNullable(guides.get(key(platform, flow)));
    }

    public int stepCount() {
        return guides.values().stream().mapToInt(guide -> guide.steps().size()).sum();
    }

    /** The platform and canonical host serving a lower-case host name, if any. */
    Optional<HostRule> hostRule(String hostName) {
        return hostRules.stream().filter(rule -> rule.serves(hostName)).findFirst();
    }

    List<CompiledStep> compiledSteps(String platform, String flow) {
        return compiledSteps.getOrDefault(key(platform, flow), List.of());
    }

    private static String key(String platform, String flow) {
        return platform + "/" + flow;
    }

    private static byte[] require(GuideFiles files, String file) {
        byte[] content = files.read(file);
        if (content == null) {
            throw new GuideDataException("guides/" + file + " is missing");
        }
        return content;
    }

    private static List<HostRule> hostRules(Platforms catalog) {
        List<HostRule> rules = new ArrayList<>();
        for (int p = 0; p < catalog.platforms().size(); p++) {
            Platform platform = catalog.platforms().get(p);
            for (int h = 0; h < platform.hosts().size(); h++) {
                Platforms.Host host = platform.hosts().get(h);
                String field = "/platforms/" + p + "/hosts/" + h + "/aliases";
                regexProblem(host.aliases()).ifPresent(problem -> {
                    throw new GuideDataException("guides/" + PLATFORMS_FILE + ", field " + field + ": " + problem);
                });
                rules.add(new HostRule(platform.id(), host.host(),
                        host.aliases() == null ? null : Pattern.compile(host.aliases(), Pattern.CASE_INSENSITIVE)));
            }
        }
        return List.copyOf(rules);
    }

    private static List<CompiledStep> compile(Guide guide) {
        List<CompiledStep> steps = new ArrayList<>();
        for (int i = 0; i < guide.steps().size(); i++) {
            Step step = guide.steps().get(i);
            steps.add(new CompiledStep(i, step, step.pages().stream()
                    .map(page -> new CompiledPage(page.host(), Pattern.compile(page.path(), Pattern.CASE_INSENSITIVE)))
                    .toList()));
        }
        return List.copyOf(steps);
    }

    private static Optional<String> regexProblem(String regex) {
        try {
            if (regex != null) {
                Pattern.compile(regex);
            }
            return Optional.empty();
        } catch (PatternSyntaxException e) {
            return Optional.of("not a valid regular expression: " + e.getDescription());
        }
    }

    /** What the schema cannot say, checked with the same wording as schema problems. */
    private record Checks(String file, JsonObject raw) {

        void guide(Guide guide, String platform, String flow, List<String> languages, Set<String> knownHosts) {
            List<String> problems = new ArrayList<>();
            if (!platform.equals(guide.platform())) {
                problems.add(at("/platform", "is \"" + guide.platform() + "\" but the file belongs to \"" + platform + "\""));
            }
            if (!flow.equals(guide.flow())) {
                problems.add(at("/flow", "is \"" + guide.flow() + "\" but the file is named \"" + flow + "\""));
            }
            languages.stream().filter(lang -> !guide.name().containsKey(lang))
                    .forEach(lang -> problems.add(at("/name", "has no text in \"" + lang + "\"")));
            if (guide.summary() != null) {
                languages.stream().filter(lang -> !guide.summary().containsKey(lang))
                        .forEach(lang -> problems.add(at("/summary", "has no text in \"" + lang + "\"")));
            }
            Set<String> ids = new HashSet<>();
            for (int s = 0; s < guide.steps().size(); s++) {
                Step step = guide.steps().get(s);
                String field = "/steps/" + s;
                if (!ids.add(step.id())) {
                    problems.add(at(field + "/id", "\"" + step.id() + "\" is used by an earlier step"));
                }
                for (String lang : languages) {
                    if (!step.texts().containsKey(lang)) {
                        problems.add(at(field + "/texts", "has no \"" + lang + "\" block (title and instruction)"));
                    }
                }
                for (int p = 0; p < step.pages().size(); p++) {
                    Page page = step.pages().get(p);
                    if (!knownHosts.contains(page.host())) {
                        problems.add(at(field + "/pages/" + p + "/host", "\"" + page.host()
                                + "\" is no canonical host in platforms.json"));
                    }
                    regex(problems, field + "/pages/" + p + "/path", page.path());
                }
                locators(problems, field + "/targets", step.targets());
                locators(problems, field + "/when", step.when());
            }
            if (!problems.isEmpty()) {
                throw new GuideDataException(String.join("\n", problems));
            }
        }

        private void locators(List<String> problems, String field, List<Locator> locators) {
            if (locators == null) {
                return;
            }
            for (int l = 0; l < locators.size(); l++) {
                regex(problems, field + "/" + l + "/href", locators.get(l).href());
            }
        }

        private void regex(List<String> problems, String field, String regex) {
            regexProblem(regex).ifPresent(problem -> problems.add(at(field, problem)));
        }

        private String at(String field, String problem) {
            return GuideSchemas.describe(file, raw, field, problem);
        }
    }
}
