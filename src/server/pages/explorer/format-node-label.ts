/**
 * Internal (browser): node labels on the graph canvas: the Arabic name, read right-to-left, with the English
 * name on the line beside it.
 */

const RLM = '\u200F'; // RIGHT-TO-LEFT MARK: keeps brackets and dots at the ends of an Arabic line on its right-to-left side
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]/;

/** Given a name (usually Arabic) and an English name, returns a two-line canvas label, Arabic line first. */
export function formatNodeLabel(name: string | null | undefined, nameEn: string | null | undefined): string {
  const lines: string[] = [];
  if (name) lines.push(ARABIC.test(name) ? `${RLM}${name}${RLM}` : name);
  if (nameEn && nameEn !== name) lines.push(nameEn);
  return lines.join('\n') || '?';
}
