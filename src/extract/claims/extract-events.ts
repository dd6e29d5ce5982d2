/**
 * Public API of the claims stage: given one article's text, segmentation and entity mentions, returns its claims
 * (with source chain, stance and figures) and incidents. Placeholder until issue 4 lands: no claims, no incidents.
 */
import type { NormalizedText } from '../normalize/normalize-arabic.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type {
  EntityMention,
  ExtractedClaim,
  ExtractedEntity,
  ExtractedIncident,
  Segmentation,
} from '../types.ts';

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
}

export interface EventOutput {
  claims: ExtractedClaim[];
  incidents: ExtractedIncident[];
  diagnostics: Diagnostic[];
}

/** Given the earlier stages' output for one article, returns its claims and incidents. */
export function extractEvents(_input: EventInput): EventOutput {
  return { claims: [], incidents: [], diagnostics: [] };
}
