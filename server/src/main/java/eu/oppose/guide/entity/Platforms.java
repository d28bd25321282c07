package eu.oppose.guide.entity;

import java.util.List;

/**
 * {@code guides/platforms.json}: the languages Oppose claims, the one served where none of them fits, and the
 * platforms.
 */
public record Platforms(int schemaVersion, List<String> languages, String fallbackLanguage, List<Platform> platforms) {

    /** A platform, its canonical hosts and its flows in the order a person should do them. */
    public record Platform(String id, String name, List<Host> hosts, List<String> flows) {
    }

    /** A canonical host and a regular expression over the other host names serving the same pages. */
    public record Host(String host, String aliases) {
    }
}
