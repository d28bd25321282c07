package eu.oppose.web.entity;

import java.util.List;

/**
 * The letter form as the template shows it, with what the person typed and every problem in place.
 *
 * @param action where the form posts, with the page's language so an answer with errors keeps it
 * @param parts  the form's fields, objects and row groups, in the field table's order
 * @param errors the error summary, in the order the server reported them
 */
public record LetterFormView(String action, List<FormPart> parts, List<ErrorLink> errors) {

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
