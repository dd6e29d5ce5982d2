/**
 * Internal (browser): the actor-network panel: type a name, pick an actor, see its network; click a node to
 * show it and expand its own neighbours into the graph.
 */
import type { Core, LayoutOptions, NodeSingular } from 'cytoscape';
import { postGraphQL } from '../shared/post-graphql.ts';
import { toList } from '../shared/to-list.ts';
import { createNode } from '../shared/create-node.ts';
import { buildNetworkElements } from './build-network-elements.ts';
import { createGraphView } from './create-graph-view.ts';
import {
  ACTOR_NETWORK,
  FIND_ACTORS,
  type ActorNetworkResult,
  type ActorSummary,
} from './explorer-queries.ts';
import { renderActorName } from './render-actor-name.ts';
import { describeErrors, showStatus } from './show-status.ts';

/** The elements of the panel, from explorer/index.html. */
export interface ActorNetworkElements {
  form: HTMLFormElement;
  input: HTMLInputElement;
  depth: HTMLSelectElement;
  suggestions: HTMLDataListElement;
  matches: HTMLElement;
  graph: HTMLElement;
  details: HTMLElement;
  status: HTMLElement;
}

/** The mounted panel: its graph, and a function that shows one actor's network by id. */
export interface ActorNetworkPanel {
  cy: Core;
  showActor(id: string): Promise<void>;
}

/** Given the panel's elements, wires it up and returns the panel. */
export function mountActorNetwork(el: ActorNetworkElements): ActorNetworkPanel {
  const expanded = new Set<string>();
  let centreId = '';
  // Rings around the actor asked for: its neighbours, then theirs (as far as clicks have expanded the graph).
  const view = createGraphView(el.graph, (cy) => {
    const distance = new Map<string, number>();
    const stretch = Math.min(1.8, Math.max(1, el.graph.clientWidth / Math.max(1, el.graph.clientHeight)));
    cy.elements().bfs({
      roots: cy.getElementById(centreId),
      directed: false,
      visit: (node, _edge, _prev, _i, depth) => void distance.set(node.id(), depth),
    });
    return {
      name: 'concentric',
      animate: false,
      avoidOverlap: true,
      // Labels are wide (two lines); counting them would spread the rings and shrink the drawing.
      nodeDimensionsIncludeLabels: false,
      minNodeSpacing: 90,
      concentric: (node: NodeSingular) => 100 - (distance.get(node.id()) ?? 99),
      levelWidth: () => 1,
      // Rings stretched into ellipses that fill the wide panel, so the labels can be drawn larger.
      transform: (_node: NodeSingular, position: { x: number; y: number }) => ({
        x: position.x * stretch,
        y: position.y,
      }),
    } as LayoutOptions;
  });

  const findActors = async (search: string): Promise<ActorSummary[] | null> => {
    const result = await postGraphQL<{ actors: unknown }>(FIND_ACTORS, { search });
    if (result.errors?.length)
      showStatus(el.status, `Search failed: ${describeErrors(result.errors)}`, 'error');
    return result.data ? toList<ActorSummary>(result.data.actors) : null;
  };

  const fetchNetwork = async (id: string, depth: number): Promise<ActorNetworkResult | null> => {
    const result = await postGraphQL<{ actorNetwork: ActorNetworkResult | null }>(ACTOR_NETWORK, {
      id,
      depth,
    });
    if (result.errors?.length)
      showStatus(el.status, `Network failed: ${describeErrors(result.errors)}`, 'error');
    return result.data?.actorNetwork ?? null;
  };

  const showActor = async (id: string) => {
    showStatus(el.status, 'Loading the network…', 'busy');
    const network = await fetchNetwork(id, Number(el.depth.value) || 1);
    if (!network) return showStatus(el.status, `No actor with id "${id}".`, 'error');
    expanded.clear();
    expanded.add(id);
    centreId = id;
    view.show(buildNetworkElements(network, id));
    view.cy.getElementById(id).addClass('expanded');
    const more = network.truncated ? ' (truncated: the API caps the network size)' : '';
    showStatus(
      el.status,
      `${network.nodes.length} actors, ${network.edges.length} relations${more}. Click a node to expand it.`,
    );
    renderDetails(view.cy.getElementById(id));
  };

  const renderDetails = (node: NodeSingular) => {
    const relations = node.connectedEdges().map((edge) => {
      const other = edge.source().id() === node.id() ? edge.target() : edge.source();
      const arrow = edge.source().id() === node.id() ? '→' : '←';
      return createNode(
        'li',
        {},
        `${arrow} ${String(edge.data('relation'))} `,
        renderActorName(other.data('name'), other.data('nameEn')),
      );
    });
    el.details.replaceChildren(
      createNode('h3', {}, renderActorName(node.data('name'), node.data('nameEn'))),
      createNode(
        'p',
        { class: 'meta' },
        `${String(node.data('kind')).toLowerCase().replace(/_/g, ' ')} · id ${node.id()}`,
      ),
      createNode('ul', { class: 'relations' }, ...relations),
    );
  };

  view.onNodeTap(async (node) => {
    renderDetails(node);
    if (expanded.has(node.id())) return;
    expanded.add(node.id());
    showStatus(el.status, `Expanding ${node.data('nameEn') ?? node.data('name')}…`, 'busy');
    const network = await fetchNetwork(node.id(), 1);
    if (!network) return;
    const added = view.add(buildNetworkElements(network, ''));
    node.addClass('expanded');
    renderDetails(node);
    showStatus(
      el.status,
      `Expanded ${node.data('nameEn') ?? node.data('name')}: ${added} new actors (${view.cy.nodes().length} in all).`,
    );
  });

  el.form.addEventListener('submit', (event) => {
    event.preventDefault();
    void (async () => {
      const text = el.input.value.trim();
      if (!text) return;
      showStatus(el.status, `Searching for "${text}"…`, 'busy');
      const actors = await findActors(text);
      if (!actors) return;
      if (actors.length === 0) return showStatus(el.status, `No actor matches "${text}".`, 'error');
      const exact = actors.find((a) => [a.id, a.name, a.nameEn].includes(text)) ?? actors[0]!;
      el.matches.replaceChildren(
        ...actors.map((actor) => {
          const button = createNode(
            'button',
            { type: 'button', 'data-actor-id': actor.id },
            renderActorName(actor.name, actor.nameEn),
          );
          button.addEventListener('click', () => void showActor(actor.id));
          return button;
        }),
      );
      await showActor(exact.id);
    })();
  });

  let typing: ReturnType<typeof setTimeout> | undefined;
  el.input.addEventListener('input', () => {
    clearTimeout(typing);
    const text = el.input.value.trim();
    if (text.length < 2) return;
    typing = setTimeout(async () => {
      const actors = (await findActors(text)) ?? [];
      el.suggestions.replaceChildren(
        ...actors.map((a) => createNode('option', { value: a.nameEn ?? a.name, label: a.name })),
      );
    }, 250);
  });
  return { cy: view.cy, showActor };
}
