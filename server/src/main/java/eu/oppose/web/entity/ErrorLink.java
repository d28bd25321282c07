package eu.oppose.web.entity;

/** An entry of the error summary: the message and the id of the control it links to. */
public record ErrorLink(String target, String message) {
}
