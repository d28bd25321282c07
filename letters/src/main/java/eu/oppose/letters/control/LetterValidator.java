package eu.oppose.letters.control;

import eu.oppose.letters.entity.Account;
import eu.oppose.letters.entity.DataItem;
import eu.oppose.letters.entity.LetterRequest;
import eu.oppose.letters.entity.Person;
import eu.oppose.letters.entity.Violation;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SequencedMap;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a raw {@link LetterRequest} into a {@link Letter}, or into the list of everything wrong with it. It checks
 * every field whatever the others hold, so the person can fix all problems at once; no value can make it throw.
 */
final class LetterValidator {
    private static final int MAX_NAME = 100;
    private static final int MAX_ADDRESS = 300;
    /** A window envelope shows about seven lines of sender and the post needs no more. */
    private static final int MAX_ADDRESS_LINES = 6;
    /** RFC 5321's limit for a forward path. */
    private static final int MAX_EMAIL = 254;
    private static final int MAX_ACCOUNTS = Letters.MAX_ACCOUNTS;
    private static final int MAX_IDENTIFIER = 254;
    private static final int MAX_ITEMS = Letters.MAX_ITEMS;
    /** Long enough for a tracking-laden URL from a browser's address bar. */
    private static final int MAX_LOCATION = 2000;
    private static final int MAX_DESCRIPTION = 1000;
    private static final int MAX_PROMPT = 1000;
    private static final int MAX_ITEM_LINES = 20;
    private static final int MIN_GROUNDS = 20;
    private static final int MAX_GROUNDS = 4000;
    private static final int MAX_GROUNDS_LINES = 100;
    private static final int MAX_PLACE = 60;
    /** Codes and dates are short; a longer value is reported as too long rather than echoed into a message. */
    private static final int MAX_CODE = 40;
    /** No letter about Meta's AI training predates its announcement year. */
    private static final LocalDate EARLIEST_LETTER = LocalDate.of(2025, 1, 1);
    /** Meta AI's first answers. */
    private static final LocalDate EARLIEST_ANSWER = LocalDate.of(2023, 1, 1);
    /** A letter may be prepared a little ahead of the day it is posted. */
    private static final int MAX_DAYS_AHEAD = 31;
    private static final int MAX_CHARACTERS_NAMED = 5;

    private static final Rule NAME = Rule.oneLine(MAX_NAME);
    private static final Rule ADDRESS = new Rule(true, MAX_ADDRESS, MAX_ADDRESS_LINES, 0, false);
    private static final Rule EMAIL = Rule.oneLine(MAX_EMAIL);
    private static final Rule IDENTIFIER = Rule.oneLine(MAX_IDENTIFIER);
    private static final Rule LOCATION = Rule.oneLine(MAX_LOCATION);
    private static final Rule DESCRIPTION = new Rule(true, MAX_DESCRIPTION, MAX_ITEM_LINES, 0, true);
    private static final Rule PROMPT = new Rule(false, MAX_PROMPT, MAX_ITEM_LINES, 0, true);
    private static final Rule GROUNDS = new Rule(true, MAX_GROUNDS, MAX_GROUNDS_LINES, MIN_GROUNDS, true);
    private static final Rule PLACE = Rule.oneLine(MAX_PLACE);
    private static final Rule CODE = Rule.oneLine(MAX_CODE);
    private static final Rule OPTIONAL_DATE = new Rule(false, MAX_CODE, 1, 0, false);

    private static final SequencedMap<String, LetterKind> KINDS = byCode(LetterKind.values(), kind -> kind.id);
    private static final SequencedMap<String, MetaService> SERVICES =
            byCode(MetaService.values(), service -> service.id);
    private static final Pattern INDEXED = Pattern.compile("(\\w+)\\[(\\d+)](?:\\.(\\w+))?");
    private static final Pattern SCHEME = Pattern.compile("(?i)https?://");
    private static final Pattern PORT = Pattern.compile("[0-9]{1,5}");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final Templates templates;
    private final Fonts fonts;
    private final Clock clock;

    LetterValidator(Templates templates, Fonts fonts, Clock clock) {
        this.templates = templates;
        this.fonts = fonts;
        this.clock = clock;
    }

    /** Either {@code letter} is set and {@code violations} empty, or the other way round. */
    record Outcome(Letter letter, List<Violation> violations) {
    }

