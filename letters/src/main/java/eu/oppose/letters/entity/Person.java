package eu.oppose.letters.entity;

/**
 * @param name    full name
 * @param address postal address for the answer, one line per address line ({@code \n}-separated)
 * @param email   e-mail address for the answer
 */
public record Person(String name, String address, String email) {
}
