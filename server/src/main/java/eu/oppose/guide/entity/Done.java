package eu.oppose.guide.entity;

/** How to tell a step is done: {@code click}, {@code next-step} or {@code final}. */
public record Done(String on) {
}
