/**
 * Internal: names the caller already knows the place of (a byline's outlet, reporter and place) become mentions
 * first: the lexicon's entity when the whole span is a known name, else a new entity of the hinted type.
 */
import { makeEntityId } from './make-entity-id.ts';
import { addCandidate, createEntity, isFree, wordAt, type EntityScan } from './entity-scan.ts';
import { matchAt } from './match-lexicon-names.ts';
import { readHead } from './read-head.ts';
import type { EntityType, Span } from '../types.ts';

/** A span to read as a name of the given type. */
export interface EntityHint extends Span {
  type: EntityType;
  /** The hint's role in the header ("outlet", "reporter", "place"), when it comes from one. */
  role?: string;
  /** The name's normalized words, when its span may lie outside the content (a source line in the furniture). */
  words?: readonly string[];
}

/** Given a scan and hints, adds a candidate for each hint whose tokens are free. */
export function addNameHints(scan: EntityScan, hints: readonly EntityHint[]): void {
  for (const hint of hints) {
    const first = scan.tokens.findIndex((t) => t.isWord && t.origStart >= hint.start);
    let end = first;
    while (end >= 0 && end < scan.tokens.length && (scan.tokens[end]?.origEnd ?? Infinity) <= hint.end) end++;
    if (first < 0 || end <= first || !isFree(scan, first, end)) continue;
    const start = scan.tokens[first]?.origStart ?? hint.start;
    const stop = scan.tokens[end - 1]?.origEnd ?? hint.end;
    const known = matchAt(scan.lexicon.names, scan, first);
    const whole =
      known !== null && known.length === end - first ? scan.lexicon.entities[known.value.entity] : undefined;
    // An outlet's name that the lexicon knows as something else ("الميادين", a town) is the outlet here.
    const entity =
      whole !== undefined && hint.role === 'outlet' && whole.type !== hint.type ? undefined : whole;
    if (entity !== undefined) {
      addCandidate(scan, {
        entityId: entity.id,
        type: entity.type,
        first,
        end,
        start,
        stop,
        origin: 'lexicon',
      });
      continue;
    }
    const words: string[] = [];
    for (let k = first; k < end; k++) if (wordAt(scan, k) !== '') words.push(wordAt(scan, k));
    // An outlet's id leaves out its head noun, as when it is named in the text ("شبكة شام" and "لشبكة شام").
    const head = words.length > 1 ? readHead(scan, first) : null;
    if (head !== null && head.prefix === 0 && !head.head.includeHead && head.head.type === hint.type)
      words.shift();
    if (words.length === 0) continue;
    const created = createEntity(scan, {
      id: makeEntityId(hint.type, words.join(' ')),
      type: hint.type,
      name: scan.text.slice(start, stop),
      words,
    });
    addCandidate(scan, {
      entityId: created.id,
      type: created.type,
      first,
      end,
      start,
      stop,
      origin: 'pattern',
    });
  }
}
