/**
 * Public API: rewrites extracted articles so that every incident and every claim's incidentId carries its
 * canonical id (see resolveIncidents). Each article keeps its own evidence; loading the result merges the
 * incident nodes of one event into one.
 */
import type { ExtractedArticle } from '../extract/types.ts';
import type { IncidentResolution } from './resolve-incidents.ts';

/** Given articles and a resolution, returns new articles whose incident ids are canonical. */
export function applyIncidentResolution(articles: readonly ExtractedArticle[], resolution: IncidentResolution): ExtractedArticle[] {
  const canonical = (id: string | null): string | null => (id === null ? null : resolution.canonicalIds[id] ?? id);
  return articles.map((a) => ({
    ...a,
    incidents: a.incidents.map((i) => ({ ...i, id: canonical(i.id) ?? i.id })),
    claims: a.claims.map((c) => ({ ...c, incidentId: canonical(c.incidentId) })),
  }));
}
