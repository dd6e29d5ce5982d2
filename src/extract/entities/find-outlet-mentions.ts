/**
 * Internal: every mention of the article's own outlet when a pattern found it (a byline, a source line, "مراسل
 * X"): its name again, glued to a clitic or not ("للميادين", "لعنب بلدي"), before any lexicon name can take the
 * words ("الميادين" is also a town). A one-word name with the article ("الوطن", "الحرة") is an everyday word too,
 * so it counts only where the text marks it as a name: in quotes, told to ("لـ X"), after "مراسل" or "مع".
 */
import { toPhraseWords } from '../lexicon/phrase-words.ts';
import { listCliticStems } from '../lexicon/list-clitic-stems.ts';
import type { Lexicon } from '../lexicon/lexicon-types.ts';
import {
  addCandidate,
  createEntity,
  isFree,
  offsetAfterPrefix,
  wordAt,
  type EntityScan,
} from './entity-scan.ts';
import type { EntityHint } from './add-name-hints.ts';
import { makeEntityId } from './make-entity-id.ts';
import { hasArticle } from './word-shapes.ts';

const QUOTE = /^["'\u201c\u201d\u00ab\u00bb]$/;
const LAM = '\u0644';
// Words after which a bare name is marked as one: مع (with), مراسل (correspondent).
const MARKERS = new Set([
  '\u0645\u0639',
  '\u0645\u0631\u0627\u0633\u0644',
  '\u0645\u0631\u0627\u0633\u0644\u0647',
]);

/** Given a scan and the header hints, adds the mentions of the outlet found by pattern; returns its entity id. */
export function findOutletMentions(scan: EntityScan, hints: readonly EntityHint[]): string | null {
  const hint = hints.find((h) => h.role === 'outlet');
  if (hint === undefined) return null;
  const held = scan.candidates.find(
    (c) => !c.dead && c.type === 'media' && c.start < hint.end && c.stop > hint.start,
  );
  if (held !== undefined && scan.lexicon.byId.has(held.entityId)) return held.entityId;
  let made = held === undefined ? undefined : scan.created.get(held.entityId);
  if (made === undefined) {
    const named = [...(hint.words ?? toPhraseWords(scan.text.slice(hint.start, hint.end)))];
    const known = lookupMedia(named, scan.lexicon);
    if (known !== null) return known;
    const words = stripHead(named, scan.lexicon);
    if (words.length === 0) return null;
    const name = scan.text.slice(hint.start, hint.end);
    made = createEntity(scan, { id: makeEntityId('media', words.join(' ')), type: 'media', name, words });
  }
  const forms = [made.words, ...(made.keyWords !== undefined ? [made.keyWords] : [])];
  for (let i = 0; i < scan.tokens.length; i++) {
    if (scan.owner[i] !== -1) continue;
    for (const { stem, prefix } of listCliticStems(wordAt(scan, i))) {
      const form = forms.find(
        (f) => f[0] === stem && f.every((w, k) => k === 0 || wordAt(scan, i + k) === w),
      );
      if (form === undefined || !isFree(scan, i, i + form.length)) continue;
      const glued = prefix > 0 && wordAt(scan, i).startsWith(LAM);
      if (form.length === 1 && hasArticle(stem) && !glued && !isMarked(scan, i, form.length)) continue;
      addCandidate(scan, {
        entityId: made.id,
        type: 'media',
        first: i,
        end: i + form.length,
        start: offsetAfterPrefix(scan, i, prefix),
        stop: scan.tokens[i + form.length - 1]?.origEnd ?? 0,
        origin: 'pattern',
      });
      i += form.length - 1;
      break;
    }
  }
  return made.id;
}

function isMarked(scan: EntityScan, i: number, length: number): boolean {
  const before = scan.tokens[i - 1]?.text ?? '';
  const after = scan.tokens[i + length]?.text ?? '';
  return QUOTE.test(before) || QUOTE.test(after) || before === LAM || MARKERS.has(before);
}

function stripHead(words: string[], lexicon: Lexicon): string[] {
  const head = lexicon.heads.get(words[0] ?? '');
  return words.length > 1 && head?.type === 'media' && !head.includeHead ? words.slice(1) : words;
}

function lookupMedia(words: readonly string[], lexicon: Lexicon): string | null {
  let node = lexicon.names.next.get(words[0] ?? '');
  for (const word of words.slice(1)) node = node?.next.get(word);
  const entity = node?.value === undefined ? undefined : lexicon.entities[node.value.entity];
  return entity?.type === 'media' ? entity.id : null;
}
