package eu.oppose.http.entity;

/** What was asked for does not exist (an unknown platform or flow); answered with 404. */
public class UnknownResourceException extends RuntimeException {

    private final String parameter;

    public UnknownResourceException(String parameter, String detail) {
        super(detail, null, false, false);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
