package eu.oppose.web.entity;

import java.util.List;

/** One account or data item of the letter form: its fields under a numbered legend (counting from 1). */
public record FieldRow(int number, List<Field> fields) {
}
