/**
 * Internal: which incident a claim speaks about: the first incident with a trigger in what its source says,
 * else the first with a trigger in its sentence, else none.
 */
import type { ExtractedIncident } from '../types.ts';
import type { ResolvedDraft } from './resolve-claim-sources.ts';

/** Given a claim draft, the incidents and their trigger tokens, returns the incident id of the claim or null. */
export function linkClaimToIncident(
  d: ResolvedDraft,
  incidents: readonly ExtractedIncident[],
  triggerTokens: readonly number[][],
): string | null {
  const pick = (inside: (t: number) => boolean): string | null => {
    let best: { id: string; at: number } | null = null;
    incidents.forEach((inc, k) => {
      for (const t of triggerTokens[k] ?? []) if (inside(t) && (best === null || t < best.at)) best = { id: inc.id, at: t };
    });
    return best === null ? null : (best as { id: string }).id;
  };
  const { tokStart, tokEnd } = d.sentence;
  return pick((t) => d.content.some((r) => t >= r.start && t < r.end)) ?? pick((t) => t >= tokStart && t < tokEnd);
}
