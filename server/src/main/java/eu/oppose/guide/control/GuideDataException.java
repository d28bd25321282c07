package eu.oppose.guide.control;

/** The guide data is broken. Stops start-up; the message names the file, the step and the field. */
public class GuideDataException extends RuntimeException {

    public GuideDataException(String message) {
        super(message);
    }
}
