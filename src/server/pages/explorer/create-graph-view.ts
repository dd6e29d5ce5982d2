/**
 * Internal (browser): one cytoscape graph in a page element: replace or add elements, lay them out, report
 * taps, and publish its node and edge counts on the element (data-node-count, data-edge-count).
 */
import cytoscape, {
  type Core,
  type ElementDefinition,
  type LayoutOptions,
  type NodeSingular,
} from 'cytoscape';
import { GRAPH_STYLE } from './graph-style.ts';

/** A graph drawn in one container. */
export interface GraphView {
  readonly cy: Core;
  /** Replaces everything with the given elements and lays them out. */
  show(elements: ElementDefinition[]): void;
  /** Adds the elements not drawn yet and lays the graph out again from where it is; returns how many were new. */
  add(elements: ElementDefinition[]): number;
  /** Calls back when a node is tapped (clicked). */
  onNodeTap(callback: (node: NodeSingular) => void): void;
}

/** Past this zoom a fitted small graph would have oversized labels, so it is centred instead. */
const MAX_FIT_ZOOM = 1.1;

/**
 * Given a container and the layout to use (options, or a function of the graph returning them at each run),
 * returns an empty graph view drawn in it.
 */
export function createGraphView(
  container: HTMLElement,
  layout: LayoutOptions | ((cy: Core) => LayoutOptions),
): GraphView {
  const cy = cytoscape({ container, style: GRAPH_STYLE, minZoom: 0.2, maxZoom: 3 });
  const layoutFor = () => (typeof layout === 'function' ? layout(cy) : layout);
  const publish = () => {
    container.dataset['nodeCount'] = String(cy.nodes().length);
    container.dataset['edgeCount'] = String(cy.edges().length);
  };
  const run = (options: LayoutOptions) => {
    const running = cy.layout(options);
    running.one('layoutstop', () => {
      cy.fit(undefined, 30);
      if (cy.zoom() > MAX_FIT_ZOOM) {
        cy.zoom(MAX_FIT_ZOOM);
        cy.center();
      }
      publish();
      container.dataset['ready'] = 'true';
    });
    running.run();
  };
  publish();
  return {
    cy,
    show(elements) {
      container.dataset['ready'] = 'false';
      cy.elements().remove();
      cy.add(elements);
      run(layoutFor());
    },
    add(elements) {
      const fresh = elements.filter((e) => e.data.id === undefined || cy.getElementById(e.data.id).empty());
      if (fresh.length === 0) return 0;
      container.dataset['ready'] = 'false';
      cy.add(fresh);
      run(layoutFor());
      return fresh.filter((e) => e.group === 'nodes').length;
    },
    onNodeTap(callback) {
      cy.on('tap', 'node', (event) => callback(event.target as NodeSingular));
    },
  };
}
