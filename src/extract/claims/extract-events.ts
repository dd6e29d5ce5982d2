/**
 * Public API of the claims stage: given one article's text, segmentation and entity mentions, returns its claims
 * (with source, relay chain, stance and figures) and its incidents (typed, placed, dated, with perpetrators and
 * targets), each claim pointing at the incident it speaks about.
 */
import type { NormalizedText } from '../normalize/normalize-arabic.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type {
  EntityMention,
  ExtractedClaim,
  ExtractedEntity,
  ExtractedIncident,
  LocationPrecision,
  Segmentation,
} from '../types.ts';
import { extractFigures } from '../numbers/extract-figures.ts';
import { buildEventContext } from './build-event-context.ts';
import type { EventLexicon } from './event-lexicon.ts';
import { getDefaultEventLexicon } from './default-event-lexicon.ts';
import { extractClaims } from './extract-claims.ts';
import { extractIncidents } from '../incidents/extract-incidents.ts';
import { selectLocationTable } from '../incidents/select-location-table.ts';
import { linkClaimToIncident } from './link-claim-to-incident.ts';
import { listEventDiagnostics } from './list-event-diagnostics.ts';
import { hashId } from './hash-id.ts';

/** Everything the claims stage reads: the outputs of the earlier stages of one article. */
export interface EventInput {
  articleId: string;
  /** The original text (offsets refer to it). */
  text: string;
  norm: NormalizedText;
  segmentation: Segmentation;
  /** Every entity mention, sorted by start. */
  mentions: EntityMention[];
  entities: ExtractedEntity[];
  /** Entity id of the publishing outlet, or null. */
  outletId: string | null;
  /** ISO publication date, or null. */
  publishedAt: string | null;
  /** The compiled word lists. Default: getDefaultEventLexicon() (seeds/lexicon). */
  eventLexicon?: EventLexicon;
  /** Kind of each known location entity (place, district, governorate, country...). Default: guessed from the text. */
  locationKinds?: ReadonlyMap<string, LocationPrecision | string>;
  /** Parent (PART_OF) of each known location entity. Default: none known. */
  locationParents?: ReadonlyMap<string, string | null>;
}

export interface EventOutput {
  claims: ExtractedClaim[];
  incidents: ExtractedIncident[];
  diagnostics: Diagnostic[];
}

/** Given the earlier stages' output for one article, returns its claims and incidents. */
export function extractEvents(input: EventInput): EventOutput {
  const ctx = buildEventContext(input, input.eventLexicon ?? getDefaultEventLexicon());
  const { drafts, claimSentences, inFrame, accusations } = extractClaims(ctx);
  const { incidents, triggerTokens } = extractIncidents(ctx, selectLocationTable(ctx), { claimSentences, inFrame, accusations });
  const claims: ExtractedClaim[] = drafts.map((d) => {
    const { sentence } = d.sentence;
    return {
      id: `claim_${hashId(input.articleId, sentence.start, d.sourceId)}`,
      text: input.text.slice(sentence.start, sentence.end),
      start: sentence.start,
      end: sentence.end,
      sourceId: d.sourceId,
      via: d.via,
      stance: d.stance,
      figures: d.stance === 'deny' ? null : extractFigures(ctx, d.content),
      incidentId: linkClaimToIncident(d, incidents, triggerTokens),
    };
  });
  return { claims, incidents, diagnostics: listEventDiagnostics(drafts, incidents, input.publishedAt) };
}
