/**
 * Internal: an outlet's correspondent who speaks without a name ("قال مراسل X", "مراسلة X", "مراسلنا", "مراسل
 * الوكالة", "مراسل الحملة") is a person of its own, one per outlet ("X correspondent"), whose mention spans the
 * noun and the outlet. A correspondent named in the same clause ("مراسل X في حلب “فلان”") is that person instead.
 * "مراسلنا" and a head noun pointing back ("مراسل الوكالة") name the last outlet introduced with that head, else
 * the article's own outlet.
 */
import { listCliticStems } from '../lexicon/list-clitic-stems.ts';
import { getOutletCues } from '../metadata/outlet-cue-lexicon.ts';
import {
  addCandidate,
  createEntity,
  isClauseBreak,
  offsetAfterPrefix,
  ownerOf,
  wordAt,
  type EntityScan,
} from './entity-scan.ts';
import { makeEntityId } from './make-entity-id.ts';
import { withoutArticle } from './word-shapes.ts';

const MAX_NAME_GAP = 8;
const MAX_ANTECEDENT_TOKENS = 400;
const QUOTE = /^["'\u201c\u201d\u00ab\u00bb]$/;

/** Given a scan and the article's outlet entity id (or null), adds a mention for each unnamed correspondent. */
export function findCorrespondents(scan: EntityScan, outletId: string | null): void {
  const cues = getOutletCues();
  for (let i = 0; i < scan.tokens.length; i++) {
    if (scan.owner[i] !== -1) continue;
    const reading = listCliticStems(wordAt(scan, i)).find(
      (s) => cues.correspondents.has(s.stem) || cues.selfCorrespondents.has(s.stem),
    );
    if (reading === undefined) continue;
    let target: string | null = null;
    let end = i + 1;
    if (cues.selfCorrespondents.has(reading.stem)) target = outletId;
    else if (cues.outletAnaphors.has(wordAt(scan, i + 1))) {
      target = findIntroduced(scan, i, withoutArticle(wordAt(scan, i + 1))) ?? outletId;
      end = i + 2;
    } else {
      let k = i + 1;
      if (scan.lexicon.heads.get(wordAt(scan, k))?.type === 'media' && ownerOf(scan, k)?.type !== 'media')
        k++;
      if (QUOTE.test(scan.tokens[k]?.text ?? '')) k++;
      const outlet = ownerOf(scan, k);
      if (outlet?.type === 'media') {
        target = outlet.entityId;
        end = outlet.end;
      }
    }
    if (target === null || hasNamedPerson(scan, end)) continue;
    const outletName = scan.lexicon.byId.get(target)?.name ?? scan.created.get(target)?.name ?? target;
    const made = createEntity(scan, {
      id: makeEntityId('person', `correspondent ${target}`),
      type: 'person',
      name: `${scan.text.slice(scan.tokens[i]?.origStart ?? 0, scan.tokens[i]?.origEnd ?? 0)} ${outletName}`,
      words: [],
    });
    addCandidate(scan, {
      entityId: made.id,
      type: 'person',
      first: i,
      end,
      start: offsetAfterPrefix(scan, i, reading.prefix),
      stop: scan.tokens[end - 1]?.origEnd ?? 0,
      origin: 'pattern',
    });
  }
}

/** The last outlet named with this head noun before the index ("وكالة X ... مراسل الوكالة"). */
function findIntroduced(scan: EntityScan, index: number, head: string): string | null {
  for (let k = index - 1; k > 0 && index - k <= MAX_ANTECEDENT_TOKENS; k--) {
    const owner = ownerOf(scan, k);
    if (owner?.type !== 'media') continue;
    // The head stands before the name ("وكالة “X”") or opens it ("وكالة رويترز").
    const words = [wordAt(scan, owner.first), wordAt(scan, owner.first - 1) || wordAt(scan, owner.first - 2)];
    if (words.some((w) => listCliticStems(w).some((s) => s.stem === head))) return owner.entityId;
    k = owner.first;
  }
  return null;
}

/** A person named in the correspondent's clause ("مراسل X في البادية “فلان”"). */
function hasNamedPerson(scan: EntityScan, from: number): boolean {
  for (let k = from; k < scan.tokens.length && k - from <= MAX_NAME_GAP; k++) {
    if (k > from && isClauseBreak(scan, k)) return false;
    if (ownerOf(scan, k)?.type === 'person') return true;
  }
  return false;
}
