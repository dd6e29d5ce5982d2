/**
 * Internal (browser): turns an actor network from the API into graph elements.
 */
import type { ElementDefinition } from 'cytoscape';
import type { ActorNetwork } from './explorer-queries.ts';
import { formatNodeLabel } from './format-node-label.ts';

/** Given a network and the id of the actor it was asked for, returns cytoscape nodes and edges. */
export function buildNetworkElements(network: ActorNetwork, centreId: string): ElementDefinition[] {
  const ids = new Set(network.nodes.map((n) => n.id));
  const nodes: ElementDefinition[] = network.nodes.map((actor) => ({
    group: 'nodes',
    data: { id: actor.id, label: formatNodeLabel(actor.name, actor.nameEn), name: actor.name, nameEn: actor.nameEn, kind: actor.kind },
    classes: [`kind-${actor.kind.toLowerCase()}`, actor.id === centreId ? 'centre' : ''].join(' ').trim(),
  }));
  const edges: ElementDefinition[] = network.edges
    .filter((e) => ids.has(e.source) && ids.has(e.target))
    .map((edge) => ({
      group: 'edges',
      data: {
        id: `${edge.source}|${edge.relation}|${edge.target}`,
        source: edge.source,
        target: edge.target,
        relation: edge.relation,
        label: formatRelation(edge.relation, edge.weight),
      },
      classes: `rel-${edge.relation.toLowerCase()}`,
    }));
  return [...nodes, ...edges];
}

/** Given a relation name and weight, returns the edge's label: "backed by", "perpetrated ×3". */
function formatRelation(relation: string, weight: number | null): string {
  const text = relation.toLowerCase().replace(/_/g, ' ');
  return weight && weight > 1 ? `${text} ×${weight}` : text;
}