    Outcome check(LetterRequest request) {
        Check check = new Check();
        if (request == null) {
            check.problem("", "required", Map.of());
            return check.outcome(templates.fallback(), null);
        }
        Language language = check.oneOf("language", request.language(), templates.languages());
        LetterKind kind = check.oneOf("kind", request.kind(), KINDS);
        Letter.Sender sender = check.person(request.person());
        List<Letter.AccountOnService> accounts = check.entries("accounts", request.accounts(),
                kind == null ? 0 : kind.minAccounts, MAX_ACCOUNTS, "no-accounts", check::account);
        LocalDate today = LocalDate.now(clock);
        LocalDate date = check.date("date", request.date(), EARLIEST_LETTER, today.plusDays(MAX_DAYS_AHEAD));
        LocalDate letterDate = date == null ? today : date;
        List<Letter.Item> items = check.entries("items", request.items(), kind == null ? 0 : kind.minItems,
                MAX_ITEMS, "no-items", (field, item) -> check.item(field, item, letterDate));
        String grounds = check.text("grounds", request.grounds(), GROUNDS);
        String place = check.text("place", request.place(), PLACE);
        Language replyLanguage = language == null ? templates.fallback() : language;
        if (!check.problems.isEmpty()) {
            return check.outcome(replyLanguage, null);
        }
        String reference = References.derive(contentOf(kind, sender, accounts, items, grounds, place, letterDate));
        return check.outcome(replyLanguage,
                new Letter(kind, language, sender, accounts, items, grounds, place, letterDate, reference));
    }

    private static <T> SequencedMap<String, T> byCode(T[] values, Function<T, String> code) {
        SequencedMap<String, T> byCode = new LinkedHashMap<>();
        for (T value : values) {
            byCode.put(code.apply(value), value);
        }
        return Collections.unmodifiableSequencedMap(byCode);
    }

    /** What the reference number is derived from: everything but the language, so translations share it. */
    private static List<String> contentOf(LetterKind kind, Letter.Sender sender, List<Letter.AccountOnService> accounts,
                                          List<Letter.Item> items, String grounds, String place, LocalDate date) {
        List<String> parts = new ArrayList<>(List.of(kind.id, sender.name(), String.join("\n", sender.addressLines()),
                sender.email(), grounds, place, date.toString()));
        accounts.forEach(account -> parts.addAll(List.of(account.service().id, account.identifier())));
        items.forEach(item -> parts.addAll(List.of(item.location(), item.description(), item.prompt(),
                String.valueOf(item.shownOn()))));
        return parts;
    }

    /**
     * How a text field is checked.
     *
     * @param maxLines  1 for a one-line field
     * @param minLength 0 for none; only the grounds have one
     * @param asTyped   keep surrounding blanks: the person's own prose
     */
    private record Rule(boolean required, int maxLength, int maxLines, int minLength, boolean asTyped) {
        static Rule oneLine(int maxLength) {
            return new Rule(true, maxLength, 1, 0, false);
        }
    }

    private record Problem(String field, String key, Map<String, String> values) {
    }

    /** The problems of one request, collected language-neutral and put into words at the end. */
    private final class Check {
        final List<Problem> problems = new ArrayList<>();

        void problem(String field, String key, Map<String, String> values) {
            problems.add(new Problem(field, key, values));
        }

        Outcome outcome(Language language, Letter letter) {
            List<Violation> violations = problems.stream()
                    .map(problem -> new Violation(problem.field(), message(language.messages(), problem)))
                    .toList();
            return new Outcome(letter, violations);
        }

        private static String message(Messages messages, Problem problem) {
            Map<String, String> values = new HashMap<>(problem.values());
            values.put("field", label(messages, problem.field()));
            return messages.get(problem.key(), values);
        }

        /** {@code items[2].location} reads "Data item 3, where it appears". */
        private static String label(Messages messages, String field) {
            if (field.isEmpty()) {
                return messages.get("field.request");
            }
            Matcher indexed = INDEXED.matcher(field);
            if (indexed.matches()) {
                String part = indexed.group(3) == null ? "entry" : indexed.group(3);
                String number = String.valueOf(Integer.parseInt(indexed.group(2)) + 1);
                return messages.get("field." + indexed.group(1) + "." + part, Map.of("number", number));
            }
            return messages.get("field." + field);
        }

