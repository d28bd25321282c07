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
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
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
    private static final String URI_CHARS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

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
        URI uri;
        try {
            uri = new URI(escapeIllegal(withoutQueryAndFragment(url.strip())));
        } catch (URISyntaxException e) {
            throw invalid("The url is not a valid web address (" + e.getReason()
                    + "). Send it as the browser shows it, e.g. https://www.facebook.com/settings.");
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))) {
            throw invalid("The url must start with https:// (or http://), like https://www.instagram.com/.");
        }
        if (uri.getRawUserInfo() != null || uri.getHost() == null || uri.getPort() > 65535) {
            throw invalid("The url has no usable host. Send a page address such as https://www.facebook.com/.");
        }
        String hostName = uri.getHost().toLowerCase(Locale.ROOT);
        if (hostName.endsWith(".")) {
            hostName = hostName.substring(0, hostName.length() - 1);
        }
        HostRule rule = guides.hostRule(hostName).orElseThrow(() -> invalid(
                "The url is not a Facebook or Instagram page. Oppose guides you on facebook.com and instagram.com only."));
        return new PageAddress(rule.platform(), rule.host(), normalisePath(uri.getPath()));
    }

    /** Query and fragment never count, and browsers leave characters in them that a strict parser refuses. */
    private static String withoutQueryAndFragment(String url) {
        int end = 0;
        while (end < url.length() && url.charAt(end) != '?' && url.charAt(end) != '#') {
            end++;
        }
        return url.substring(0, end);
    }

    /**
     * Percent-encodes what browsers show unescaped but RFC 3986 forbids ({@code |}, {@code ^}, a lone {@code %},
     * non-ASCII …). In a host that makes the address unusable, as it should: look-alike hosts are refused.
     */
    static String escapeIllegal(String url) {
        StringBuilder escaped = new StringBuilder(url.length());
        byte[] bytes = url.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            boolean escape = b == '%' ? !(i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2]))
                    : b >= 0x80 || URI_CHARS.indexOf(b) < 0;
            if (escape) {
                escaped.append('%').append(HEX[b >> 4]).append(HEX[b & 0xf]);
            } else {
                escaped.append((char) b);
            }
        }
        return escaped.toString();
    }

    private static boolean isHex(byte b) {
        return Character.digit(b, 16) >= 0;
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
