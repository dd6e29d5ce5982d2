/**
 * Internal: the expected problems of the events stage, as diagnostics: a claim whose speaker is implied
 * (وأضاف) with nobody named before it, and an incident date written relative to a publication date that is
 * unknown.
 */
import { createDiagnostic, type Diagnostic } from '../diagnostics.ts';
import type { ExtractedIncident } from '../types.ts';
import type { ResolvedDraft } from './resolve-claim-sources.ts';

/** Given the resolved claim drafts, the incidents and the publication date of an article, returns its diagnostics. */
export function listEventDiagnostics(drafts: readonly ResolvedDraft[], incidents: readonly ExtractedIncident[], publishedAt: string | null): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const d of drafts) {
    if (!d.guessed) continue;
    const span = { start: d.sentence.sentence.start, end: d.sentence.sentence.end };
    out.push(createDiagnostic('AMBIGUOUS_SOURCE', 'claims', 'the speaker is implied and nobody spoke before: the outlet is assumed', { span, severity: 'info' }));
  }
  for (const i of incidents) {
    if (publishedAt !== null || i.dateText === null || i.date !== null) continue;
    const first = i.evidence[0];
    const span = first === undefined ? null : { start: first.start, end: first.end };
    out.push(createDiagnostic('UNPARSED_DATE', 'incidents', `"${i.dateText}" cannot be fixed without a publication date`, { span, severity: 'info' }));
  }
  return out;
}
