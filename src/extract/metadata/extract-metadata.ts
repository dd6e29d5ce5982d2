/**
 * Public API: the metadata stage. Given the article, its segmentation and entity mentions, returns its title,
 * outlet (entity id) and publication date; values given in `meta` win over what the text says.
 */
import { createDiagnostic, type Diagnostic } from '../diagnostics.ts';
import type { Lexicon } from '../lexicon/lexicon-types.ts';
import type { Token } from '../normalize/tokenize-normalized.ts';
import type { ArticleMeta, EntityMention, Segmentation } from '../types.ts';
import type { NameHint } from './find-byline.ts';
import { findOutlet } from './find-outlet.ts';
import { findPublishedDate } from './find-published-date.ts';
import { listDateLines } from './list-date-lines.ts';

/** What the metadata stage reads. */
export interface MetadataInput {
  text: string;
  tokens: readonly Token[];
  segmentation: Segmentation;
  mentions: readonly EntityMention[];
  /** The outlet hints of `readOutletHints`, the first one standing for the outlet. */
  outletHints: readonly NameHint[];
  /** The entity the entity stage gave the outlet hints. */
  outletEntity?: string | null;
  meta: ArticleMeta | undefined;
}

/** The article's metadata. */
export interface ArticleMetadata {
  title: string | null;
  outlet: string | null;
  publishedAt: string | null;
  diagnostics: Diagnostic[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Given the metadata input and the lexicon, returns title, outlet, publication date and diagnostics. */
export function extractMetadata(input: MetadataInput, lexicon: Lexicon): ArticleMetadata {
  const diagnostics: Diagnostic[] = [];
  const { segmentation, text, meta } = input;
  const titleSpan = segmentation.title;
  const title =
    meta?.title?.trim() || (titleSpan === null ? null : text.slice(titleSpan.start, titleSpan.end));
  const outlet = findOutlet(
    {
      text,
      segmentation,
      mentions: input.mentions,
      outletHints: input.outletHints,
      outletEntity: input.outletEntity ?? null,
      given: meta?.outlet ?? null,
    },
    lexicon,
  );
  if (outlet !== null && meta?.outlet != null && !lexicon.byId.has(outlet)) {
    diagnostics.push(
      createDiagnostic('UNKNOWN_OUTLET', 'metadata', `outlet "${meta.outlet}" is not in the lexicon`, {
        severity: 'info',
      }),
    );
  }
  let publishedAt: string | null = null;
  const given = meta?.publishedAt?.trim();
  if (given) {
    const day = given.slice(0, 10);
    if (ISO_DATE.test(day)) publishedAt = day;
    else
      diagnostics.push(
        createDiagnostic('BAD_METADATA', 'metadata', `publishedAt "${given}" is not an ISO date`),
      );
  }
  for (const line of publishedAt === null ? listDateLines(text, segmentation.contentEnd) : []) {
    const tokens = input.tokens.filter((t) => t.origStart >= line.start && t.origEnd <= line.end);
    publishedAt = findPublishedDate(tokens, lexicon, text);
    if (publishedAt !== null) break;
  }
  return { title, outlet, publishedAt, diagnostics };
}
