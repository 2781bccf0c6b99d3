// dom.js: building the page without HTML strings. Every piece of text that
// comes from the API or a record (names, medical content) goes in as a text
// node, never as markup, so nothing a record or a participant name contains
// can run as script. build.mjs refuses sources that use innerHTML and its kin.

/**
 * el creates an element. props sets attributes (class, id, aria-*, data-*,
 * for, ...), boolean properties (hidden, disabled, checked) when true, and
 * event listeners for keys starting with "on". Children are nodes or strings;
 * null, undefined and false are skipped.
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") {
      node.addEventListener(key.slice(2).toLowerCase(), value);
    } else if (value === true) {
      node.setAttribute(key, "");
    } else {
      node.setAttribute(key, String(value));
    }
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** replace empties node and fills it with children. */
export function replace(node, ...children) {
  node.replaceChildren();
  append(node, children);
}

/** byId returns the element with this id; a missing one is a bug of the page. */
export function byId(id) {
  const node = document.getElementById(id);
  if (!node) throw new Error(`page has no #${id}`);
  return node;
}

/**
 * say writes a message (text, or nodes built with el) into a live region:
 * status regions are read out
 * politely, alert regions at once. An empty text clears the region. Regions
 * stay in the page (an empty one takes no space, see app.css), since screen
 * readers miss regions that appear together with their text.
 */
export function say(region, text, kind = "") {
  region.replaceChildren();
  region.classList.remove("is-error", "is-ok", "is-busy");
  if (!text) return;
  if (kind) region.classList.add(`is-${kind}`);
  append(region, [text]);
}

/** busy marks a button as working (disabled, aria-busy) until done is called. */
export function busy(button) {
  button.disabled = true;
  button.setAttribute("aria-busy", "true");
  return () => {
    button.disabled = false;
    button.removeAttribute("aria-busy");
  };
}

/** named shows a party {name, role}: the name, and the role on its own line. */
export function named({ name, role }) {
  return role ? [name, el("span", { class: "help" }, role)] : [name];
}
