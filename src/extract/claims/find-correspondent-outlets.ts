/**
 * Internal: which outlet each correspondent works for, read from how the correspondent is named: "مراسل X" is
 * X's; "مراسلنا" and "مراسل الوكالة" (a head noun standing for the publisher) are the article's own outlet's.
 */
import { normalizeForMatch } from '../normalize/normalize-arabic.ts';
import type { ExtractedEntity } from '../types.ts';

// مراسل، مراسلة، مراسلو، مراسلي with an optional article or conjunction, then the rest of the name.
const CORRESPONDENT = /^(?:[وف]?(?:ال)?|ل)مراسل(?:[هيو]|تا|ا)?(?:نا)?(?:\s+|$)/u;
const OWN = /^(?:[وف]?(?:ال)?|ل)مراسل(?:ه|ت|و)?نا$/u;
const OWN_HEADS = ['الحمله', 'الوكاله', 'الموقع', 'القناه', 'الشبكه', 'الصحيفه', 'الاذاعه', 'المنصه'];

/** Given an article's entities and its outlet, returns the outlet id of every correspondent among them. */
export function findCorrespondentOutlets(
  entities: readonly ExtractedEntity[],
  outletId: string | null,
): Map<string, string> {
  const media = entities
    .filter((e) => e.type === 'media')
    .map((e) => ({
      id: e.id,
      names: [e.name, ...e.mentions.map((m) => m.text)].map((n) => normalizeForMatch(n).trim()),
    }));
  const out = new Map<string, string>();
  for (const e of entities) {
    if (e.type !== 'person') continue;
    for (const m of e.mentions) {
      const text = normalizeForMatch(m.text).trim();
      if (OWN.test(text) && outletId !== null) {
        out.set(e.id, outletId);
        break;
      }
      const head = CORRESPONDENT.exec(text);
      if (head === null) continue;
      const rest = text.slice(head[0].length).replace(/["]/g, '').trim();
      const own = OWN_HEADS.some((h) => rest === h || rest.startsWith(`${h} `));
      const named = media.find((x) =>
        x.names.some(
          (n) =>
            n.length > 1 && rest !== '' && (rest === n || rest.startsWith(`${n} `) || n.endsWith(` ${rest}`)),
        ),
      );
      const found = named?.id ?? (own ? outletId : null);
      if (found !== null) {
        out.set(e.id, found);
        break;
      }
    }
  }
  return out;
}
