package eu.oppose.guide.entity;

import java.util.List;
import java.util.Map;

/** One flow on one platform, as stored in {@code guides/<platform>/<flow>.json}. */
public record Guide(int schemaVersion, String platform, String flow, String revision, Map<String, String> name,
                    Map<String, String> summary, String formUrl, List<String> earlierFormUrls, List<Source> sources,
                    List<Step> steps) {

    public LocalizedGuide in(String lang) {
        return new LocalizedGuide(platform, flow, lang, revision, name.get(lang),
                summary == null ? null : summary.get(lang), formUrl, earlierFormUrls == null ? List.of() : earlierFormUrls,
                sources, steps.stream().map(step -> step.in(lang)).toList());
    }
}
