/**
 * Internal (browser): the provenance panel: pick an incident, see who claims what about it: incident -> claims
 * -> sources -> relays -> outlets, figures on the edges, denials in red.
 */
import type { Core, LayoutOptions } from 'cytoscape';
import { postGraphQL } from '../shared/post-graphql.ts';
import { toList } from '../shared/to-list.ts';
import { createNode } from '../shared/create-node.ts';
import { buildProvenanceElements } from './build-provenance-elements.ts';
import { createGraphView } from './create-graph-view.ts';
import {
  INCIDENT_PROVENANCE,
  LIST_INCIDENTS,
  type IncidentProvenanceResult,
  type IncidentSummary,
} from './explorer-queries.ts';
import { toIncidentProvenance, type IncidentProvenance } from './incident-provenance.ts';
import { renderClaimList } from './render-claim-list.ts';
import { describeErrors, showStatus } from './show-status.ts';

/** The elements of the panel, from explorer/index.html. */
export interface IncidentProvenanceElements {
  form: HTMLFormElement;
  select: HTMLSelectElement;
  graph: HTMLElement;
  details: HTMLElement;
  status: HTMLElement;
}

/** The mounted panel: its graph, and a function that shows one incident's provenance by id. */
export interface IncidentProvenancePanel {
  cy: Core;
  showIncident(id: string): Promise<void>;
}

/** Given the panel's elements, wires it up, lists the incidents, and returns the panel. */
export function mountIncidentProvenance(el: IncidentProvenanceElements): IncidentProvenancePanel {
  let current = null as IncidentProvenance | null;
  // Left to right: incident, claims, sources, relays, outlets. Breadthfirst stacks levels top-down, so it lays
  // out in a box with the container's sides swapped and the positions are transposed.
  const view = createGraphView(
    el.graph,
    () =>
      ({
        name: 'breadthfirst',
        directed: true,
        roots: current ? [current.id] : undefined,
        animate: false,
        spacingFactor: 0.95,
        nodeDimensionsIncludeLabels: true,
        boundingBox: { x1: 0, y1: 0, w: el.graph.clientHeight, h: el.graph.clientWidth },
        transform: (_node: unknown, position: { x: number; y: number }) => ({ x: position.y, y: position.x }),
      }) as LayoutOptions,
  );

  const showIncident = async (id: string) => {
    showStatus(el.status, 'Loading the provenance…', 'busy');
    const result = await postGraphQL<{ incident: IncidentProvenanceResult | null }>(INCIDENT_PROVENANCE, {
      id,
    });
    if (result.errors?.length)
      return showStatus(el.status, `Provenance failed: ${describeErrors(result.errors)}`, 'error');
    if (!result.data?.incident) return showStatus(el.status, `No incident with id "${id}".`, 'error');
    const incident = toIncidentProvenance(result.data.incident);
    current = incident;
    el.select.value = id;
    view.show(buildProvenanceElements(incident));
    el.details.replaceChildren(...renderClaimList(incident));
    const denials = incident.claims.filter((c) => c.stance === 'deny').length;
    showStatus(
      el.status,
      `${incident.claims.length} claims${denials ? `, ${denials} denial(s)` : ''}. Click a node for details.`,
    );
  };

  view.onNodeTap((node) => {
    if (!current) return;
    if (node.hasClass('claim')) {
      el.details
        .querySelector(`[data-claim-id="${CSS.escape(String(node.data('claimId')))}"]`)
        ?.scrollIntoView({ block: 'nearest' });
    } else if (node.hasClass('actor')) {
      showStatus(
        el.status,
        `${node.data('nameEn') ?? node.data('name')} (${String(node.data('kind')).toLowerCase()})`,
      );
    }
  });

  el.form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (el.select.value) void showIncident(el.select.value);
  });
  el.select.addEventListener('change', () => {
    if (el.select.value) void showIncident(el.select.value);
  });

  void (async () => {
    const result = await postGraphQL<{ incidents: unknown }>(LIST_INCIDENTS, { first: 100 });
    if (result.errors?.length)
      return showStatus(el.status, `Listing incidents failed: ${describeErrors(result.errors)}`, 'error');
    const incidents = toList<IncidentSummary>(result.data?.incidents);
    el.select.replaceChildren(
      createNode(
        'option',
        { value: '' },
        incidents.length ? `Choose one of ${incidents.length} incidents…` : 'No incidents in the graph yet',
      ),
      ...incidents.map((i) => createNode('option', { value: i.id }, describeIncident(i))),
    );
    if (current) el.select.value = current.id;
  })();
  return { cy: view.cy, showIncident };
}

function describeIncident(incident: IncidentSummary): string {
  const place = incident.location
    ? [incident.location.nameEn, incident.location.name].filter(Boolean).join(' / ')
    : '';
  return [incident.type.toLowerCase(), incident.date ?? incident.dateText, place].filter(Boolean).join(' · ');
}
