/**
 * Internal (browser): entry point of the explorer page: the actor-network and incident-provenance panels,
 * with deep links (?actor=<id>, ?incident=<id>). Waits for the bundled Arabic font so canvas labels use it.
 */
import { requireElement } from '../shared/require-element.ts';
import { mountActorNetwork } from './mount-actor-network.ts';
import { mountIncidentProvenance } from './mount-incident-provenance.ts';

async function start(): Promise<void> {
  // Canvas text does not re-render when a web font arrives, so load it before the first drawing.
  await Promise.allSettled([
    document.fonts.load('12px "Noto Sans Arabic"', 'ا'),
    document.fonts.load('bold 12px "Noto Sans Arabic"', 'ا'),
  ]);
  const network = mountActorNetwork({
    form: requireElement('actor-form', HTMLFormElement),
    input: requireElement('actor-input', HTMLInputElement),
    depth: requireElement('actor-depth', HTMLSelectElement),
    suggestions: requireElement('actor-suggestions', HTMLDataListElement),
    matches: requireElement('actor-matches', HTMLElement),
    graph: requireElement('network-graph', HTMLElement),
    details: requireElement('network-details', HTMLElement),
    status: requireElement('network-status', HTMLElement),
  });
  const provenance = mountIncidentProvenance({
    form: requireElement('incident-form', HTMLFormElement),
    select: requireElement('incident-select', HTMLSelectElement),
    graph: requireElement('provenance-graph', HTMLElement),
    details: requireElement('provenance-details', HTMLElement),
    status: requireElement('provenance-status', HTMLElement),
  });
  const params = new URLSearchParams(window.location.search);
  const actor = params.get('actor');
  const incident = params.get('incident');
  if (actor) void network.showActor(actor);
  if (incident) void provenance.showIncident(incident);
  // For the browser console and the e2e tests: the two cytoscape instances.
  (window as unknown as { kgExplorer: unknown }).kgExplorer = {
    network: network.cy,
    provenance: provenance.cy,
  };
  document.body.dataset['ready'] = 'true';
}

void start();
