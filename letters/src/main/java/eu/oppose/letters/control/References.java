package eu.oppose.letters.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * Reference numbers such as {@code OPP-7KQ2-M9XD}: 40 bits of a SHA-256 of the letter's content, so the same
 * letter always gets the same number and nothing has to be stored. Crockford's base 32 leaves out I, L, O and U,
 * which are easy to misread when the number is typed back.
 */
final class References {
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private References() {
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
