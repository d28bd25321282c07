package eu.oppose.letters.control;

import eu.oppose.letters.entity.Violation;

import java.util.List;

/** A letter request with problems; {@link #violations()} lists all of them, each with its field. */
public final class InvalidLetterException extends RuntimeException {
    private final transient List<Violation> violations;

    public InvalidLetterException(List<Violation> violations) {
        // The message names the fields only: it may reach a log, and no value the person typed may.
        super("Invalid letter request: " + violations.stream().map(Violation::field).distinct().toList());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
