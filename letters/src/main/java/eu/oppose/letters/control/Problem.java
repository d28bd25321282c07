package eu.oppose.letters.control;

import java.util.Map;

/**
 * A problem with a request, language-neutral until it is put into words in the request's language.
 *
 * @param path   the JSON path of the value at fault, e.g. {@code items[2].location}; empty for the whole request
 * @param key    the message key, e.g. {@code too-long}
 * @param values the message's gaps besides {@code {field}}
 * @param name   the message key of the field's name, e.g. {@code field.items.location}
 * @param number the row, counting from 1, for names such as "Data item {number}"; 0 outside rows
 */
record Problem(String path, String key, Map<String, String> values, String name, int number) {

    /** The name of the request as a whole, and of values whose messages name them by path only. */
    static final String REQUEST = "field.request";
}
