/**
 * Internal (browser): how the explorer's graphs look: one colour and shape per actor kind, incidents as
 * diamonds, claims as tags, denials in red and dashed, and the Arabic font bundled with the page.
 */
import type { StylesheetJson } from 'cytoscape';

/** The label font: the bundled Noto Sans Arabic for Arabic, the system sans-serif for the English line. */
export const LABEL_FONT = '"Noto Sans Arabic", "DejaVu Sans", sans-serif';

const KINDS: [string, string, string][] = [
  ['armed_group', '#c0392b', 'ellipse'],
  ['state', '#1f5fa8', 'round-rectangle'],
  ['organization', '#2e8b57', 'hexagon'],
  ['media', '#7b3fa0', 'rectangle'],
  ['person', '#d9822b', 'ellipse'],
  ['anonymous_source', '#7f8c8d', 'ellipse'],
];

/** The stylesheet shared by the network and provenance graphs. */
export const GRAPH_STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-family': LABEL_FONT,
      'font-size': 12,
      'text-wrap': 'wrap',
      'text-max-width': '150px',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'text-background-padding': '2px',
      width: 26,
      height: 26,
      'background-color': '#95a5a6',
      'border-width': 1,
      'border-color': '#ffffff',
    },
  },
  ...KINDS.map(([kind, color, shape]) => ({
    selector: `node.kind-${kind}`,
    style: { 'background-color': color, shape: shape as 'ellipse' },
  })),
  {
    selector: 'node.kind-anonymous_source',
    style: { 'border-style': 'dashed', 'border-width': 2, 'border-color': '#34495e' },
  },
  {
    selector: 'node.centre',
    style: { width: 40, height: 40, 'border-width': 4, 'border-color': '#f1c40f', 'font-weight': 'bold' },
  },
  { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#2c3e50' } },
  {
    selector: 'node.incident',
    style: { shape: 'diamond', width: 44, height: 44, 'background-color': '#2c3e50', 'font-weight': 'bold' },
  },
  {
    selector: 'node.claim',
    style: {
      shape: 'tag',
      width: 30,
      height: 20,
      'background-color': '#16a085',
      'font-size': 9,
      color: '#0e6655',
    },
  },
  {
    selector: 'node.stance-deny',
    style: {
      'background-color': '#c62828',
      'border-width': 3,
      'border-color': '#7f0000',
      color: '#c62828',
      'font-weight': 'bold',
    },
  },
  {
    selector: 'node.outlet',
    style: { shape: 'rectangle', width: 34, height: 34, 'border-width': 3, 'border-color': '#4a235a' },
  },
  { selector: 'node:selected', style: { 'overlay-color': '#f1c40f', 'overlay-opacity': 0.35 } },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'line-color': '#9aa5b1',
      'target-arrow-color': '#9aa5b1',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      label: 'data(label)',
      'font-size': 9,
      'font-family': LABEL_FONT,
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.9,
      'text-background-padding': '1px',
      color: '#34495e',
    },
  },
  {
    selector: 'edge.about',
    style: {
      width: 2.5,
      'line-color': '#16a085',
      'target-arrow-color': '#16a085',
      'font-size': 10,
      'font-weight': 'bold',
    },
  },
  {
    selector: 'edge.deny',
    style: {
      'line-style': 'dashed',
      'line-color': '#c62828',
      'target-arrow-color': '#c62828',
      color: '#c62828',
    },
  },
  { selector: 'edge.published', style: { 'line-color': '#7b3fa0', 'target-arrow-color': '#7b3fa0' } },
];
