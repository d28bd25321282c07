package eu.oppose.guide.entity;

/** A page a step applies to: a canonical host and a regular expression over the whole normalised path. */
public record Page(String host, String path) {
}
