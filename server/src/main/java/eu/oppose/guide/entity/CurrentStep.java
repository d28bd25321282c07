package eu.oppose.guide.entity;

import java.util.List;

/**
 * What {@code GET /api/v1/steps/current} answers. {@code candidates}, where present, are tried in order: the
 * first whose {@code when} finds an element applies; {@code step} applies when none does.
 */
public record CurrentStep(String platform, String flow, String lang, String revision, boolean matched, int index,
                          int total, String formUrl, LocalizedStep step, List<LocalizedStep> candidates) {
}
