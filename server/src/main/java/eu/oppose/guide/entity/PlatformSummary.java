package eu.oppose.guide.entity;

import java.util.List;

/** What {@code GET /api/v1/platforms} answers. */
public record PlatformSummary(List<String> languages, List<PlatformEntry> platforms) {

    public record PlatformEntry(String id, String name, List<String> hosts, List<FlowEntry> flows) {
    }

    public record FlowEntry(String id, String name, String formUrl, String revision, int steps) {
    }
}
