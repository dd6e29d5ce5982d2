/**
 * Public API: one batch of extracted articles as the rows of the load statements (cypher/load/*), following
 * docs/graph-model.md. Pure: no database.
 */
import type { ExtractedArticle, ExtractedIncident, FigureKind, Figures } from '../extract/types.ts';
import { joinAliases } from './build-reference-rows.ts';

/** An extracted article with its stable identity. */
export interface PreparedArticle {
  id: string;
  contentHash: string;
  file: string;
  url: string | null;
  language: string | null;
  text: string;
  extracted: ExtractedArticle;
}

/** Where each per-article incident id went after cross-article resolution. */
export type IncidentResolution = ReadonlyMap<string, { canonicalId: string; reasons: string[] }>;

type Row = Record<string, unknown>;

export interface ArticleRows {
  articles: Row[];
  foundActors: Row[];
  foundLocations: Row[];
  actorMentions: Row[];
  locationMentions: Row[];
  publishedBy: Row[];
  incidents: Row[];
  occurredIn: Row[];
  perpetrated: Row[];
  targeted: Row[];
  claims: Row[];
  attributedTo: Row[];
  relayedBy: Row[];
  claimAbout: Row[];
  reportedIn: Row[];
}

/**
 * Given prepared articles, the ids the lexicon already holds, the incident resolution and a load time, returns
 * the rows to write. Entities the lexicon lacks become "found" nodes; each real incident becomes one row.
 */
export function buildArticleRows(
  articles: readonly PreparedArticle[],
  lexiconIds: ReadonlySet<string>,
  resolution: IncidentResolution,
  loadedAt: string,
): ArticleRows {
  const rows: ArticleRows = {
    articles: [], foundActors: [], foundLocations: [], actorMentions: [], locationMentions: [], publishedBy: [],
    incidents: [], occurredIn: [], perpetrated: [], targeted: [], claims: [], attributedTo: [], relayedBy: [], claimAbout: [], reportedIn: [],
  };
  const incidentRows = new Map<string, Row & { mergedFrom: string[]; mergeReasons: string[] }>();
  const links = new Set<string>();
  const link = (list: Row[], key: string, row: Row): void => {
    if (links.has(key)) return;
    links.add(key);
    list.push(row);
  };
  const canonical = (id: string): string => resolution.get(id)?.canonicalId ?? id;

  for (const article of articles) {
    const x = article.extracted;
    rows.articles.push({
      id: article.id,
      props: {
        title: x.title, url: article.url, publishedAt: x.publishedAt, language: article.language ?? 'ar', text: article.text,
        contentHash: article.contentHash, file: article.file, outletId: x.outlet, loadedAt,
      },
    });
    for (const entity of x.entities) {
      const isPlace = entity.type === 'location';
      if (!lexiconIds.has(entity.id)) {
        const aliases = [...new Set(entity.mentions.map((m) => m.text))];
        const row = { id: entity.id, name: entity.name, nameEn: entity.nameEn, kind: entity.type.toUpperCase(), aliases, aliasText: joinAliases(aliases) };
        link(isPlace ? rows.foundLocations : rows.foundActors, `found|${entity.id}`, row);
      }
      (isPlace ? rows.locationMentions : rows.actorMentions).push({ articleId: article.id, entityId: entity.id, count: entity.mentions.length });
    }
    if (x.outlet) rows.publishedBy.push({ articleId: article.id, outletId: x.outlet });

    for (const incident of x.incidents) {
      const id = canonical(incident.id);
      addIncident(incident, id);
      link(rows.reportedIn, `rep|${id}|${article.id}`, { incidentId: id, articleId: article.id });
    }
    for (const claim of x.claims) {
      const f = claim.figures;
      rows.claims.push({
        id: claim.id,
        articleId: article.id,
        props: {
          text: claim.text, start: claim.start, end: claim.end, stance: claim.stance,
          killed: toCount(f, 'killed'), injured: toCount(f, 'injured'), casualties: toCount(f, 'casualties'),
          captured: toCount(f, 'captured'), displaced: toCount(f, 'displaced'),
          victims: typeof f?.victims === 'string' ? f.victims : null, qualifier: f?.qualifier ?? null, vague: f?.vague ?? false,
        },
      });
      if (claim.sourceId) rows.attributedTo.push({ claimId: claim.id, actorId: claim.sourceId });
      claim.via.forEach((actorId, index) => rows.relayedBy.push({ claimId: claim.id, actorId, hop: index + 1 }));
      if (claim.incidentId) rows.claimAbout.push({ claimId: claim.id, incidentId: canonical(claim.incidentId) });
    }
  }
  rows.incidents = [...incidentRows.values()];
  return rows;

  function addIncident(incident: ExtractedIncident, id: string): void {
    const existing = incidentRows.get(id);
    const reasons = resolution.get(incident.id)?.reasons ?? [];
    if (existing) {
      existing.mergedFrom.push(incident.id);
      existing.mergeReasons.push(...reasons.filter((r) => !existing.mergeReasons.includes(r)));
      existing.date ??= incident.date;
      existing.dateText ??= incident.dateText;
    } else {
      incidentRows.set(id, {
        id, type: incident.type, date: incident.date, dateText: incident.dateText,
        datePrecision: incident.datePrecision ?? (incident.date ? 'day' : 'unknown'),
        locationPrecision: incident.locationPrecision ?? 'unknown',
        summary: incident.summary ?? incident.evidence[0]?.text ?? null,
        mergedFrom: [incident.id], mergeReasons: [...reasons],
      });
    }
    if (incident.locationId) link(rows.occurredIn, `in|${id}|${incident.locationId}`, { incidentId: id, locationId: incident.locationId });
    for (const actorId of incident.perpetratorIds) link(rows.perpetrated, `by|${actorId}|${id}`, { actorId, incidentId: id });
    for (const actorId of incident.targetIds) link(rows.targeted, `at|${id}|${actorId}`, { incidentId: id, actorId });
  }
}

/** A vague count ("عشرات") is stored as its lower bound, with `vague` set on the claim. */
function toCount(figures: Figures | null | undefined, kind: FigureKind): number | null {
  const value: unknown = figures?.[kind];
  if (typeof value === 'number' && Number.isFinite(value)) return Math.round(value);
  return value === null || value === undefined ? null : (figures?.lowerBounds?.[kind] ?? null);
}
