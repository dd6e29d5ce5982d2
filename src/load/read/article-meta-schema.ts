/**
 * Public API: validation of article metadata (sidecar `NAME.meta.json`, folder `index.json`, JSONL fields).
 */
import { z } from 'zod';
import type { ArticleMeta } from '../../extract/types.ts';
import { isCalendarDate } from './is-calendar-date.ts';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}/, 'must be an ISO date like 2019-02-11')
  .refine((v) => isCalendarDate(v.slice(0, 10)), 'is not a real date')
  .transform((v) => v.slice(0, 10));

export const ArticleMetaSchema = z
  .object({
    title: z.string().nullish(),
    outlet: z.string().nullish(),
    url: z.string().url().nullish(),
    publishedAt: isoDate.nullish(),
    language: z.string().min(2).max(8).nullish(),
    id: z.string().min(1).max(200).nullish(),
  })
  .passthrough();

/** Given unknown JSON, returns validated metadata or the list of problems (field: reason). */
export function parseArticleMeta(
  value: unknown,
): { ok: true; meta: ArticleMeta & { id?: string | null } } | { ok: false; problems: string[] } {
  const parsed = ArticleMetaSchema.safeParse(value);
  if (!parsed.success)
    return {
      ok: false,
      problems: parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'} ${i.message}`),
    };
  const { title, outlet, url, publishedAt, language, id } = parsed.data;
  return { ok: true, meta: { title, outlet, url, publishedAt, language, id } };
}
