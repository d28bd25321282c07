package eu.oppose.guide.control;

import eu.oppose.guide.entity.Guide;
import eu.oppose.guide.entity.LocalizedGuide;
import eu.oppose.guide.entity.LocalizedStep;
import eu.oppose.guide.entity.Locator;
import eu.oppose.guide.entity.Page;
import eu.oppose.guide.entity.Platforms;
import eu.oppose.guide.entity.Platforms.Platform;
import eu.oppose.guide.entity.Step;
import eu.oppose.guide.entity.TermLocator;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The guide data, loaded once, checked against the schemas and for what a schema cannot say (every text in every
 * claimed language, terms known, ids unique, hosts known, patterns valid), with its patterns compiled and every
 * flow localised in every claimed language. Immutable and thread-safe.
 */
public final class Guides {

    static final String PLATFORMS_FILE = "platforms.json";

    private final List<String> languages;
    private final String fallbackLanguage;
    private final Map<String, Platform> platforms;
    private final Map<String, Guide> guides;
    private final Map<String, LocalizedGuide> localized;
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

    private Guides(Platforms catalog, Map<String, Platform> platforms, Map<String, Guide> guides,
                   Map<String, LocalizedGuide> localized, Map<String, List<CompiledStep>> compiledSteps,
                   List<HostRule> hostRules) {
        this.languages = List.copyOf(catalog.languages());
        this.fallbackLanguage = catalog.fallbackLanguage();
        this.platforms = platforms;
        this.guides = guides;
        this.localized = localized;
        this.compiledSteps = compiledSteps;
        this.hostRules = hostRules;
    }

