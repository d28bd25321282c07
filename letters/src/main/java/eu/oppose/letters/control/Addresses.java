package eu.oppose.letters.control;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The syntax of e-mail addresses, host names and web addresses, on top of the JDK: {@link IDN} turns a host in
 * any script into ASCII (and refuses what is no host name), {@link URI} reads the rest. Used by the letters'
 * validation and by the server's guide resolver, so both mean the same by "a web address".
 */
public final class Addresses {

    /** What RFC 3986 allows unescaped in a URI; anything else is percent-encoded before parsing. */
    private static final String URI_CHARS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    /** Scheme, authority (up to the first slash) and the rest, of an address with a query and fragment cut off. */
    private static final Pattern PARTS = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*)://([^/]*)(.*)", Pattern.DOTALL);
    private static final Pattern WEB_SCHEME = Pattern.compile("(?i)https?://");
    private static final int MAX_HOST = 253;
    private static final int MAX_LOCAL_PART = 64;
    private static final int MAX_PORT = 65535;

    private Addresses() {
    }

    /**
     * A web address reduced to what names the page.
     *
     * @param scheme {@code http} or {@code https}, lower case
     * @param host   lower case, in ASCII (international names as {@code xn--…}), without a trailing dot
     * @param port   -1 when none is given
     * @param path   decoded; empty when none is given
     */
    public record WebAddress(String scheme, String host, int port, String path) {
    }

    /** Why a text is not a usable web address. */
    public enum Refusal {
        /** Not http(s), or no scheme at all. */
        NOT_WEB,
        /** No host, a host that is no host name, user info before the host, or a port out of range. */
        NO_HOST,
        /** Something else a URI cannot be: {@link NotAWebAddress#getMessage()} says what. */
        MALFORMED
    }

    /** A text that is not a usable web address; the message (for {@link Refusal#MALFORMED}) quotes no input. */
    public static final class NotAWebAddress extends Exception {
        private final Refusal refusal;

        NotAWebAddress(Refusal refusal, String reason) {
            super(reason, null, false, false);
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    /**
     * Reads an address as a browser's address bar shows it. Query and fragment never count and are cut off
     * first; what browsers show unescaped but RFC 3986 forbids in the path ({@code |}, {@code ^}, a space,
     * non-ASCII …) is percent-encoded. A host in another script is turned into ASCII, so a look-alike of a
     * known host is a different host.
     */
    public static WebAddress webAddress(String text) throws NotAWebAddress {
        Matcher parts = PARTS.matcher(withoutQueryAndFragment(text.strip()));
        if (!parts.matches() || !WEB_SCHEME.matcher(parts.group(1) + "://").matches()) {
            throw new NotAWebAddress(Refusal.NOT_WEB, "not http(s)");
        }
        String scheme = parts.group(1).toLowerCase(Locale.ROOT);
        String authority = parts.group(2);
        if (authority.contains("@")) {
            throw new NotAWebAddress(Refusal.NO_HOST, "user info before the host");
        }
        int colon = authority.lastIndexOf(':');
        String host = colon < 0 ? authority : authority.substring(0, colon);
        String port = colon < 0 ? "" : authority.substring(colon);
        URI uri;
        try {
            uri = new URI(scheme + "://" + IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES) + port
                    + escapeIllegal(parts.group(3)));
        } catch (IllegalArgumentException notAHostName) {
            throw new NotAWebAddress(Refusal.NO_HOST, "no host name");
        } catch (URISyntaxException e) {
            throw new NotAWebAddress(Refusal.MALFORMED, e.getReason());
        }
        if (uri.getHost() == null || uri.getPort() > MAX_PORT) {
            throw new NotAWebAddress(Refusal.NO_HOST, "no usable host");
        }
        String ascii = uri.getHost().toLowerCase(Locale.ROOT);
        return new WebAddress(scheme, ascii.endsWith(".") ? ascii.substring(0, ascii.length() - 1) : ascii,
                uri.getPort(), uri.getPath() == null ? "" : uri.getPath());
    }

    /** Whether a text starts like a web address (then it has to be one). */
    public static boolean looksLikeWebAddress(String text) {
        return WEB_SCHEME.matcher(text).lookingAt();
    }

    /**
     * A web address worth naming in a letter: no blank anywhere (a pasted address has none), and a host that is
     * a domain name, not a number or a local name.
     */
    public static boolean isWebAddress(String text) {
        if (text.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            return isHostName(webAddress(text).host());
        } catch (NotAWebAddress e) {
            return false;
        }
    }

    /** An address as people type it: a local part without blanks or specials, {@code @}, a host name. */
    public static boolean isEmail(String address) {
        int at = address.lastIndexOf('@');
        if (at <= 0 || at > MAX_LOCAL_PART) {
            return false;
        }
        String local = address.substring(0, at);
        boolean localOk = !local.startsWith(".") && !local.endsWith(".") && !local.contains("..")
                && local.chars().noneMatch(c -> Character.isWhitespace(c) || "\"(),:;<>@[\\]".indexOf(c) >= 0);
        return localOk && isHostName(address.substring(at + 1));
    }

    /**
     * A domain name in any script: at least two labels, each a valid IDN label, and a top-level domain of letters
     * (at least two) or an international one ({@code xn--…}).
     */
    public static boolean isHostName(String host) {
        String ascii;
        try {
            ascii = IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES);
        } catch (IllegalArgumentException e) {
            return false;
        }
        String[] labels = ascii.split("\\.", -1);
        if (labels.length < 2 || ascii.length() > MAX_HOST) {
            return false;
        }
        for (String label : labels) {
            if (label.isEmpty()) {
                return false;
            }
        }
        String topLevel = labels[labels.length - 1].toLowerCase(Locale.ROOT);
        return topLevel.startsWith("xn--")
                || topLevel.length() >= 2 && topLevel.chars().allMatch(c -> c >= 'a' && c <= 'z');
    }

    private static String withoutQueryAndFragment(String address) {
        int end = 0;
        while (end < address.length() && address.charAt(end) != '?' && address.charAt(end) != '#') {
            end++;
        }
        return address.substring(0, end);
    }

    private static String escapeIllegal(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            boolean escape = b == '%' ? !(i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2]))
                    : b >= 0x80 || URI_CHARS.indexOf(b) < 0;
            if (escape) {
                escaped.append('%').append(HEX[b >> 4]).append(HEX[b & 0xf]);
            } else {
                escaped.append((char) b);
            }
        }
        return escaped.toString();
    }

    private static boolean isHex(byte b) {
        return Character.digit(b, 16) >= 0;
    }
}
