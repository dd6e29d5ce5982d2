/**
 * Internal: actors named by a nisba adjective after an event noun or an aircraft word ("قصف تركي"، "العدوان
 * الأمريكي"، "الضربة الأمريكية"، "غارة جوية سورية"، "المقاتلات التركية"). The adjectives are read off the
 * article's own state entities: their names ending in ـيا/ـا (تركيا → تركي، أمريكا → أمريكي) and the nisba words of
 * their mentions (الجيش السوري → سوري). So no name list is needed, and only actors of the article are named.
 */
import type { EventContext } from '../claims/build-event-context.ts';
import { normalizeForMatch } from '../normalize/normalize-arabic.ts';

const ARTICLE = '\u0627\u0644'; // ال
const ALIF = '\u0627';
const YEH = '\u064a';
const TEH_MARBUTA_NORM = '\u0647'; // ة after normalization

const tables = new WeakMap<EventContext, Map<string, string>>();

// "السوريه" → "سوري"، "تركيا" → "تركي"، "امريكا" → "امريكي".
function toStem(word: string, asName: boolean): string | null {
  let w = word.startsWith(ARTICLE) ? word.slice(2) : word;
  if (w.endsWith(YEH + TEH_MARBUTA_NORM)) w = w.slice(0, -1);
  if (asName && w.endsWith(ALIF) && w.length > 3)
    w = w.endsWith(YEH + ALIF) ? w.slice(0, -1) : w.slice(0, -1) + YEH;
  return w.length > 3 && w.endsWith(YEH) ? w : null;
}

function buildTable(ctx: EventContext): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  const add = (stem: string | null, id: string): void => {
    if (stem === null) return;
    const byId = counts.get(stem) ?? new Map<string, number>();
    byId.set(id, (byId.get(id) ?? 0) + 1);
    counts.set(stem, byId);
  };
  for (const e of ctx.input.entities) {
    if (e.type !== 'state') continue;
    const texts = [e.name, ...e.mentions.map((m) => m.text)].map(normalizeForMatch);
    for (const text of texts) {
      const words = text.split(' ');
      if (words.length === 1) add(toStem(words[0] ?? '', true), e.id);
      for (const w of words.slice(1)) if (w.startsWith(ARTICLE)) add(toStem(w, false), e.id);
    }
  }
  const table = new Map<string, string>();
  for (const [stem, byId] of counts) {
    const best = [...byId.entries()].sort((a, b) => b[1] - a[1])[0];
    if (best !== undefined) table.set(stem, best[0]);
  }
  return table;
}

/** Given the context and a token range, returns the entity id of the first nisba adjective of a state in it, or null. */
export function findDemonymActor(ctx: EventContext, from: number, to: number): string | null {
  let table = tables.get(ctx);
  if (table === undefined) {
    table = buildTable(ctx);
    tables.set(ctx, table);
  }
  for (let k = from; k < Math.min(to, ctx.tokens.length); k++) {
    const t = ctx.tokens[k];
    if (t === undefined || t.kind !== 'word') return null;
    for (const key of [t.text, ...t.keys]) {
      const stem = toStem(key, false);
      const id = stem === null ? undefined : table.get(stem);
      if (id !== undefined) return id;
    }
  }
  return null;
}
