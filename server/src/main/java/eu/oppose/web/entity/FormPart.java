package eu.oppose.web.entity;

/** One part of the letter form, in the field table's order: exactly one of the three is set. */
public record FormPart(Field field, FieldSet fieldSet, RowSet rowSet) {
}