        /** A code from a fixed list, in any case: a language, a letter kind, a service. */
        <T> T oneOf(String field, String raw, SequencedMap<String, T> byCode) {
            String code = text(field, raw, CODE);
            if (code == null) {
                return null;
            }
            T found = byCode.get(code.toLowerCase(Locale.ROOT));
            if (found == null) {
                problem(field, "choose-one", Map.of("choices", String.join(", ", byCode.keySet())));
            }
            return found;
        }

        Letter.Sender person(Person person) {
            if (person == null) {
                problem("person", "required", Map.of());
                return null;
            }
            String name = text("person.name", person.name(), NAME);
            String address = text("person.address", person.address(), ADDRESS);
            String email = text("person.email", person.email(), EMAIL);
            if (email != null && !isEmail(email)) {
                problem("person.email", "email", Map.of());
            }
            return new Letter.Sender(name, address == null ? List.of() : address.lines().toList(), email);
        }

        /**
         * Checks each entry of a list, naming an empty one by its index; a list longer than {@code max} is reported
         * once, without looking at its entries.
         */
        <T, R> List<R> entries(String field, List<T> list, int min, int max, String tooFewKey,
                               BiFunction<String, T, R> check) {
            List<T> given = list == null ? List.of() : list;
            if (given.size() > max) {
                problem(field, "too-many", Map.of("count", String.valueOf(given.size()), "max", String.valueOf(max)));
                return List.of();
            }
            if (given.size() < min) {
                problem(field, tooFewKey, Map.of());
            }
            List<R> checked = new ArrayList<>();
            for (int i = 0; i < given.size(); i++) {
                String entry = field + "[" + i + "]";
                if (given.get(i) == null) {
                    problem(entry, "empty-entry", Map.of());
                } else {
                    checked.add(check.apply(entry, given.get(i)));
                }
            }
            return List.copyOf(checked);
        }

        Letter.AccountOnService account(String field, Account account) {
            return new Letter.AccountOnService(
                    oneOf(field + ".service", account.service(), SERVICES),
                    text(field + ".identifier", account.identifier(), IDENTIFIER));
        }

        Letter.Item item(String field, DataItem item, LocalDate letterDate) {
            String location = text(field + ".location", item.location(), LOCATION);
            if (location != null && SCHEME.matcher(location).lookingAt() && !isWebAddress(location)) {
                problem(field + ".location", "url", Map.of());
            }
            return new Letter.Item(location,
                    text(field + ".description", item.description(), DESCRIPTION),
                    text(field + ".prompt", item.prompt(), PROMPT),
                    date(field + ".shownOn", item.shownOn(), EARLIEST_ANSWER, letterDate));
        }

