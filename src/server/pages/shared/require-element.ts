/**
 * Internal (browser): typed look-up of the elements a page's HTML promises.
 */

/** Given an element id and its expected class, returns the element; throws naming the id when it is missing. */
export function requireElement<T extends HTMLElement>(id: string, type: { new (): T }): T {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new TypeError(`page: expected #${id} to be a ${type.name}, found ${String(element)}`);
  return element;
}
