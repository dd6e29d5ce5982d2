/**
 * Public API: cross-article incident resolution for one load batch, against the batch itself AND the incidents
 * the graph already holds (so a later article joins an incident loaded earlier, and a resumed load decides as an
 * uninterrupted one would). A stored incident keeps its id; new ones join it.
 */
import type { Db } from '../db/create-driver.ts';
import { readCypher } from '../db/run-cypher.ts';
import { shiftIsoDate } from '../extract/dates/shift-iso-date.ts';
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

/** A place and the windows to search around one new incident (see cypher/read/incident-candidates.cypher). */
interface CandidateKey {
  locationId: string;
  from: string | null;
  to: string | null;
  publishedFrom: string | null;
  publishedTo: string | null;
}

const CANDIDATES_PER_PLACE = 500;
/** Days either side of a dated incident: the resolver's month window (its widest but for year precision). */
const DATE_WINDOW_DAYS = 31;
/** Days either side of the publication date for undated incidents (the resolver's publication window is 2). */
const PUBLISHED_WINDOW_DAYS = 2;

/** Given a new incident's place and date and its article's publication date, returns its candidate search key. */
export function toCandidateKey(locationId: string, date: string | null, publishedAt: string | null): CandidateKey {
  const around = (iso: string | null, days: number): [string | null, string | null] =>
    iso === null ? [null, null] : [shiftIsoDate(iso, -days), shiftIsoDate(iso, days)];
  const [from, to] = around(date, DATE_WINDOW_DAYS);
  const [publishedFrom, publishedTo] = around(publishedAt, PUBLISHED_WINDOW_DAYS);
  return { locationId, from, to, publishedFrom, publishedTo };
}

/** Given the places' PART_OF links, returns the resolver the loader calls for each batch. */
export function createIncidentResolver(places: readonly PlaceRef[]) {
  return async (db: Db, batch: readonly PreparedArticle[]): Promise<IncidentResolution> => {
    const keys = new Map<string, CandidateKey>();
    for (const a of batch) {
      for (const i of a.extracted.incidents) {
        if (!i.locationId) continue;
        const key = toCandidateKey(i.locationId, i.date, a.extracted.publishedAt);
        keys.set(JSON.stringify(key), key);
      }
    }
    const stored = keys.size === 0
      ? []
      : await readCypher<CandidateRow>(db, 'incidentCandidates', { keys: [...keys.values()], limit: CANDIDATES_PER_PLACE });
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
