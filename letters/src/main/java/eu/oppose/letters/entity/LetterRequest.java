package eu.oppose.letters.entity;

import java.util.List;

/**
 * A letter as asked for, every value a raw string exactly as received from JSON or an HTML form.
 * The component names are the JSON field names. Nothing is trusted until {@code Letters.validate} says so.
 *
 * @param kind     {@code third-party-data} or {@code own-data}
 * @param language {@code en}, {@code fr} or {@code de}
 * @param person   who objects
 * @param accounts the person's accounts on Meta's services
 * @param items    the data concerned: required for third-party data, optional for one's own
 * @param grounds  the person's own reasons relating to their particular situation (Art. 21(1) GDPR)
 * @param place    where the letter is signed
 * @param date     ISO date {@code yyyy-MM-dd}; today when absent
 */
public record LetterRequest(String kind, String language, Person person, List<Account> accounts,
                            List<DataItem> items, String grounds, String place, String date) {
}
