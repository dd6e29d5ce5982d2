/**
 * Public API: cross-article incident resolution for one load batch, against the batch itself AND the incidents
 * the graph already holds (so a later article joins an incident loaded earlier, and a resumed load decides as an
 * uninterrupted one would). A stored incident keeps its id; new ones join it.
 */
import type { Db } from '../db/create-driver.ts';
import { readCypher } from '../db/run-cypher.ts';
import type { ExtractedArticle, IncidentType } from '../extract/types.ts';
import type { PlaceRef } from '../resolve/place-tree.ts';
import { resolveIncidents } from '../resolve/resolve-incidents.ts';
import type { IncidentResolution, PreparedArticle } from './build-article-rows.ts';

interface CandidateRow {
  id: string;
  type: IncidentType;
  date: string | null;
  datePrecision: string | null;
  locationId: string;
  perpetratorIds: string[];
  publishedAt: string | null;
}

const CANDIDATES_PER_PLACE = 500;

/** Given the places' PART_OF links, returns the resolver the loader calls for each batch. */
export function createIncidentResolver(places: readonly PlaceRef[]) {
  return async (db: Db, batch: readonly PreparedArticle[]): Promise<IncidentResolution> => {
    const keys = new Map<string, { locationId: string; date: string | null }>();
    for (const a of batch) {
      for (const i of a.extracted.incidents) if (i.locationId) keys.set(`${i.locationId}|${i.date}`, { locationId: i.locationId, date: i.date });
    }
    const stored = keys.size === 0 ? [] : await readCypher<CandidateRow>(db, 'incidentCandidates', { keys: [...keys.values()], limit: CANDIDATES_PER_PLACE });
    // Stored ids win their group and two stored incidents are never joined: ids in the graph never change.
    const result = resolveIncidents([...stored.map(asArticle), ...batch.map((a) => a.extracted)], places, {
      existingIds: stored.map((c) => c.id),
    });
    const reasons = new Map(result.merges.flatMap((m) => [[m.from, m.reasons], [m.into, m.reasons]] as const));
    const resolution = new Map<string, { canonicalId: string; reasons: string[] }>();
    for (const a of batch) {
      for (const i of a.extracted.incidents) {
        const canonicalId = result.canonicalIds[i.id] ?? i.id;
        resolution.set(i.id, { canonicalId, reasons: canonicalId === i.id ? [] : (reasons.get(i.id) ?? []) });
      }
    }
    return resolution;
  };
}

function asArticle(c: CandidateRow): ExtractedArticle {
  return {
    file: '', id: `stored:${c.id}`, title: null, outlet: null, publishedAt: c.publishedAt, entities: [], claims: [], diagnostics: [],
    incidents: [{
      id: c.id, type: c.type, locationId: c.locationId, perpetratorIds: c.perpetratorIds, targetIds: [], date: c.date,
      dateText: null, datePrecision: (c.datePrecision ?? (c.date ? 'day' : 'unknown')) as 'day', evidence: [],
    }],
  };
}
