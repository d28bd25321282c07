package eu.oppose.guide.entity;

/**
 * A page of a platform reduced to what decides the step: the platform, the canonical host and the
 * normalised path. Query, fragment, port and user info never get this far.
 */
public record PageAddress(String platform, String host, String path) {
}
