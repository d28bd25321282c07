package eu.oppose.web.entity;

import java.util.List;

/** The fields of one object of the letter, such as the person's, under a legend. */
public record FieldSet(String legend, List<Field> fields) {
}
