package eu.oppose.letters.entity;

/**
 * A finished letter, ready to download.
 *
 * @param content   the file's bytes
 * @param mediaType {@code application/pdf} or {@code text/plain; charset=UTF-8}
 * @param fileName  ASCII-safe, with the kind and date, e.g. {@code objection-third-party-data-2026-11-30.pdf}
 */
public record RenderedLetter(byte[] content, String mediaType, String fileName) {
}
