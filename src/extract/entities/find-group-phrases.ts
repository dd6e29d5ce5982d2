/**
 * Internal: armed groups named by a group noun and a definite word ("الميليشيات الإيرانية", "فصائل المعارضة",
 * "الميليشيات المساندة لها"), and states named by a military noun and a nationality adjective ("المدفعية الفرنسية",
 * "الطيران الحربي الروسي", "السلطات التركية").
 */
import { listCliticStems } from '../lexicon/list-clitic-stems.ts';
import {
  addCandidate,
  createEntity,
  isFree,
  offsetAfterPrefix,
  wordAt,
  type EntityScan,
} from './entity-scan.ts';
import { makeEntityId } from './make-entity-id.ts';
import { hasArticle, withoutArticle } from './word-shapes.ts';

const PRONOUN_OBJECTS = new Set(['\u0644\u0647', '\u0644\u0647\u0627', '\u0644\u0647\u0645']); // له لها لهم
const MAX_GROUP_ADJECTIVES = 2;

/** Given a scan, adds candidates for group-noun phrases and military-noun + nationality phrases on free tokens. */
export function findGroupPhrases(scan: EntityScan): void {
  for (let i = 0; i < scan.tokens.length; i++) {
    if (scan.owner[i] !== -1 || wordAt(scan, i) === '') continue;
    for (const { stem, prefix } of listCliticStems(wordAt(scan, i))) {
      if (readState(scan, i, stem, prefix) || readGroup(scan, i, stem, prefix)) break;
    }
  }
}

function isNextFree(scan: EntityScan, k: number): boolean {
  return isFree(scan, k, k + 1) && wordAt(scan, k) !== '' && !scan.tokens[k]?.newlineBefore;
}

function readState(scan: EntityScan, i: number, stem: string, prefix: number): boolean {
  const { lexicon } = scan;
  if (!lexicon.militaryNouns.has(stem)) return false;
  // One definite adjective may come between: "الطيران الحربي الروسي".
  for (const k of [i + 1, i + 2]) {
    if (!isNextFree(scan, k) || (k === i + 2 && !hasArticle(wordAt(scan, i + 1)))) return false;
    const word = wordAt(scan, k);
    if (hasArticle(stem) !== hasArticle(word)) continue;
    const actorId = lexicon.demonyms.get(withoutArticle(word));
    const actor = actorId === undefined ? undefined : lexicon.byId.get(actorId);
    if (actor === undefined) continue;
    addCandidate(scan, {
      entityId: actor.id,
      type: actor.type,
      first: i,
      end: k + 1,
      start: offsetAfterPrefix(scan, i, prefix),
      stop: scan.tokens[k]?.origEnd ?? 0,
      origin: 'context',
    });
    return true;
  }
  return false;
}

function readGroup(scan: EntityScan, i: number, stem: string, prefix: number): boolean {
  const { lexicon } = scan;
  if (!lexicon.groupNouns.has(withoutArticle(stem))) return false;
  const firstWord = wordAt(scan, i + 1);
  if (!isNextFree(scan, i + 1) || !hasArticle(firstWord) || lexicon.stopWords.has(firstWord)) return false;
  let end = i + 2;
  while (
    end - i - 1 < MAX_GROUP_ADJECTIVES &&
    isNextFree(scan, end) &&
    lexicon.nameAdjectives.has(wordAt(scan, end))
  )
    end++;
  if (isNextFree(scan, end) && PRONOUN_OBJECTS.has(wordAt(scan, end))) end++;
  const words = [stem];
  for (let k = i + 1; k < end; k++) words.push(wordAt(scan, k));
  const start = offsetAfterPrefix(scan, i, prefix);
  const stop = scan.tokens[end - 1]?.origEnd ?? start;
  const entity = createEntity(scan, {
    id: makeEntityId('armed_group', words.join(' ')),
    type: 'armed_group',
    name: scan.text.slice(start, stop),
    words,
  });
  addCandidate(scan, {
    entityId: entity.id,
    type: 'armed_group',
    first: i,
    end,
    start,
    stop,
    origin: 'pattern',
  });
  return true;
}
