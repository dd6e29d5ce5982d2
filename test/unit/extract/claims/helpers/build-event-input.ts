/**
 * Test helper: builds an EventInput from an Arabic text and a list of `[surface, entityId, type]` entities, with
 * mentions found by plain substring search (longest surfaces first, no overlaps) and a naive segmentation:
 * paragraphs are lines, sentences end at . ! ? ؟ followed by white space or the end.
 */
import { normalizeArabic } from '../../../../../src/extract/normalize/normalize-arabic.ts';
import type { EventInput } from '../../../../../src/extract/claims/extract-events.ts';
import type { EntityMention, EntityType, ExtractedEntity, Sentence, Span } from '../../../../../src/extract/types.ts';

export type EntitySpec = readonly [surface: string, entityId: string, type: EntityType];

export interface EventInputOptions {
  articleId?: string;
  outletId?: string | null;
  publishedAt?: string | null;
  /** True when the first line is the headline. */
  title?: boolean;
  /** Offset where boilerplate starts. */
  contentEnd?: number;
  locationKinds?: Map<string, string>;
  locationParents?: Map<string, string | null>;
}

function findMentions(text: string, specs: readonly EntitySpec[]): EntityMention[] {
  const taken: Span[] = [];
  const out: EntityMention[] = [];
  for (const [surface, entityId, type] of [...specs].sort((a, b) => b[0].length - a[0].length)) {
    for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
      const span = { start: i, end: i + surface.length };
      if (taken.some((t) => t.start < span.end && span.start < t.end)) continue;
      taken.push(span);
      out.push({ ...span, text: surface, entityId, type });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function segment(text: string, title: boolean): { paragraphs: Span[]; sentences: Sentence[] } {
  const paragraphs: Span[] = [];
  const sentences: Sentence[] = [];
  const lineRe = /[^\n]+/g;
  for (let m = lineRe.exec(text); m !== null; m = lineRe.exec(text)) {
    if (m[0].trim() === '') continue;
    const p = paragraphs.length;
    paragraphs.push({ start: m.index, end: m.index + m[0].length });
    const sentRe = /[^.!?؟]+(?:[.!?؟]+(?=\s|$)|$)|[.!?؟]+/g;
    const line = m[0];
    let start = 0;
    for (let s = sentRe.exec(line); s !== null; s = sentRe.exec(line)) {
      const end = s.index + s[0].length;
      if (!/[.!?؟](?=\s|$)/.test(line.slice(end - 1, end + 1)) && end < line.length) continue;
      const raw = line.slice(start, end);
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      if (trimmed !== '') {
        const abs = m.index + start + lead;
        sentences.push({ start: abs, end: abs + trimmed.length, index: sentences.length, paragraph: p, isTitle: title && p === 0 });
      }
      start = end;
    }
  }
  return { paragraphs, sentences };
}

/** Given a text, its entities and options, returns a ready EventInput. */
export function buildEventInput(text: string, specs: readonly EntitySpec[], options: EventInputOptions = {}): EventInput {
  const mentions = findMentions(text, specs);
  const entities: ExtractedEntity[] = [];
  for (const [surface, id, type] of specs) {
    let e = entities.find((x) => x.id === id);
    if (e === undefined) {
      e = { id, type, name: surface, nameEn: null, mentions: [] };
      entities.push(e);
    }
    e.mentions.push(...mentions.filter((m) => m.entityId === id && m.text === surface).map(({ start, end, text: t }) => ({ start, end, text: t })));
  }
  const { paragraphs, sentences } = segment(text, options.title ?? false);
  const titleSentence = sentences.find((s) => s.isTitle) ?? null;
  return {
    articleId: options.articleId ?? 'test-article',
    text,
    norm: normalizeArabic(text),
    segmentation: { title: titleSentence, paragraphs, sentences, contentEnd: options.contentEnd ?? text.length, dropped: [] },
    mentions,
    entities,
    outletId: options.outletId ?? null,
    publishedAt: options.publishedAt ?? null,
    ...(options.locationKinds ? { locationKinds: options.locationKinds } : {}),
    ...(options.locationParents ? { locationParents: options.locationParents } : {}),
  };
}
