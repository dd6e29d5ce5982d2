/**
 * Internal (browser): builds DOM nodes from text only (never HTML strings), so names from the graph cannot
 * inject markup.
 */

type Child = Node | string | null | undefined | false;

/** Given a tag, attributes and children (text or nodes), returns the new element. */
export function createNode<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}
