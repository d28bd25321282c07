package eu.oppose.letters.entity;

/**
 * @param service    {@code facebook} or {@code instagram}
 * @param identifier user name, profile URL or the account's e-mail address
 */
public record Account(String service, String identifier) {
}
