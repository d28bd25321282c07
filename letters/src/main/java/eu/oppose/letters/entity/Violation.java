package eu.oppose.letters.entity;

/**
 * One problem with a letter request.
 *
 * @param field   JSON path of the offending input as in the request body, e.g. {@code person.email} or
 *                {@code items[2].location}; empty for the request as a whole
 * @param message what is wrong and how to fix it, in the request's language when supported, else English
 */
public record Violation(String field, String message) {
}
