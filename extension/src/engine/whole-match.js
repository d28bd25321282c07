// Guide data writes its patterns (paths, link targets, host aliases) as regular expressions over a
// whole string. Each is compiled once.

const compiled = new Map();

/** The RegExp that matches a whole string against a guide pattern. */
export function wholeMatch(pattern, flags = '') {
  const key = `${flags}/${pattern}`;
  let regex = compiled.get(key);
  if (!regex) {
    regex = new RegExp(`^(?:${pattern})$`, flags);
    compiled.set(key, regex);
  }
  return regex;
}
