/**
 * Internal: bodies that speak for a parent are entities of their own, apart from it: ministries ("وزارة الدفاع
 * الروسية", "الخارجية الروسية", later "الخارجية"), directorates and authorities ("مديرية صحة إدلب"), councils, media
 * offices, commands and operations rooms. A body is typed by its parent's kind (a state's body is a state, an armed
 * group's civilian office an organisation) and tied to the parent. A lexicon alias of a state that names one of its
 * bodies is read as that body, and a national army named by a military noun folds into its state.
 */
import { toPhraseWords } from '../lexicon/phrase-words.ts';
import type { LexiconEntity } from '../lexicon/lexicon-types.ts';
import type { EntityType } from '../types.ts';
import {
  addCandidate,
  createEntity,
  offsetAfterPrefix,
  removeCandidate,
  type CreatedEntity,
  type EntityScan,
} from './entity-scan.ts';
import { makeEntityId } from './make-entity-id.ts';
import { readBody, type BodyPhrase } from './read-body.ts';
import { findMinistryReferences, type MinistryMention } from './find-ministry-references.ts';
import { withoutArticle } from './word-shapes.ts';

// Prepositions after which a ministry with no parent is a place of work, not a speaker: في من إلى عن.
const PLACE_PREPOSITIONS = new Set(['\u0641\u064a', '\u0645\u0646', '\u0627\u0644\u064a', '\u0639\u0646']);

/** Given a scan, adds a candidate for every body that speaks for a parent, and folds armies into their state. */
export function findBodies(scan: EntityScan): void {
  const found: { body: BodyPhrase; forcedParent: string | null }[] = [];
  for (const [index, candidate] of [...scan.candidates.entries()]) {
    if (candidate.dead || candidate.origin !== 'lexicon') continue;
    const entity = scan.lexicon.byId.get(candidate.entityId);
    if (entity?.type !== 'state') continue;
    candidate.entityId = foldArmy(scan, entity.id);
    // Only a state of its own or an army folded into one names its bodies by alias (the Pentagon is one).
    const ownState = entity.partOf === null || candidate.entityId !== entity.id;
    if (!ownState || startsWithBodyHead(scan, entity.name)) continue;
    // "وزارة الخارجية السورية" as an alias of the Syrian government names its ministry.
    removeCandidate(scan, index);
    const body = readBody(scan, candidate.first);
    if (body === null || body.end < candidate.end) addCandidate(scan, { ...candidate, dead: false });
    else found.push({ body, forcedParent: candidate.entityId });
  }
  for (let i = 0; i < scan.tokens.length; i++) {
    if (scan.owner[i] !== -1) continue;
    const body = readBody(scan, i);
    if (body === null) continue;
    if (body.head.ministry && body.parentId === null && isPlaceOfWork(scan, body)) continue;
    for (let k = body.first; k < body.end; k++) if (scan.owner[k] === -1) scan.owner[k] = HELD;
    found.push({ body, forcedParent: null });
    i = body.end - 1;
  }
  for (let k = 0; k < scan.owner.length; k++) if (scan.owner[k] === HELD) scan.owner[k] = -1;
  // Bodies tied to a parent or place are named first, so that a bare later (or earlier) form joins them.
  const made = new Map<string, CreatedEntity>();
  const ministries: MinistryMention[] = [];
  const tied = (f: (typeof found)[number]): boolean =>
    f.forcedParent !== null || f.body.parentId !== null || f.body.place !== null;
  for (const f of [...found.filter(tied), ...found.filter((f) => !tied(f))])
    addBody(scan, f.body, f.forcedParent, made, ministries);
  findMinistryReferences(scan, ministries);
}

// Marks tokens of a body read but not yet added, so that no other body is read over them.
const HELD = -2;

function isPlaceOfWork(scan: EntityScan, body: BodyPhrase): boolean {
  const before = scan.tokens[body.first - 1];
  return body.prefix > 0 || (before !== undefined && PLACE_PREPOSITIONS.has(before.text));
}

function startsWithBodyHead(scan: EntityScan, name: string): boolean {
  const first = toPhraseWords(name)[0] ?? '';
  return scan.lexicon.bodyHeads.has(withoutArticle(first)) || scan.lexicon.ministryDomains.has(first);
}

/** "الجيش العربي السوري" (a state entry part of a state, named by a military noun) folds into that state. */
function foldArmy(scan: EntityScan, id: string): string {
  const entity = scan.lexicon.byId.get(id);
  if (entity?.type !== 'state' || entity.partOf === null) return id;
  if (scan.lexicon.byId.get(entity.partOf)?.type !== 'state') return id;
  const first = toPhraseWords(entity.name)[0] ?? '';
  return scan.lexicon.militaryNouns.has(first) ? entity.partOf : id;
}

function typeOf(body: BodyPhrase, parent: { type: EntityType } | undefined): EntityType {
  if (parent?.type === 'state' || parent?.type === 'organization') return parent.type;
  if (parent?.type === 'armed_group')
    return body.military || body.head.type === 'armed_group' ? 'armed_group' : 'organization';
  return body.military ? 'armed_group' : body.head.type;
}

function addBody(
  scan: EntityScan,
  body: BodyPhrase,
  forcedParent: string | null,
  made: Map<string, CreatedEntity>,
  ministries: MinistryMention[],
): void {
  const parentId = forcedParent ?? (body.parentId === null ? null : foldArmy(scan, body.parentId));
  const parent: LexiconEntity | CreatedEntity | undefined =
    parentId === null ? undefined : (scan.lexicon.byId.get(parentId) ?? scan.created.get(parentId));
  const headKey = body.key.join(' ');
  const tail = parentId !== null ? ['~', parentId] : body.place !== null ? ['@', body.place.entityId] : [];
  const words = [...body.key, ...tail];
  const start = offsetAfterPrefix(scan, body.first, body.prefix);
  const stop = scan.tokens[body.end - 1]?.origEnd ?? start;
  const type = typeOf(body, parent);
  // One article's bodies with the same name are one, unless two parents or places tell them apart.
  const same = made.get(headKey);
  const entity =
    (tail.length === 0 ? same : undefined) ??
    createEntity(scan, {
      id: makeEntityId(type, words.join(' ')),
      type,
      name: scan.text.slice(start, stop),
      words,
      ...(parentId === null ? {} : { partOf: parentId }),
    });
  if (!made.has(headKey)) made.set(headKey, entity);
  addCandidate(scan, {
    entityId: entity.id,
    type: entity.type,
    first: body.first,
    end: body.end,
    start,
    stop,
    origin: 'pattern',
  });
  if (body.domain !== null) ministries.push({ at: body.first, domain: body.domain, entityId: entity.id });
}
