package eu.oppose.http.entity;

import java.util.List;

/** The request's input is wrong; answered with 400 and every problem at once. Carries no input value. */
public class InvalidRequestException extends RuntimeException {

    private final transient List<InvalidParameter> parameters;

    public InvalidRequestException(List<InvalidParameter> parameters) {
        super(parameters.stream().map(InvalidParameter::reason).reduce((a, b) -> a + " " + b).orElse("Invalid input."),
                null, false, false);
        this.parameters = List.copyOf(parameters);
    }

    public InvalidRequestException(String name, String reason) {
        this(List.of(new InvalidParameter(name, reason)));
    }

    public List<InvalidParameter> parameters() {
        return parameters;
    }
}
