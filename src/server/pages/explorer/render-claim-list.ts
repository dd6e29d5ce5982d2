/**
 * Internal (browser): the provenance panel's reading view: who reported the incident, then each claim with its
 * stance, figures, chain (source -> relays -> outlet) and sentence.
 */
import { createNode } from '../shared/create-node.ts';
import type { ActorSummary } from './explorer-queries.ts';
import type { IncidentProvenance, ProvenanceClaim } from './incident-provenance.ts';
import { formatFigures } from './format-figures.ts';
import { renderActorName } from './render-actor-name.ts';

/** Given an incident with its claims, returns the elements listing its outlets and claims. */
export function renderClaimList(incident: IncidentProvenance): HTMLElement[] {
  const outlets = uniqueById(incident.claims.flatMap((c) => (c.outlet ? [c.outlet] : [])));
  return [
    createNode('h3', {}, `${incident.type} · ${incident.date ?? incident.dateText ?? 'date unknown'}`),
    incident.summary
      ? createNode('p', { class: 'summary', dir: 'rtl', lang: 'ar' }, incident.summary)
      : createNode('span'),
    createNode(
      'p',
      { class: 'outlets' },
      'Reported by: ',
      ...joinNodes(outlets.map((o) => renderActorName(o.name, o.nameEn))),
    ),
    renderMergeReasons(incident),
    createNode('ol', { class: 'claims' }, ...incident.claims.map(renderClaim)),
  ];
}

/** Why the incident joins several articles' reports: the articles, then one line per join with its cues. */
function renderMergeReasons(incident: IncidentProvenance): HTMLElement {
  const articles = incident.reportedIn.map((a) =>
    createNode(
      'li',
      {},
      [a.publishedAt, a.outlet?.nameEn ?? a.outlet?.name, a.file ?? a.title ?? a.id]
        .filter(Boolean)
        .join(' · '),
    ),
  );
  if (incident.mergedFrom.length < 2) {
    return createNode(
      'section',
      { class: 'merge-reasons' },
      createNode('h4', {}, 'Reported in one article'),
      createNode('ul', { class: 'reported-in' }, ...articles),
    );
  }
  return createNode(
    'section',
    { class: 'merge-reasons' },
    createNode(
      'h4',
      {},
      `Joined from ${incident.mergedFrom.length} reports in ${incident.reportedIn.length} articles`,
    ),
    createNode('ul', { class: 'reported-in' }, ...articles),
    createNode('ol', { class: 'reasons' }, ...incident.mergeReasons.map((r) => createNode('li', {}, r))),
  );
}

function renderClaim(claim: ProvenanceClaim): HTMLLIElement {
  const chain = [
    claim.source,
    ...[...(claim.relays ?? [])].sort((a, b) => a.hop - b.hop).map((r) => r.actor),
    claim.outlet,
  ];
  const figures = formatFigures(claim);
  return createNode(
    'li',
    { class: `claim stance-${claim.stance}`, 'data-claim-id': claim.id },
    createNode('span', { class: 'stance' }, claim.stance === 'deny' ? 'DENIAL' : claim.stance),
    figures ? createNode('span', { class: 'figures' }, figures) : null,
    createNode(
      'span',
      { class: 'chain' },
      ...joinNodes(
        uniqueById(chain.filter((a): a is ActorSummary => !!a)).map((a) => renderActorName(a.name, a.nameEn)),
        ' → ',
      ),
    ),
    createNode('q', { dir: 'rtl', lang: 'ar' }, claim.text),
  );
}

function uniqueById<T extends { id: string }>(items: T[]): T[] {
  return [...new Map(items.map((item) => [item.id, item])).values()];
}

function joinNodes(nodes: Node[], separator = ', '): (Node | string)[] {
  return nodes.flatMap((node, i) => (i === 0 ? [node] : [separator, node]));
}