        /** @return the date, or null when absent or wrong (then reported) */
        LocalDate date(String field, String raw, LocalDate min, LocalDate max) {
            String text = text(field, raw, OPTIONAL_DATE);
            if (text == null || text.isEmpty()) {
                return null;
            }
            LocalDate date;
            try {
                // Only yyyy-MM-dd, as the API documents; also several times faster than LocalDate.parse.
                if (!ISO_DATE.matcher(text).matches()) {
                    throw new DateTimeException(text);
                }
                date = LocalDate.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(5, 7)),
                        Integer.parseInt(text.substring(8)));
            } catch (DateTimeException e) {
                problem(field, "date", Map.of());
                return null;
            }
            if (date.isBefore(min) || date.isAfter(max)) {
                problem(field, "date-range", Map.of("min", min.toString(), "max", max.toString()));
                return null;
            }
            return date;
        }

        /**
         * @return the checked text with {@code \n} line ends; empty when an optional field is absent; null when
         * a required field is absent or the text is wrong (then reported)
         */
        String text(String field, String raw, Rule rule) {
            if (raw == null || raw.isBlank()) {
                if (rule.required()) {
                    problem(field, "required", Map.of());
                    return null;
                }
                return "";
            }
            String text = raw.replace("\r\n", "\n").replace('\r', '\n');
            if (!rule.asTyped()) {
                text = text.strip();
            }
            int length = text.codePointCount(0, text.length());
            if (length > rule.maxLength()) {
                problem(field, "too-long",
                        Map.of("length", String.valueOf(length), "max", String.valueOf(rule.maxLength())));
                return null;
            }
            if (!printable(field, text, rule.maxLines() > 1)) {
                return null;
            }
            long lines = text.lines().count();
            if (lines > rule.maxLines()) {
                problem(field, "too-many-lines",
                        Map.of("lines", String.valueOf(lines), "max", String.valueOf(rule.maxLines())));
                return null;
            }
            if (text.strip().codePointCount(0, text.strip().length()) < rule.minLength()) {
                problem(field, "grounds-too-short", Map.of("min", String.valueOf(rule.minLength())));
                return null;
            }
            return text;
        }

        /**
         * Whether every character can be printed; otherwise reports the first kind of trouble found, naming up to
         * five of the characters concerned so the person can find them.
         */
        private boolean printable(String field, String text, boolean multiLine) {
            String trouble = null;
            Set<String> named = new LinkedHashSet<>();
            for (int i = 0; i < text.length(); ) {
                int codePoint = text.codePointAt(i);
                i += Character.charCount(codePoint);
                String kind = trouble(codePoint, multiLine);
                if (kind == null || trouble != null && !trouble.equals(kind)) {
                    continue;
                }
                trouble = kind;
                if (kind.equals("one-line") || kind.equals("broken-character")) {
                    break;
                }
                named.add(name(codePoint, kind.equals("unprintable-character")));
                if (named.size() == MAX_CHARACTERS_NAMED) {
                    break;
                }
            }
            if (trouble != null) {
                problem(field, trouble, Map.of("characters", String.join(", ", named)));
            }
            return trouble == null;
        }

        /** @return the message key for a character that cannot go into the letter, or null when it can */
        private String trouble(int codePoint, boolean multiLine) {
            if (codePoint == '\n') {
                return multiLine ? null : "one-line";
            }
            if (codePoint == '\t' && multiLine) {
                return null;
            }
            if (Character.isSurrogate((char) codePoint) && Character.isBmpCodePoint(codePoint)) {
                return "broken-character";
            }
            return switch (Character.getType(codePoint)) {
                case Character.CONTROL -> "control-character";
                case Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> "invisible-character";
                default -> fonts.canPrint(codePoint) ? null : "unprintable-character";
            };
        }

        /** A visible character is shown with its code, an invisible one by its code alone. */
        private static String name(int codePoint, boolean visible) {
            String code = String.format(Locale.ROOT, "U+%04X", codePoint);
            return visible ? Character.toString(codePoint) + " (" + code + ")" : code;
        }
    }

    private static boolean isEmail(String address) {
        int at = address.lastIndexOf('@');
        if (at <= 0 || at > 64) {
            return false;
        }
        String local = address.substring(0, at);
        boolean localOk = !local.startsWith(".") && !local.endsWith(".") && !local.contains("..")
                && local.chars().noneMatch(c -> Character.isWhitespace(c) || "\"(),:;<>@[\\]".indexOf(c) >= 0);
        return localOk && isHostName(address.substring(at + 1));
    }

    /**
     * A web address as a browser's address bar shows it: scheme, a host name with a top-level domain, an optional
     * port, then anything without blanks. International domain names are allowed as typed.
     */
    private static boolean isWebAddress(String address) {
        Matcher scheme = SCHEME.matcher(address);
        if (!scheme.lookingAt() || address.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        String rest = address.substring(scheme.end());
        int end = rest.length();
        for (char separator : new char[] {'/', '?', '#'}) {
            int index = rest.indexOf(separator);
            if (index >= 0 && index < end) {
                end = index;
            }
        }
        String host = rest.substring(0, end);
        int colon = host.lastIndexOf(':');
        if (colon >= 0) {
            String port = host.substring(colon + 1);
            if (!PORT.matcher(port).matches() || Integer.parseInt(port) > 65535) {
                return false;
            }
            host = host.substring(0, colon);
        }
        return isHostName(host);
    }

    private static boolean isHostName(String host) {
        String[] labels = host.split("\\.", -1);
        if (labels.length < 2 || host.length() > 253) {
            return false;
        }
        for (String label : labels) {
            if (label.isEmpty() || label.length() > 63 || label.startsWith("-") || label.endsWith("-")
                    || !label.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '-')) {
                return false;
            }
        }
        String topLevel = labels[labels.length - 1];
        return topLevel.length() >= 2 && (topLevel.codePoints().allMatch(Character::isLetter)
                || topLevel.toLowerCase(Locale.ROOT).startsWith("xn--"));
    }
}
