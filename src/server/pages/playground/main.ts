/**
 * Internal (browser): entry point of the self-hosted playground: GraphiQL, bundled from npm, opened on the
 * example operations of the three journeys with the documentation explorer showing the schema.
 */
import { GraphiQL } from 'graphiql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { createFetcher } from './create-fetcher.ts';
import { EXAMPLE_TABS } from './example-operations.ts';
import { SeedTabVariables } from './seed-tab-variables.ts';

const container = document.getElementById('graphiql');
if (!container) throw new Error('playground: the page has no #graphiql element');

createRoot(container).render(
  createElement(
    GraphiQL,
    {
      fetcher: createFetcher(),
      defaultTabs: EXAMPLE_TABS.map(({ query, variables }) => ({ query, variables })),
      defaultEditorToolsVisibility: 'variables',
      visiblePlugin: 'Documentation Explorer',
      shouldPersistHeaders: false,
      isHeadersEditorEnabled: true,
    },
    createElement(
      GraphiQL.Logo,
      null,
      createElement(
        'a',
        {
          className: 'graphiql-logo-link',
          href: '/explore',
          title: 'Actor networks and incident provenance, drawn',
        },
        'Explorer',
      ),
      createElement(SeedTabVariables),
    ),
  ),
);
