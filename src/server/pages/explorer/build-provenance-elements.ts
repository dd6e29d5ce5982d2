/**
 * Internal (browser): turns an incident's claims into its provenance graph: incident -> claim -> source ->
 * relays (hop order) -> outlet, with the figures on the incident-claim edge and denials marked.
 */
import type { ElementDefinition } from 'cytoscape';
import type { ActorSummary } from './explorer-queries.ts';
import type { IncidentProvenance, ProvenanceClaim } from './incident-provenance.ts';
import { formatFigures } from './format-figures.ts';
import { formatNodeLabel } from './format-node-label.ts';

/** Given an incident with its claims, returns cytoscape nodes and edges (shared actors drawn once). */
export function buildProvenanceElements(incident: IncidentProvenance): ElementDefinition[] {
  const nodes = new Map<string, ElementDefinition>();
  const edges = new Map<string, ElementDefinition>();
  const addActor = (actor: ActorSummary, role: string) => {
    const existing = nodes.get(actor.id);
    if (existing) {
      existing.classes = `${existing.classes ?? ''} ${role}`;
      return;
    }
    nodes.set(actor.id, {
      group: 'nodes',
      data: {
        id: actor.id,
        label: formatNodeLabel(actor.name, actor.nameEn),
        name: actor.name,
        nameEn: actor.nameEn,
        kind: actor.kind,
      },
      classes: `actor kind-${actor.kind.toLowerCase()} ${role}`,
    });
  };
  const addEdge = (source: string, target: string, label: string, classes: string) => {
    const id = `${source}->${target}`;
    if (!edges.has(id)) edges.set(id, { group: 'edges', data: { id, source, target, label }, classes });
  };

  const place = incident.location ? ` · ${incident.location.nameEn ?? incident.location.name}` : '';
  nodes.set(incident.id, {
    group: 'nodes',
    data: {
      id: incident.id,
      label: `${incident.type}${place}\n${incident.date ?? incident.dateText ?? ''}`.trim(),
      kind: 'INCIDENT',
    },
    classes: 'incident',
  });
  for (const claim of incident.claims) {
    const deny = claim.stance === 'deny';
    const claimId = `claim:${claim.id}`;
    nodes.set(claimId, {
      group: 'nodes',
      data: {
        id: claimId,
        label: deny ? 'DENIES' : claim.stance,
        kind: 'CLAIM',
        claimId: claim.id,
        text: claim.text,
      },
      classes: `claim stance-${claim.stance}`,
    });
    addEdge(incident.id, claimId, formatFigures(claim), deny ? 'about deny' : 'about');
    let previous = claimId;
    for (const [index, actor] of chainOf(claim).entries()) {
      addActor(actor, index === 0 ? 'source' : 'relay');
      addEdge(previous, actor.id, index === 0 ? 'source' : 'via', deny ? 'chain deny' : 'chain');
      previous = actor.id;
    }
    if (claim.outlet) {
      addActor(claim.outlet, 'outlet');
      if (claim.outlet.id !== previous)
        addEdge(previous, claim.outlet.id, 'published by', deny ? 'published deny' : 'published');
    }
  }
  return [...nodes.values(), ...edges.values()];
}

/** Given a claim, returns its source then its relays nearest the source first, each actor once. */
function chainOf(claim: ProvenanceClaim): ActorSummary[] {
  const chain = [
    claim.source,
    ...[...(claim.relays ?? [])].sort((a, b) => a.hop - b.hop).map((r) => r.actor),
  ];
  const seen = new Set<string>();
  return chain.filter(
    (actor): actor is ActorSummary => !!actor && !seen.has(actor.id) && !!seen.add(actor.id),
  );
}
