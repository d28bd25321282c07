package eu.oppose.guide.control;

import eu.oppose.guide.control.Guides.CompiledStep;
import eu.oppose.guide.control.Guides.HostRule;
import eu.oppose.guide.entity.CurrentStep;
import eu.oppose.guide.entity.Guide;
import eu.oppose.guide.entity.LocalizedGuide;
import eu.oppose.guide.entity.LocalizedStep;
import eu.oppose.guide.entity.PageAddress;
import eu.oppose.http.entity.InvalidRequestException;
import eu.oppose.http.entity.UnknownResourceException;
import eu.oppose.letters.control.Addresses;
import eu.oppose.letters.control.Addresses.NotAWebAddress;
import eu.oppose.letters.control.Addresses.WebAddress;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Answers "which step is this page?": reduces an address to platform, canonical host and path, then finds the
 * furthest step of the flow whose pages match. The extension's offline copy does the same
 * ({@code guides/cases/resolution.json} holds both to it).
 */
@Singleton
public class StepResolver {

    public static final int MAX_URL_LENGTH = 2048;
    public static final String DEFAULT_FLOW = "own-data";
    private static final String URL = "url";

    private final Guides guides;
    private final JsonBytes json;
    /** Answers depend only on the flow, language and matching steps, so each is built and serialised once. */
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();

    /** An answer and its JSON form. */
    public record Answer(CurrentStep current, byte[] json) {
    }

    @Inject
    public StepResolver(Guides guides, JsonBytes json) {
        this.guides = guides;
        this.json = json;
    }

    /**
     * @param url      the page's address (query and fragment are ignored)
     * @param platform the guided session's platform, or null for the platform of the address
     * @param flow     the flow, or null for {@value #DEFAULT_FLOW}
     * @param lang     a supported language
     */
    public Answer resolve(String url, String platform, String flow, String lang) {
        PageAddress address = address(url);
        String platformId = platform == null || platform.isBlank() ? address.platform() : platform;
        String flowId = flow == null || flow.isBlank() ? DEFAULT_FLOW : flow;
        if (guides.platform(platformId).isEmpty()) {
            throw new UnknownResourceException("platform", "There is no platform \"" + platformId
                    + "\". Use one of " + guides.platforms().stream().map(p -> p.id()).toList() + ".");
        }
        Guide guide = guides.guide(platformId, flowId).orElseThrow(() -> new UnknownResourceException("flow",
                "The platform \"" + platformId + "\" has no flow \"" + flowId + "\". Use one of "
                        + guides.platform(platformId).orElseThrow().flows() + "."));

        List<CompiledStep> matching = guides.compiledSteps(platformId, flowId).reversed().stream()
                .filter(step -> step.appliesTo(address.host(), address.path()))
                .toList();
        List<CompiledStep> candidates = new ArrayList<>();
        for (CompiledStep step : matching) {
            candidates.add(step);
            if (!step.step().conditional()) {
                break;
            }
        }
        String key = platformId + '|' + flowId + '|' + lang + '|'
                + candidates.stream().map(step -> String.valueOf(step.index())).collect(Collectors.joining(","));
        Answer known = answers.get(key);
        return known != null ? known : answers.computeIfAbsent(key, k -> {
            CurrentStep answer = answer(guides.localized(guide, lang), candidates);
            return new Answer(answer, json.of(answer));
        });
    }

    private static CurrentStep answer(LocalizedGuide guide, List<CompiledStep> candidates) {
        boolean matched = !candidates.isEmpty();
        int index = matched ? candidates.getLast().index() : 0;
        LocalizedStep step = guide.steps().get(index);
        List<LocalizedStep> ordered = candidates.size() > 1
                ? candidates.stream().map(candidate -> guide.steps().get(candidate.index())).toList()
                : null;
        return new CurrentStep(guide.platform(), guide.flow(), guide.lang(), guide.revision(), matched, index,
                guide.steps().size(), guide.formUrl(), step, ordered);
    }

    /** The page reduced to what decides the step; every way an address can be unusable is a 400 on {@code url}. */
    private PageAddress address(String url) {
        if (url == null || url.isBlank()) {
            throw invalid("The url parameter is required: send the address of the Facebook or Instagram page, e.g. https://www.instagram.com/.");
        }
        if (url.length() > MAX_URL_LENGTH) {
            throw invalid("The url is longer than " + MAX_URL_LENGTH + " characters. Send only the page's scheme, host and path.");
        }
        WebAddress address;
        try {
            address = Addresses.webAddress(url);
        } catch (NotAWebAddress e) {
            throw invalid(switch (e.refusal()) {
                case NOT_WEB -> "The url must start with https:// (or http://), like https://www.instagram.com/.";
                case NO_HOST -> "The url has no usable host. Send a page address such as https://www.facebook.com/.";
                case MALFORMED -> "The url is not a valid web address (" + e.getMessage()
                        + "). Send it as the browser shows it, e.g. https://www.facebook.com/settings.";
            });
        }
        HostRule rule = guides.hostRule(address.host()).orElseThrow(() -> invalid(
                "The url is not a Facebook or Instagram page. Oppose guides you on facebook.com and instagram.com only."));
        return new PageAddress(rule.platform(), rule.host(), normalisePath(address.path()));
    }

    /** Lower case, no repeated slashes, no trailing slash except the root's. */
    static String normalisePath(String path) {
        String normalised = (path == null || path.isEmpty() ? "/" : path).toLowerCase(Locale.ROOT).replaceAll("/{2,}", "/");
        return normalised.length() > 1 && normalised.endsWith("/")
                ? normalised.substring(0, normalised.length() - 1)
                : normalised;
    }

    private static InvalidRequestException invalid(String reason) {
        return new InvalidRequestException(URL, reason);
    }
}
