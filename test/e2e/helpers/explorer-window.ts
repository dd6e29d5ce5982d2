/**
 * What explorer/main.ts puts on window for the browser console and these tests: the two cytoscape instances.
 */
import type { Core } from 'cytoscape';

/** The explorer page's window, as page.evaluate callbacks see it. */
export type ExplorerWindow = { kgExplorer: { network: Core; provenance: Core } };
