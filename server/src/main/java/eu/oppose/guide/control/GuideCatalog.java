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
    private final Map<String, TaggedGuide> tagged = new ConcurrentHashMap<>();

    @Inject
    public GuideCatalog(Guides guides) {
        this.guides = guides;
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
        return tagged.computeIfAbsent(platform + '/' + flow + '/' + lang, key -> tag(guide.in(lang)));
    }

    private static FlowEntry flowEntry(Guide guide, String lang) {
        return new FlowEntry(guide.flow(), guide.name().get(lang), guide.formUrl(), guide.revision(), guide.steps().size());
    }

    private static TaggedGuide tag(LocalizedGuide guide) {
        byte[] json = JsonForms.bytes(guide);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json);
            return new TaggedGuide(guide, json, HexFormat.of().formatHex(digest, 0, 12));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
