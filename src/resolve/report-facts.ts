/**
 * Public API: one article's report of an incident, as the resolver needs it. Reports are owned by their article
 * (stored as `IncidentReport` nodes); the joined `Incident` nodes are computed from them (resolve-reports.ts).
 */
import type { DatePrecision, IncidentType } from '../extract/types.ts';

/** What one article says about one incident, with what the comparison needs from the article. */
export interface ReportFacts {
  /** The article's own incident id (`inc_…`), stable across loads. */
  id: string;
  articleId: string;
  outletId: string | null;
  /** ISO publication date of the article, or null. */
  publishedAt: string | null;
  type: IncidentType;
  locationId: string | null;
  /** ISO date (resolved against the publication date by the extractor), or null. */
  date: string | null;
  datePrecision: DatePrecision;
  perpetratorIds: readonly string[];
  targetIds: readonly string[];
  /** Distinctive objects named by the report's sentences (`hospital`, `market`…), see find-report-objects.ts. */
  objects: readonly string[];
  /** Killed figures the article's claims about it give. */
  killed: readonly number[];
}
