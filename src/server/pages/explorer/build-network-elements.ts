/**
 * Internal (browser): turns an actor network from the API into graph elements.
 */
import type { ElementDefinition } from 'cytoscape';
import type { ActorNetworkResult } from './explorer-queries.ts';
import { formatNodeLabel } from './format-node-label.ts';

/** Given a network and the id of the actor it was asked for, returns cytoscape nodes and edges. */
export function buildNetworkElements(network: ActorNetworkResult, centreId: string): ElementDefinition[] {
  const ids = new Set(network.nodes.map((n) => n.id));
  const nodes: ElementDefinition[] = network.nodes.map((actor) => ({
    group: 'nodes',
    data: {
      id: actor.id,
      label: formatNodeLabel(actor.name, actor.nameEn),
      name: actor.name,
      nameEn: actor.nameEn,
      kind: actor.kind,
    },
    classes: [`kind-${actor.kind.toLowerCase()}`, actor.id === centreId ? 'centre' : ''].join(' ').trim(),
  }));
  const edges: ElementDefinition[] = network.edges
    .filter((e) => ids.has(e.source.id) && ids.has(e.target.id))
    .map((edge) => ({
      group: 'edges',
      data: {
        id: `${edge.source.id}|${edge.relation}|${edge.role ?? ''}|${edge.target.id}`,
        source: edge.source.id,
        target: edge.target.id,
        relation: formatRelation(edge.role ?? edge.relation, 1),
        label: formatRelation(edge.role ?? edge.relation, edge.weight),
      },
      classes: `rel-${edge.relation.toLowerCase()}`,
    }));
  return [...nodes, ...edges];
}

/** Given a relation or affiliation role and a weight, returns the edge's label: "backed by", "adversary ×3". */
function formatRelation(relation: string, weight: number | null): string {
  const text = relation.toLowerCase().replace(/_/g, ' ');
  return weight && weight > 1 ? `${text} ×${weight}` : text;
}
