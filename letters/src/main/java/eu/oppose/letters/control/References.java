package eu.oppose.letters.control;

import eu.oppose.letters.control.Letter.Choice;
import eu.oppose.letters.control.Letter.Day;
import eu.oppose.letters.control.Letter.Text;
import eu.oppose.letters.control.Letter.Value;
import eu.oppose.letters.entity.FieldTable;
import eu.oppose.letters.entity.FieldTable.ChoiceSource;
import eu.oppose.letters.entity.FieldTable.Field;
import eu.oppose.letters.entity.FieldTable.RowGroup;
import eu.oppose.letters.entity.FieldTable.ValueType;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reference numbers such as {@code OPP-7KQ2-M9XD}: 40 bits of a SHA-256 of the letter's content, so the same
 * letter always gets the same number and nothing has to be stored. Crockford's base 32 leaves out I, L, O and U,
 * which are easy to misread when the number is typed back.
 */
final class References {
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private References() {
    }

    /**
     * The number of a letter's content: everything but the language, so translations share it. An empty date counts
     * as "null" and an empty text as "", as they always have, so a letter keeps its number.
     */
    static String of(FieldTable table, String kind, Map<String, Value> values, Map<String, List<Map<String, Value>>> rows,
                     LocalDate letterDate) {
        List<String> parts = new ArrayList<>(List.of(kind));
        table.topLevelFields()
                .filter(field -> field.choices() != ChoiceSource.KINDS && field.choices() != ChoiceSource.LANGUAGES)
                .forEach(field -> parts.add(part(field, values.get(field.path()), letterDate)));
        table.parts().stream().filter(part -> part instanceof RowGroup).map(RowGroup.class::cast)
                .filter(group -> rows.containsKey(group.path()))
                .forEach(group -> rows.get(group.path()).forEach(row -> group.fields()
                        .forEach(field -> parts.add(part(field, row.get(field.key()), letterDate)))));
        return derive(parts);
    }

    private static String part(Field field, Value value, LocalDate letterDate) {
        if (value == null) {
            return field.type() != ValueType.DATE ? "" : field.today() ? letterDate.toString() : "null";
        }
        return switch (value) {
            case Text text -> text.text();
            case Day day -> day.date().toString();
            case Choice choice -> choice.id();
        };
    }

    /** Each part is length-prefixed, so moving text from one part to the next changes the number. */
    static String derive(List<String> parts) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
        for (String part : parts) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            sha256.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
            sha256.update(bytes);
        }
        byte[] hash = sha256.digest();
        long bits = 0;
        for (int i = 0; i < 5; i++) {
            bits = bits << 8 | hash[i] & 0xFF;
        }
        StringBuilder reference = new StringBuilder("OPP-");
        for (int i = 7; i >= 0; i--) {
            reference.append(ALPHABET[(int) (bits >>> (5 * i)) & 31]);
            if (i == 4) {
                reference.append('-');
            }
        }
        return reference.toString();
    }
}