    public static Guides load(GuideFiles files, Jsonb jsonb) {
        try {
            GuideSchemas schemas = new GuideSchemas(files);
            Platforms catalog = jsonb.fromJson(
                    schemas.check(GuideSchemas.PLATFORMS, PLATFORMS_FILE, require(files, PLATFORMS_FILE)).json(),
                    Platforms.class);
            if (!catalog.languages().contains(catalog.fallbackLanguage())) {
                throw new GuideDataException("guides/" + PLATFORMS_FILE + ", field /fallbackLanguage: "
                        + catalog.fallbackLanguage() + " is not one of the languages");
            }
            List<HostRule> hostRules = hostRules(catalog);
            Set<String> knownHosts = new HashSet<>();
            hostRules.forEach(rule -> knownHosts.add(rule.host()));
            Glossary glossary = Glossary.of(catalog.fallbackLanguage(),
                    perLanguage(catalog, schemas, files, GuideSchemas.WORDS, Glossary::file));
            Map<String, GuideSchemas.Checked> texts =
                    perLanguage(catalog, schemas, files, GuideSchemas.TEXTS, Guides::textsFile);

            Map<String, Platform> platforms = new LinkedHashMap<>();
            Map<String, Guide> guides = new LinkedHashMap<>();
            Map<String, List<CompiledStep>> compiled = new LinkedHashMap<>();
            for (Platform platform : catalog.platforms()) {
                platforms.put(platform.id(), platform);
                for (String flow : platform.flows()) {
                    String file = platform.id() + "/" + flow + ".json";
                    GuideSchemas.Checked checked = schemas.check(GuideSchemas.GUIDE, file, require(files, file));
                    Guide guide = jsonb.fromJson(checked.json(), Guide.class);
                    new Checks(file, checked.root()).guide(guide, platform.id(), flow, knownHosts, glossary);
                    guides.put(key(platform.id(), flow), guide);
                    compiled.put(key(platform.id(), flow), compile(guide));
                }
            }
            Map<String, LocalizedGuide> localized = localize(catalog, platforms, guides, texts, glossary);
            return new Guides(catalog, platforms, guides, localized, compiled, hostRules);
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

    /** A flow with its texts in a claimed language and its locators' words in all of them: what clients read. */
    public LocalizedGuide localized(Guide guide, String lang) {
        LocalizedGuide answer = localized.get(key(guide.platform(), guide.flow()) + "/" + lang);
        if (answer == null) {
            throw new IllegalArgumentException("\"" + lang + "\" is not one of the languages " + languages);
        }
        return answer;
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

    static String textsFile(String lang) {
        return "texts/" + lang + ".json";
    }

    /** The file of every claimed language, checked against its schema and for naming the language it is in. */
    private static Map<String, GuideSchemas.Checked> perLanguage(Platforms catalog, GuideSchemas schemas,
                                                                 GuideFiles files, String schema,
                                                                 Function<String, String> fileOf) {
        Map<String, GuideSchemas.Checked> checked = new LinkedHashMap<>();
        for (String lang : catalog.languages()) {
            String file = fileOf.apply(lang);
            GuideSchemas.Checked one = schemas.check(schema, file, require(files, file));
            String language = one.root().getString("language");
            if (!language.equals(lang)) {
                throw new GuideDataException(GuideSchemas.describe(file, one.root(), "/language",
                        "is \"" + language + "\" but the file is for \"" + lang + "\""));
            }
            checked.put(lang, one);
        }
        return checked;
    }

    /**
     * Every flow in every claimed language. A text missing in a claimed language stops loading, naming the file and
     * the key: there is no silent fallback to another language.
     */
    private static Map<String, LocalizedGuide> localize(Platforms catalog, Map<String, Platform> platforms,
                                                        Map<String, Guide> guides,
                                                        Map<String, GuideSchemas.Checked> texts, Glossary glossary) {
        Map<String, Map<String, Set<String>>> needed = new LinkedHashMap<>();
        guides.values().forEach(guide -> {
            Map<String, Set<String>> flow = needed.computeIfAbsent(guide.flow(), f -> new LinkedHashMap<>());
            flow.computeIfAbsent("", k -> new HashSet<>()).add(guide.platform());
            guide.steps().forEach(step -> flow.computeIfAbsent(step.id(), k -> new HashSet<>()).add(guide.platform()));
        });
        List<String> problems = new ArrayList<>();
        Map<String, LocalizedGuide> localized = new LinkedHashMap<>();
        for (String lang : catalog.languages()) {
            GuideTexts language = new GuideTexts(textsFile(lang), texts.get(lang).root());
            language.strays(needed, problems);
            for (Guide guide : guides.values()) {
                Platform platform = platforms.get(guide.platform());
                String file = guide.platform() + "/" + guide.flow() + ".json";
                String flow = guide.flow();
                List<LocalizedStep> steps = guide.steps().stream().map(step -> {
                    String neededBy = "the step \"" + step.id() + "\" of " + file;
                    return new LocalizedStep(step.id(),
                            language.text(platform, flow, neededBy, problems, "steps", step.id(), "title"),
                            language.text(platform, flow, neededBy, problems, "steps", step.id(), "instruction"),
                            step.pages(), locators(step.when(), glossary), locators(step.targets(), glossary),
                            step.link(), step.done());
                }).toList();
                localized.put(key(guide.platform(), flow) + "/" + lang, new LocalizedGuide(guide.platform(), flow,
                        lang, guide.revision(), language.text(platform, flow, file, problems, "name"),
                        language.text(platform, flow, file, problems, "summary"), guide.formUrl(),
                        guide.earlierFormUrls() == null ? List.of() : guide.earlierFormUrls(), guide.sources(), steps));
            }
        }
        if (!problems.isEmpty()) {
            throw new GuideDataException(String.join("\n", problems.stream().distinct().toList()));
        }
        return localized;
    }

    private static List<Locator> locators(List<TermLocator> locators, Glossary glossary) {
        return locators == null ? null : locators.stream().map(glossary::locator).toList();
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

        void guide(Guide guide, String platform, String flow, Set<String> knownHosts, Glossary glossary) {
            List<String> problems = new ArrayList<>();
            if (!platform.equals(guide.platform())) {
                problems.add(at("/platform", "is \"" + guide.platform() + "\" but the file belongs to \"" + platform + "\""));
            }
            if (!flow.equals(guide.flow())) {
                problems.add(at("/flow", "is \"" + guide.flow() + "\" but the file is named \"" + flow + "\""));
            }
            Set<String> ids = new HashSet<>();
            for (int s = 0; s < guide.steps().size(); s++) {
                Step step = guide.steps().get(s);
                String field = "/steps/" + s;
                if (!ids.add(step.id())) {
                    problems.add(at(field + "/id", "\"" + step.id() + "\" is used by an earlier step"));
                }
                for (int p = 0; p < step.pages().size(); p++) {
                    Page page = step.pages().get(p);
                    if (!knownHosts.contains(page.host())) {
                        problems.add(at(field + "/pages/" + p + "/host", "\"" + page.host()
                                + "\" is no canonical host in platforms.json"));
                    }
                    regex(problems, field + "/pages/" + p + "/path", page.path());
                }
                locators(problems, field + "/targets", step.targets(), glossary);
                locators(problems, field + "/when", step.when(), glossary);
            }
            if (!problems.isEmpty()) {
                throw new GuideDataException(String.join("\n", problems));
            }
        }

        private void locators(List<String> problems, String field, List<TermLocator> locators, Glossary glossary) {
            if (locators == null) {
                return;
            }
            for (int l = 0; l < locators.size(); l++) {
                TermLocator locator = locators.get(l);
                regex(problems, field + "/" + l + "/href", locator.href());
                terms(problems, field + "/" + l + "/name", locator.name(), glossary);
                terms(problems, field + "/" + l + "/text", locator.text(), glossary);
            }
        }

        private void terms(List<String> problems, String field, List<String> terms, Glossary glossary) {
            if (terms == null) {
                return;
            }
            for (int t = 0; t < terms.size(); t++) {
                String termField = field + "/" + t;
                glossary.problem(terms.get(t)).ifPresent(problem -> problems.add(at(termField, problem)));
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
