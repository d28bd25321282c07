package eu.oppose.guide.entity;

import java.util.List;

/**
 * One flow on one platform, as stored in {@code guides/<platform>/<flow>.json}: pages, locators and sources. Its
 * texts are in {@code guides/texts/<lang>.json}, the words its locators look for in {@code guides/words/<lang>.json}.
 */
public record Guide(int schemaVersion, String platform, String flow, String revision, String formUrl,
                    List<String> earlierFormUrls, List<Source> sources, List<Step> steps) {
}
