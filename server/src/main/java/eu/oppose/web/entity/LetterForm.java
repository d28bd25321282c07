package eu.oppose.web.entity;

import java.util.List;

/**
 * The letter form as the template shows it, with what the person typed and every problem in place.
 *
 * @param action        where the form posts, with the page's language so an answer with errors keeps it
 * @param accountsError a problem with the accounts as a whole (too many), or null
 * @param itemsError    a problem with the data items as a whole (none given, too many), or null
 * @param errors        the error summary, in the order the server reported them
 */
public record LetterForm(String action, Field language, List<Field> person, List<FieldRow> accounts, int maxAccounts,
                         String accountsError, List<FieldRow> items, int maxItems, String itemsError, Field grounds,
                         Field place, Field date, List<ErrorLink> errors) {

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public boolean hasAccountsError() {
        return accountsError != null;
    }

    public boolean hasItemsError() {
        return itemsError != null;
    }
}
