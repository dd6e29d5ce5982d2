/**
 * Internal: a country or capital is a place where the text puts something in it ("نقلوا إلى تركيا", "وفي موسكو",
 * a dateline "أنقرة/"), and the state where it acts or is acted on ("واتهمت مصادر تركيا", "قالت موسكو"). A country
 * the lexicon lists as a place becomes its state when any of its mentions is not a place; a state's proper name in a
 * place's position becomes a place of its own (a capital stays apart from its state).
 */
import { listCliticStems } from '../lexicon/list-clitic-stems.ts';
import {
  createEntity,
  offsetAfterPrefix,
  ownerOf,
  wordAt,
  type Candidate,
  type EntityScan,
} from './entity-scan.ts';
import { makeEntityId } from './make-entity-id.ts';
import { hasArticle } from './word-shapes.ts';

const BEH = '\u0628'; // BEH: "بموسكو", "in Moscow"
// في إلى الى نحو داخل العاصمة مقره مقرها: what puts a place after it.
const PLACE_WORDS = new Set([
  '\u0641\u064a',
  '\u0627\u0644\u064a',
  '\u0646\u062d\u0648',
  '\u062f\u0627\u062e\u0644',
  '\u0627\u0644\u0639\u0627\u0635\u0645\u0647',
  '\u0645\u0642\u0631\u0647',
  '\u0645\u0642\u0631\u0647\u0627',
]);
const DATELINE_MARKS = new Set(['/', '-', '\u2013', '\u2014', ':', '(', '\u060c', ',']);
const MAX_DATELINE = 4;
const MAX_LIST = 6;
const AND = '\u0648'; // WAW
const FROM = '\u0645\u0646'; // من
const EACH = '\u0643\u0644'; // كل

/** Given a scan, retypes mentions of countries and capitals as places or states by their position. */
export function typeStatePlaces(scan: EntityScan): void {
  const { lexicon } = scan;
  const acting = new Set<string>();
  const places: Candidate[] = [];
  for (const c of scan.candidates) {
    if (c.dead) continue;
    if (c.type === 'location' && lexicon.placeStates.has(c.entityId)) {
      places.push(c);
      if (!isPlaceContext(scan, c)) acting.add(c.entityId);
    } else if (
      c.type === 'state' &&
      c.origin === 'lexicon' &&
      c.end - c.first === 1 &&
      isPlaceContext(scan, c)
    ) {
      const name = scan.text.slice(c.start, c.stop);
      const word = scan.tokens[c.first]?.text ?? '';
      if (hasArticle(word)) continue;
      const entity = createEntity(scan, {
        id: makeEntityId('location', listCliticStems(word).at(-1)?.stem ?? word),
        type: 'location',
        name,
        words: [word],
      });
      c.entityId = entity.id;
      c.type = 'location';
      c.origin = 'context';
    }
  }
  for (const c of places) {
    if (!acting.has(c.entityId)) continue;
    c.entityId = lexicon.placeStates.get(c.entityId) ?? c.entityId;
    c.type = 'state';
  }
}

/**
 * True when the mention stands where a place does: after في/إلى/ب, "العاصمة", "ومقره", or in a dateline; a place
 * joined by و to another ("في سوريا والعراق", "في كل من العراق وسوريا") stands where the first one does.
 */
function isPlaceContext(scan: EntityScan, c: Candidate, depth = 0): boolean {
  const token = scan.tokens[c.first];
  if (token === undefined) return false;
  const previous = ownerOf(scan, c.first - 1);
  if (
    depth < MAX_LIST &&
    previous !== undefined &&
    previous.first < c.first &&
    (previous.type === 'location' || previous.type === 'state') &&
    token.text.startsWith(AND) &&
    c.start > token.origStart
  )
    return isPlaceContext(scan, previous, depth + 1);
  if (wordAt(scan, c.first - 1) === FROM && wordAt(scan, c.first - 2) === EACH) {
    const before = scan.tokens[c.first - 3];
    return before !== undefined && PLACE_WORDS.has(before.text);
  }
  for (const { prefix } of listCliticStems(token.text)) {
    if (offsetAfterPrefix(scan, c.first, prefix) === c.start && token.text.slice(0, prefix).includes(BEH))
      return true;
  }
  const before = scan.tokens[c.first - 1];
  if (before !== undefined && before.isWord && !token.newlineBefore) {
    if (listCliticStems(before.text).some(({ stem }) => PLACE_WORDS.has(stem))) return true;
  }
  return isDateline(scan, c);
}

/** "أنقرة/ الأناضول", "بيروت - لندن:": a place heading the first words of a line, before a mark. */
function isDateline(scan: EntityScan, c: Candidate): boolean {
  const after = scan.tokens[c.end];
  if (after !== undefined && !after.newlineBefore && !DATELINE_MARKS.has(after.text)) return false;
  for (let k = c.first, steps = 0; steps <= MAX_DATELINE; steps++) {
    const token = scan.tokens[k];
    if (token === undefined) return false;
    if (token.newlineBefore || k === 0) return true;
    k--;
    const prev = scan.tokens[k];
    if (prev === undefined) return false;
    if (DATELINE_MARKS.has(prev.text)) continue;
    const owner = ownerOf(scan, k);
    if (owner === undefined || (owner.type !== 'location' && owner.type !== 'state')) return false;
    k = owner.first;
  }
  return false;
}
