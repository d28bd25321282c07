package eu.oppose.web.entity;

import java.util.List;

/**
 * A group of rows of the letter form (accounts, data items), with what the page's script needs to add one:
 * the template of a new row, whose names and ids hold {@code {row}} for its index, and the most rows allowed.
 *
 * @param name   the group's JSON path, e.g. {@code items}: problems with the group as a whole name it
 * @param marker "optional" after the legend when the letter needs no row, else null
 * @param error  a problem with the rows as a whole (none given, too many), or null
 * @param newRow the template of a row the script adds
 */
public record RowSet(String name, String id, String legend, String marker, String hint, String error, int max,
                     String add, List<FieldRow> rows, FieldRow newRow) {

    public boolean hasMarker() {
        return marker != null;
    }

    public boolean hasHint() {
        return hint != null;
    }

    public boolean hasError() {
        return error != null;
    }

    public boolean hasDescription() {
        return hasHint() || hasError();
    }

    public String describedBy() {
        return Field.describedBy(id, hasHint(), hasError());
    }
}
