/**
 * Internal: the working state of the entity stage for one article: its content tokens, which token each found
 * mention holds, the mentions found so far and the entities created for names outside the lexicon.
 */
import type { NormalizedText } from '../normalize/normalize-arabic.ts';
import type { Token } from '../normalize/tokenize-normalized.ts';
import type { Lexicon } from '../lexicon/lexicon-types.ts';
import type { EntityType, ExtractedEntity } from '../types.ts';
import { makeEntityId } from './make-entity-id.ts';

/** A mention found by one of the rules, before mentions are grouped into entities. */
export interface Candidate {
  entityId: string;
  type: EntityType;
  /** Token range `[first, end)` it covers. */
  first: number;
  end: number;
  /** Original offsets of the mention. */
  start: number;
  stop: number;
  origin: NonNullable<ExtractedEntity['origin']>;
  /** Set when a later rule replaced or merged this mention. */
  dead?: boolean;
}

/** An entity created for a name outside the lexicon. */
export interface CreatedEntity {
  id: string;
  type: EntityType;
  name: string;
  /** Normalized words of its name, for finding it again. */
  words: string[];
  /** For persons: true when the name is only a kunya ("أبو أحمد"), whose last word is no surname. */
  kunyaOnly?: boolean;
  /** For bodies (a ministry, a directorate): the id of the state, administration or group it belongs to. */
  partOf?: string;
  /** For outlets: the name without media suffixes, which identifies it ("ستيب" for "ستيب الإخبارية"). */
  keyWords?: string[];
}

/** A quoted or bracketed stretch: token indexes of the opening mark, the first and last inner token, the closing mark. */
export interface Stretch {
  open: number;
  first: number;
  last: number;
  close: number;
}

/** The working state of the entity stage for one article (see the file header). */
export interface EntityScan {
  text: string;
  norm: NormalizedText;
  tokens: Token[];
  lexicon: Lexicon;
  /** For each token, the index of the candidate holding it, or -1. */
  owner: Int32Array;
  candidates: Candidate[];
  created: Map<string, CreatedEntity>;
  /** Quoted and bracketed stretches, keyed by the token index of their opening mark. */
  stretches: Map<number, Stretch>;
}

/** Given a scan and token indexes `[first, end)`, returns true when no candidate holds any of them. */
export function isFree(scan: EntityScan, first: number, end: number): boolean {
  if (first < 0 || end > scan.tokens.length) return false;
  for (let k = first; k < end; k++) if (scan.owner[k] !== -1) return false;
  return true;
}

/** Given a scan and a candidate, records it and marks its free tokens as held by it; returns its index. */
export function addCandidate(scan: EntityScan, candidate: Candidate): number {
  const index = scan.candidates.length;
  scan.candidates.push(candidate);
  for (let k = candidate.first; k < candidate.end; k++) if (scan.owner[k] === -1) scan.owner[k] = index;
  return index;
}

/** Given a scan and a candidate index, removes the candidate and frees its tokens. */
export function removeCandidate(scan: EntityScan, index: number): void {
  const candidate = scan.candidates[index];
  if (candidate === undefined) return;
  candidate.dead = true;
  for (let k = candidate.first; k < candidate.end; k++) if (scan.owner[k] === index) scan.owner[k] = -1;
}

/** Given a scan and a token index, returns the candidate holding it, or undefined. */
export function ownerOf(scan: EntityScan, index: number): Candidate | undefined {
  const owner = scan.owner[index] ?? -1;
  return owner === -1 ? undefined : scan.candidates[owner];
}

/**
 * Given a scan and an entity created for a name outside the lexicon, records it and returns the entity to use
 * (an existing one with the same id wins). An outlet is identified by its name without media suffixes
 * ("ستيب الإخبارية" and "ستيب نيوز" are one outlet), which also becomes its short name (`keyWords`).
 */
export function createEntity(scan: EntityScan, entity: CreatedEntity): CreatedEntity {
  let made = entity;
  if (entity.type === 'media') {
    const suffixes = scan.lexicon.mediaSuffixes;
    let end = entity.words.length;
    while (end > 1 && suffixes.has(entity.words[end - 1] ?? '')) end--;
    if (end < entity.words.length) {
      const keyWords = entity.words.slice(0, end);
      made = { ...entity, id: makeEntityId('media', keyWords.join(' ')), keyWords };
    }
  }
  const existing = scan.created.get(made.id);
  if (existing !== undefined) return existing;
  scan.created.set(made.id, made);
  return made;
}

/** Given a scan and a token index, returns the original offset where the token starts after `prefix` normalized chars. */
export function offsetAfterPrefix(scan: EntityScan, index: number, prefix: number): number {
  const token = scan.tokens[index];
  if (token === undefined) return 0;
  return scan.norm.toOriginal[token.start + prefix] ?? token.origStart;
}

/** Given a scan and a token index, returns its normalized text ('' past the end or for punctuation). */
export function wordAt(scan: EntityScan, index: number): string {
  const token = scan.tokens[index];
  return token !== undefined && token.isWord ? token.text : '';
}

/** Given a scan and a token index, returns true when a line break or sentence end separates it from the previous token. */
export function isClauseBreak(scan: EntityScan, index: number): boolean {
  const token = scan.tokens[index];
  if (token === undefined) return true;
  return token.newlineBefore || (!token.isWord && '.?!;:'.includes(token.text));
}
