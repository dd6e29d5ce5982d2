/**
 * Public API: extracts one article, composing the stages the way graphql-js `src/graphql.ts` composes
 * parse -> validate -> execute: inspect -> normalize -> clean -> segment -> byline -> entities -> metadata ->
 * events (claims and incidents). Expected problems become diagnostics; nothing here throws on any input text.
 */
import { createDiagnostic, type Diagnostic } from './diagnostics.ts';
import { extractEvents } from './claims/extract-events.ts';
import { findBoilerplate } from './clean/find-boilerplate.ts';
import { extractEntities } from './entities/extract-entities.ts';
import type { Lexicon } from './lexicon/lexicon-types.ts';
import { extractMetadata } from './metadata/extract-metadata.ts';
import { readOutletHints } from './metadata/read-outlet-hints.ts';
import { makeArticleId } from './metadata/make-article-id.ts';
import { inspectText } from './normalize/inspect-text.ts';
import { normalizeArabic } from './normalize/normalize-arabic.ts';
import { tokenizeNormalized } from './normalize/tokenize-normalized.ts';
import { segmentArticle } from './segment/segment-article.ts';
import type { ArticleInput, ExtractedArticle, ExtractedEntity } from './types.ts';

/** Options of `extractArticle`. */
export interface ExtractOptions {
  /** Longest text processed; the rest is cut with a TEXT_TRUNCATED diagnostic. Default: 1_000_000. */
  maxLength?: number;
}

const DEFAULT_MAX_LENGTH = 1_000_000;

/** Given an article (text and optional metadata) and the compiled lexicon, returns everything extracted from it. */
export function extractArticle(
  input: ArticleInput,
  lexicon: Lexicon,
  options: ExtractOptions = {},
): ExtractedArticle {
  const file = typeof input.file === 'string' ? input.file : '';
  const meta = input.meta ?? undefined;
  const inspection = inspectText(
    typeof input.text === 'string' ? input.text : '',
    options.maxLength ?? DEFAULT_MAX_LENGTH,
  );
  const diagnostics: Diagnostic[] = [...inspection.diagnostics];
  const text = inspection.text;
  const norm = normalizeArabic(text);
  const result: ExtractedArticle = {
    file,
    id: makeArticleId(meta?.url, norm.text),
    title: meta?.title ?? null,
    outlet: null,
    publishedAt: null,
    entities: [],
    claims: [],
    incidents: [],
    diagnostics,
  };
  if (inspection.empty) return result;

  const clean = findBoilerplate(text, lexicon);
  diagnostics.push(...clean.diagnostics);
  const segmentation = segmentArticle(text, clean);
  if (segmentation.sentences.length === 0) {
    diagnostics.push(
      createDiagnostic('NO_CONTENT', 'segment', 'nothing is left once boilerplate is dropped', {
        severity: 'error',
      }),
    );
    return result;
  }
  const tokens = tokenizeNormalized(norm, text);
  const byline = readOutletHints(text, tokens, clean.contentEnd, lexicon);
  const entityOutput = extractEntities(
    { text, norm, tokens, contentEnd: clean.contentEnd, dropped: clean.dropped, hints: byline },
    lexicon,
  );
  diagnostics.push(...entityOutput.diagnostics);
  const metadata = extractMetadata(
    {
      text,
      tokens,
      segmentation,
      mentions: entityOutput.mentions,
      outletHints: byline.filter((h) => h.role === 'outlet'),
      outletEntity: entityOutput.outletId ?? null,
      meta,
    },
    lexicon,
  );
  diagnostics.push(...metadata.diagnostics);
  const entities = withOutlet(entityOutput.entities, metadata.outlet, lexicon, meta?.outlet ?? null);
  Object.assign(result, {
    title: metadata.title,
    outlet: metadata.outlet,
    publishedAt: metadata.publishedAt,
    entities,
  });

  try {
    const events = extractEvents({
      articleId: result.id,
      text,
      norm,
      segmentation,
      mentions: entityOutput.mentions,
      entities,
      outletId: metadata.outlet,
      publishedAt: metadata.publishedAt,
    });
    result.claims = events.claims;
    result.incidents = events.incidents;
    diagnostics.push(...events.diagnostics);
  } catch (error) {
    // A bug in a later stage must not cost the article its entities; it is reported, not hidden.
    diagnostics.push(
      createDiagnostic('STAGE_FAILED', 'claims', `the claims stage failed: ${String(error)}`, {
        severity: 'error',
      }),
    );
  }
  return result;
}

/** The outlet is an entity of the article even when only the metadata names it. */
function withOutlet(
  entities: ExtractedEntity[],
  outlet: string | null,
  lexicon: Lexicon,
  given: string | null,
): ExtractedEntity[] {
  if (outlet === null || entities.some((e) => e.id === outlet)) return entities;
  const known = lexicon.byId.get(outlet);
  return [
    ...entities,
    {
      id: outlet,
      type: known?.type ?? 'media',
      name: known?.name ?? given ?? outlet,
      nameEn: known?.nameEn ?? null,
      mentions: [],
      origin: known !== undefined ? 'lexicon' : 'context',
    },
  ];
}
