package eu.oppose.guide.entity;

import java.util.List;

/** A whole flow in one language: what {@code GET /api/v1/guides/{platform}/{flow}} answers. */
public record LocalizedGuide(String platform, String flow, String lang, String revision, String name, String summary,
                             String formUrl, List<String> earlierFormUrls, List<Source> sources,
                             List<LocalizedStep> steps) {
}
