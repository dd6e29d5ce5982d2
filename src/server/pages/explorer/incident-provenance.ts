/**
 * Internal (browser): the provenance panel's model of an incident, read from the API's `incident.provenance`.
 */
import type { ActorSummary, IncidentProvenanceResult, IncidentSummary } from './explorer-queries.ts';
import type { ClaimFigures } from './format-figures.ts';

/** One claim about an incident, with its provenance; stance and type in lower case ("deny", "airstrike"). */
export interface ProvenanceClaim extends ClaimFigures {
  id: string;
  text: string;
  stance: string;
  source: ActorSummary | null;
  relays: { hop: number; actor: ActorSummary }[];
  outlet: ActorSummary | null;
  article: { id: string; title: string | null; url: string | null; publishedAt: string | null } | null;
}

/** An incident with the claims made about it, and why its articles' reports were joined into it. */
export interface IncidentProvenance extends IncidentSummary {
  claims: ProvenanceClaim[];
  reportedIn: IncidentProvenanceResult['reportedIn'];
  mergedFrom: string[];
  mergeReasons: string[];
}

/** Given the API's incident with its provenance entries, returns the panel's model of it. */
export function toIncidentProvenance(result: IncidentProvenanceResult): IncidentProvenance {
  return {
    id: result.id,
    type: result.type.toLowerCase(),
    date: result.date,
    dateText: result.dateText,
    summary: result.summary,
    location: result.location,
    reportedIn: result.reportedIn ?? [],
    mergedFrom: result.mergedFrom ?? [],
    mergeReasons: result.mergeReasons ?? [],
    claims: result.provenance.map((entry) => ({
      ...entry.claim,
      stance: entry.stance.toLowerCase(),
      killed: entry.killed,
      injured: entry.injured,
      source: entry.source,
      relays: entry.relays ?? [],
      outlet: entry.outlet,
      article: entry.article,
    })),
  };
}
