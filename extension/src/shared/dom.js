// The one way extension code makes an element: attributes set one by one, text as text (never HTML).
// Callers append it where it belongs (parent.append(element(...)) returns nothing; appendChild returns it).

/** An element with attributes and, if given, its text. */
export function element(tag, attributes = {}, text = null) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== null) node.textContent = text;
  return node;
}
