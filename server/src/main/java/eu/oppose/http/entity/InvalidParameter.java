package eu.oppose.http.entity;

/** One input at fault: its name as the client sent it, and what is wrong with it and how to fix it. */
public record InvalidParameter(String name, String reason) {
}
