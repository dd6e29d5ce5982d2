/**
 * Public API: one batch of extracted articles as the rows of the load statements (cypher/load/*), following
 * docs/graph-model.md. Pure: no database.
 */
import type { ExtractedArticle, ExtractedIncident, FigureKind, Figures } from '../extract/types.ts';
import { toReportPeriod } from '../resolve/report-period.ts';
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

type Row = Record<string, unknown>;

export interface ArticleRows {
  articles: Row[];
  foundActors: Row[];
  foundLocations: Row[];
  actorMentions: Row[];
  locationMentions: Row[];
  publishedBy: Row[];
  reports: Row[];
  claims: Row[];
  attributedTo: Row[];
  relayedBy: Row[];
  reportClaims: Row[];
}

/**
 * Given prepared articles, the ids the lexicon already holds, the places of the place tree and a load time,
 * returns the rows to write. Entities the lexicon lacks become "found" nodes; each extracted incident becomes
 * one report of its article (the resolution stage joins reports into incidents).
 */
export function buildArticleRows(
  articles: readonly PreparedArticle[],
  lexiconIds: ReadonlySet<string>,
  treePlaceIds: ReadonlySet<string>,
  loadedAt: string,
): ArticleRows {
  const rows: ArticleRows = {
    articles: [],
    foundActors: [],
    foundLocations: [],
    actorMentions: [],
    locationMentions: [],
    publishedBy: [],
    reports: [],
    claims: [],
    attributedTo: [],
    relayedBy: [],
    reportClaims: [],
  };
  const found = new Map<string, Row & { name: string; aliases: string[] }>();
  const links = new Set<string>();
  const link = (list: Row[], key: string, row: Row): void => {
    if (links.has(key)) return;
    links.add(key);
    list.push(row);
  };

  for (const article of articles) {
    const x = article.extracted;
    rows.articles.push({
      id: article.id,
      props: {
        title: x.title,
        url: article.url,
        publishedAt: x.publishedAt,
        language: article.language ?? 'ar',
        text: article.text,
        contentHash: article.contentHash,
        file: article.file,
        outletId: x.outlet,
        loadedAt,
      },
    });
    for (const entity of x.entities) {
      const isPlace = entity.type === 'location';
      if (!lexiconIds.has(entity.id)) {
        const aliases = [...new Set(entity.mentions.map((m) => m.text))].sort();
        const seen = found.get(entity.id);
        // Whatever article comes first, a found entity gets the smallest name and every alias (the statements
        // do the same across batches), so the graph does not depend on the order of loading.
        if (seen) {
          seen.aliases = [...new Set([...seen.aliases, ...aliases])].sort();
          seen.aliasText = joinAliases(seen.aliases);
          if (entity.name < seen.name) seen.name = entity.name;
        } else {
          const row = {
            id: entity.id,
            name: entity.name,
            nameEn: entity.nameEn,
            kind: entity.type.toUpperCase(),
            aliases,
            aliasText: joinAliases(aliases),
          };
          found.set(entity.id, row);
          (isPlace ? rows.foundLocations : rows.foundActors).push(row);
        }
      }
      (isPlace ? rows.locationMentions : rows.actorMentions).push({
        articleId: article.id,
        entityId: entity.id,
        count: entity.mentions.length,
      });
    }
    if (x.outlet) rows.publishedBy.push({ articleId: article.id, outletId: x.outlet });

    for (const incident of x.incidents) {
      link(
        rows.reports,
        `report|${incident.id}`,
        toReportRow(article.id, x.publishedAt, x.outlet, incident, treePlaceIds),
      );
    }
    for (const claim of x.claims) {
      const f = claim.figures;
      rows.claims.push({
        id: claim.id,
        articleId: article.id,
        props: {
          text: claim.text,
          start: claim.start,
          end: claim.end,
          stance: claim.stance,
          killed: toCount(f, 'killed'),
          injured: toCount(f, 'injured'),
          casualties: toCount(f, 'casualties'),
          captured: toCount(f, 'captured'),
          displaced: toCount(f, 'displaced'),
          victims: typeof f?.victims === 'string' ? f.victims : null,
          qualifier: f?.qualifier ?? null,
          vague: f?.vague ?? false,
        },
      });
      if (claim.sourceId) rows.attributedTo.push({ claimId: claim.id, actorId: claim.sourceId });
      claim.via.forEach((actorId, index) =>
        rows.relayedBy.push({ claimId: claim.id, actorId, hop: index + 1 }),
      );
      if (claim.incidentId) rows.reportClaims.push({ claimId: claim.id, reportId: claim.incidentId });
    }
  }
  return rows;
}

function toReportRow(
  articleId: string,
  publishedAt: string | null,
  outletId: string | null,
  incident: ExtractedIncident,
  treePlaceIds: ReadonlySet<string>,
): Row {
  const datePrecision = incident.datePrecision ?? (incident.date ? 'day' : 'unknown');
  const period = toReportPeriod({ date: incident.date, datePrecision, publishedAt });
  return {
    id: incident.id,
    articleId,
    props: {
      type: incident.type,
      date: incident.date,
      dateText: incident.dateText,
      datePrecision,
      locationId: incident.locationId,
      locationPrecision: incident.locationPrecision ?? 'unknown',
      placeKnown: incident.locationId !== null && treePlaceIds.has(incident.locationId),
      periodFrom: period?.from ?? null,
      periodTo: period?.to ?? null,
      publishedAt,
      outletId,
      perpetratorIds: [...incident.perpetratorIds],
      targetIds: [...incident.targetIds],
      summary: incident.summary ?? incident.evidence[0]?.text ?? null,
      evidenceTexts: incident.evidence.map((e) => e.text),
      evidenceStarts: incident.evidence.map((e) => e.start),
      evidenceEnds: incident.evidence.map((e) => e.end),
    },
  };
}

/** A vague count ("عشرات") is stored as its lower bound, with `vague` set on the claim. */
function toCount(figures: Figures | null | undefined, kind: FigureKind): number | null {
  const value: unknown = figures?.[kind];
  if (typeof value === 'number' && Number.isFinite(value)) return Math.round(value);
  return value === null || value === undefined ? null : (figures?.lowerBounds?.[kind] ?? null);
}
