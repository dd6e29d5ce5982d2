/**
 * Public API: the entity stage. Given the original text, its normalization, the content bounds and the compiled
 * lexicon, returns the article's entities (lexicon actors and places, unnamed sources, and persons, outlets, groups
 * and places found by pattern) with every mention as a span of the original text.
 */
import { createDiagnostic, type Diagnostic } from '../diagnostics.ts';
import type { Lexicon } from '../lexicon/lexicon-types.ts';
import type { NormalizedText } from '../normalize/normalize-arabic.ts';
import { tokenizeNormalized, type Token } from '../normalize/tokenize-normalized.ts';
import type { EntityMention, ExtractedEntity, Span } from '../types.ts';
import { addNameHints, type EntityHint } from './add-name-hints.ts';
import { collectEntities } from './collect-entities.ts';
import type { EntityScan } from './entity-scan.ts';
import { findAnonymousSources } from './find-anonymous-sources.ts';
import { findBodies } from './find-bodies.ts';
import { findCorrespondents } from './find-correspondents.ts';
import { findGroupPhrases } from './find-group-phrases.ts';
import { findHeadedNames } from './find-headed-names.ts';
import { findOutletMentions } from './find-outlet-mentions.ts';
import { findPersons } from './find-persons.ts';
import { findQuotedNames } from './find-quoted-names.ts';
import { findRepeatedNames, findSurnames } from './find-repeated-names.ts';
import { findStretches } from './find-stretches.ts';
import { matchLexiconNames } from './match-lexicon-names.ts';
import { mergeAppositives } from './merge-appositives.ts';
import { resolveAnaphora } from './resolve-anaphora.ts';
import { typeStatePlaces } from './type-state-places.ts';

/** The entity stage's input: the text, its normalization and what of it is content. */
export interface EntityInput {
  text: string;
  norm: NormalizedText;
  /** The tokens of the whole text (`tokenizeNormalized(norm, text)`); computed when absent. */
  tokens?: readonly Token[];
  /** Offset where trailing boilerplate begins. */
  contentEnd: number;
  /** Spans inside the content to ignore. */
  dropped: readonly Span[];
  /** Spans known to be names of a type (a byline's outlet and reporter), read before any other rule. */
  hints?: readonly EntityHint[];
}

/** The entity stage's output. */
export interface EntityOutput {
  entities: ExtractedEntity[];
  /** Every mention, sorted by start. */
  mentions: EntityMention[];
  /** The entity the outlet hints name (see find-outlet-mentions.ts), or null. */
  outletId?: string | null;
  diagnostics: Diagnostic[];
}

/** Given the text, its normalization, content bounds and the lexicon, returns entities, mentions and diagnostics. */
export function extractEntities(input: EntityInput, lexicon: Lexicon): EntityOutput {
  const tokens = (input.tokens ?? tokenizeNormalized(input.norm, input.text)).filter(
    (t) =>
      t.origEnd <= input.contentEnd &&
      !input.dropped.some((d) => t.origStart >= d.start && t.origEnd <= d.end),
  );
  const scan: EntityScan = {
    text: input.text,
    norm: input.norm,
    tokens,
    lexicon,
    owner: new Int32Array(tokens.length).fill(-1),
    candidates: [],
    created: new Map(),
    stretches: findStretches(tokens),
  };
  addNameHints(scan, input.hints ?? []);
  const outletId = findOutletMentions(scan, input.hints ?? []);
  findQuotedNames(scan);
  matchLexiconNames(scan);
  findHeadedNames(scan);
  findBodies(scan);
  findGroupPhrases(scan);
  findAnonymousSources(scan);
  // Outlets and groups found so far are known before persons are read ("مراسل نبض نيوز" names no person).
  findRepeatedNames(scan);
  findPersons(scan);
  findRepeatedNames(scan);
  findSurnames(scan);
  findCorrespondents(scan, outletId);
  resolveAnaphora(scan);
  typeStatePlaces(scan);
  const live = scan.candidates.filter((c) => !c.dead).sort((a, b) => a.start - b.start || b.stop - a.stop);
  const { entities, mentions } = collectEntities(
    input.text,
    mergeAppositives(input.text, live),
    lexicon,
    scan.created,
  );
  const diagnostics: Diagnostic[] = [];
  for (const entity of entities) {
    if (entity.origin !== 'lexicon' && entity.type !== 'anonymous_source') {
      const first = entity.mentions[0];
      diagnostics.push(
        createDiagnostic(
          'UNRESOLVED_ENTITY',
          'entities',
          `${entity.type} "${entity.name}" is not in the lexicon`,
          {
            span: first === undefined ? null : { start: first.start, end: first.end },
            severity: 'info',
          },
        ),
      );
    }
  }
  return { entities, mentions, diagnostics, outletId };
}
