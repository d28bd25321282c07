package eu.oppose.guide.control;

import eu.oppose.guide.entity.Guide;
import eu.oppose.guide.entity.LocalizedGuide;
import eu.oppose.guide.entity.PlatformSummary;
import eu.oppose.guide.entity.PlatformSummary.FlowEntry;
import eu.oppose.guide.entity.PlatformSummary.PlatformEntry;
import eu.oppose.guide.entity.Platforms;
import eu.oppose.http.entity.UnknownResourceException;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The guides as clients read them: per language, each whole flow with a tag that changes when its content does. */
@Singleton
public class GuideCatalog {

    /** A flow in one language, its JSON form and its entity tag (a hash of that form). */
    public record TaggedGuide(LocalizedGuide guide, byte[] json, String etag) {
    }

    private final Guides guides;
    private final JsonBytes json;
    private final Map<String, TaggedGuide> tagged = new ConcurrentHashMap<>();

    @Inject
    public GuideCatalog(Guides guides, JsonBytes json) {
        this.guides = guides;
        this.json = json;
    }

    public PlatformSummary platforms(String lang) {
        return new PlatformSummary(guides.languages(), guides.platforms().stream()
                .map(platform -> new PlatformEntry(platform.id(), platform.name(),
                        platform.hosts().stream().map(Platforms.Host::host).toList(),
                        platform.flows().stream().map(flow -> flowEntry(guides.guide(platform.id(), flow).orElseThrow(), lang)).toList()))
                .toList());
    }

    public TaggedGuide guide(String platform, String flow, String lang) {
        Guide guide = guides.guide(platform, flow).orElseThrow(() -> new UnknownResourceException(
                guides.platform(platform).isPresent() ? "flow" : "platform",
                "There is no guide for platform \"" + platform + "\" and flow \"" + flow + "\". See /api/v1/platforms."));
        return tagged.computeIfAbsent(platform + '/' + flow + '/' + lang, key -> tag(guides.localized(guide, lang)));
    }

    private FlowEntry flowEntry(Guide guide, String lang) {
        return new FlowEntry(guide.flow(), guides.localized(guide, lang).name(), guide.formUrl(), guide.revision(),
                guide.steps().size());
    }

    /** The tag hashes the answer itself, so a change of a text or a word changes it as much as a change of a step. */
    private TaggedGuide tag(LocalizedGuide guide) {
        byte[] bytes = json.of(guide);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return new TaggedGuide(guide, bytes, HexFormat.of().formatHex(digest, 0, 12));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
