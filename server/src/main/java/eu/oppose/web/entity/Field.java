package eu.oppose.web.entity;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One control of the letter form as the template shows it: its label, hint, what the person typed and the
 * problem with it, tied together for assistive technology by ids derived from the field's name.
 *
 * @param control  what to render: a one-line input, a text area, a choice, or a hidden value (a choice of one)
 * @param type     the input's type ({@code text}, {@code email}, {@code date}); ignored for other controls
 * @param rows     a text area's height in lines
 * @param required whether the browser may refuse it empty
 * @param marker   "required" or "optional" after the label, or null for neither
 * @param error    the problem with what was typed, or null
 * @param guidance questions and examples shown before it, or null
 */
public record Field(String name, String id, String label, String hint, Control control, String type, int rows,
                    boolean required, String marker, String autocomplete, String value, List<Option> options,
                    String error, Guidance guidance) {

    public enum Control { INPUT, TEXTAREA, SELECT, HIDDEN }

    /** One choice of a select; the template marks the chosen one. */
    public record Option(String value, String label, boolean selected) {
    }

    /** Questions that help to fill a field in, and examples in a disclosure. */
    public record Guidance(String questions, List<String> questionList, String examples, List<String> exampleList) {
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

    public boolean hidden() {
        return control == Control.HIDDEN;
    }

    public boolean hasHint() {
        return hint != null;
    }

    public boolean hasMarker() {
        return marker != null;
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

    public String describedBy() {
        return describedBy(id, hasHint(), hasError());
    }

    /** The hint first, then the error: read out after the label (or legend) in the order they are shown. */
    static String describedBy(String id, boolean hint, boolean error) {
        return Stream.of(hint ? id + "-hint" : null, error ? id + "-error" : null)
                .filter(Objects::nonNull).collect(Collectors.joining(" "));
    }
}
