// The offline GraphiQL playground: assets come from the graphiql, react and react-dom npm
// packages and are served by this server (never a CDN). Tabs are preloaded with the client
// contract operations (operations.graphql) and the analyst questions, with variables that
// work on the seeded graph.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, print, type OperationDefinitionNode } from 'graphql';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));

const pkgFile = (pkg: string, file: string) => path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);

export const PLAYGROUND_ASSETS: Record<string, string> = {
  'react.js': pkgFile('react', 'umd/react.production.min.js'),
  'react-dom.js': pkgFile('react-dom', 'umd/react-dom.production.min.js'),
  'graphiql.js': pkgFile('graphiql', 'graphiql.min.js'),
  'graphiql.css': pkgFile('graphiql', 'graphiql.min.css'),
};

/** Variables for the example operations, by operation name: ids of the seeded graph. */
export const EXAMPLE_VARIABLES: Record<string, Record<string, unknown>> = {
  People: { first: 50 },
  Search: { text: 'netanyahu' },
  SaidBy: { id: 'person:benjamin-netanyahu' },
  EventsOf: { id: 'court:international-criminal-court' },
  Timeline: { id: 'person:benjamin-netanyahu' },
  Around: { id: 'country:israel' },
  Between: { from: 'organisation:hamas', to: 'person:steve-witkoff' },
  // questions.graphql
  WhoSaidWhatAbout: { about: 'person:benjamin-netanyahu' },
  RelayedBy: { outlet: 'organisation:the-jerusalem-post' },
  CourtActions: { court: 'court:international-criminal-court' },
  EventsBetween: { from: '2023-10', to: '2024-12' },
  ShortestPaths: { from: 'organisation:hamas', to: 'person:steve-witkoff' },
  CoMentioned: { id: 'organisation:hamas' },
  EntityTimeline: { id: 'person:benjamin-netanyahu' },
  RoleHolders: { id: 'country:israel' },
  ArticlesMentioningBoth: { a: 'organisation:hamas', b: 'person:steve-witkoff' },
  EntityCard: { id: 'person:gideon-saar' },
};

export function exampleTabs(files = [path.join(here, 'operations.graphql'), path.join(here, 'questions.graphql')]) {
  const tabs: { query: string; variables?: string }[] = [];
  for (const file of files) {
    if (!fs.existsSync(file)) continue;
    const doc = parse(fs.readFileSync(file, 'utf8'));
    for (const def of doc.definitions) {
      if (def.kind !== 'OperationDefinition') continue;
      const name = (def as OperationDefinitionNode).name?.value ?? '';
      const vars = EXAMPLE_VARIABLES[name];
      tabs.push({ query: print(def), variables: vars ? JSON.stringify(vars, null, 2) : undefined });
    }
  }
  return tabs;
}

export function playgroundHtml(endpoint: string): string {
  const tabs = JSON.stringify(exampleTabs()).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Newsgraph playground</title>
  <link rel="stylesheet" href="/playground/graphiql.css">
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading the playground…</div>
  <script src="/playground/react.js"></script>
  <script src="/playground/react-dom.js"></script>
  <script src="/playground/graphiql.js"></script>
  <script>
    const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(endpoint)} });
    const tabs = ${tabs};
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, { fetcher, defaultEditorToolsVisibility: true, defaultTabs: tabs }),
    );
  </script>
</body>
</html>`;
}
