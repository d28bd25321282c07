package eu.oppose.web.entity;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One control of the letter form as the template shows it: its label, hint, what the person typed and the
 * problem with it, tied together for assistive technology by ids derived from the field's name.
 *
 * @param control what to render: a one-line input, a text area or a choice
 * @param type    the input's type ({@code text}, {@code email}, {@code date}); ignored for other controls
 * @param rows    a text area's height in lines
 * @param error   the problem with what was typed, or null
 */
public record Field(String name, String id, String label, String hint, Control control, String type, int rows,
                    boolean required, String autocomplete, String value, List<Option> options, String error) {

    public enum Control { INPUT, TEXTAREA, SELECT }

    /** One choice of a select; the template marks the chosen one. */
    public record Option(String value, String label, boolean selected) {
    }

    public boolean input() {
        return control == Control.INPUT;
    }

    public boolean textarea() {
        return control == Control.TEXTAREA;
    }

    public boolean select() {
        return control == Control.SELECT;
    }

    public boolean hasHint() {
        return hint != null;
    }

    public boolean hasError() {
        return error != null;
    }

    public boolean hasAutocomplete() {
        return autocomplete != null;
    }

    public boolean hasDescription() {
        return hasHint() || hasError();
    }

    /** The hint first, then the error: read out after the label in the order they are shown. */
    public String describedBy() {
        return Stream.of(hasHint() ? id + "-hint" : null, hasError() ? id + "-error" : null)
                .filter(Objects::nonNull).collect(Collectors.joining(" "));
    }
}
