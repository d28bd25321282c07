// Reads Java .properties text (as java.util.Properties reads a UTF-8 file) into {key: text}: comments (# !),
// key=value, key:value or key value, lines continued by a trailing backslash, and the escapes \t \n \f \r \uXXXX.

const ESCAPES = { t: '\t', n: '\n', f: '\f', r: '\r' };

/** The text with escapes resolved; an unknown escape stands for its character. */
function unescape(text) {
  return text.replace(/\\(u[0-9a-fA-F]{4}|.)/gs, (_, escape) =>
    (escape.length === 5 ? String.fromCharCode(parseInt(escape.slice(1), 16)) : ESCAPES[escape] ?? escape));
}

/** Natural lines joined where one ends in an odd number of backslashes; leading blanks of a continuation dropped. */
function logicalLines(text) {
  const lines = [];
  let pending = null;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = pending === null ? raw.replace(/^[ \t\f]+/, '') : pending + raw.replace(/^[ \t\f]+/, '');
    const continued = /(?:^|[^\\])(?:\\\\)*\\$/.test(line);
    if (continued) {
      pending = line.slice(0, -1);
    } else {
      pending = null;
      lines.push(line);
    }
  }
  if (pending !== null) lines.push(pending);
  return lines;
}

export function parseProperties(text) {
  const entries = {};
  for (const line of logicalLines(text)) {
    if (line === '' || line.startsWith('#') || line.startsWith('!')) continue;
    const separator = /^((?:[^\\:= \t\f]|\\.)*)[ \t\f]*[:=]?[ \t\f]*/s.exec(line);
    entries[unescape(separator[1])] = unescape(line.slice(separator[0].length));
  }
  return entries;
}
