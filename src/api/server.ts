// The HTTP server: Apollo Server 5 on Express 5, the offline playground at the same URL
// (browsers asking for HTML get GraphiQL), guardrails as plugins and validation rules.
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import http from 'node:http';
import type { Graph } from '../graph/driver.ts';
import type { Ingestor } from '../ingest/ingest.ts';
import { Curator } from '../ingest/curation.ts';
import { createContext, createRepositories, type Role } from './context.ts';
import { complexityPlugin } from './plugins/complexity.plugin.ts';
import { depthLimitRule } from './plugins/depth.rule.ts';
import { formatError } from './plugins/errors.ts';
import { PLAYGROUND_ASSETS, playgroundHtml } from './playground/playground.ts';
import { buildApiSchema } from './schema.ts';

export interface ServerOptions {
  graph: Graph;
  ingestor?: Ingestor;
  /** Bearer token for mutations; without one, only loopback clients may write. */
  writeToken?: string;
  maxCost?: number;
  /** Deepest selection accepted (default 12: three relation levels of connections). */
  maxDepth?: number;
}

export interface RunningServer {
  url: string;
  httpServer: http.Server;
  close(): Promise<void>;
}

function roleOf(req: express.Request, writeToken?: string): Role {
  const auth = req.headers.authorization ?? '';
  if (writeToken) return auth === `Bearer ${writeToken}` ? 'writer' : 'reader';
  const ip = req.socket.remoteAddress ?? '';
  return ip === '127.0.0.1' || ip === '::1' || ip === '::ffff:127.0.0.1' ? 'writer' : 'reader';
}

export async function createServer(opts: ServerOptions) {
  const schema = await buildApiSchema();
  const app = express();
  // GraphQL answers are not cached by ETag; hashing every response body costs time for nothing.
  app.set('etag', false);
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    validationRules: [depthLimitRule(opts.maxDepth ?? 12)],
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      complexityPlugin(schema, { maxCost: opts.maxCost }),
      // No cache hints are used; the implicit cache-control plugin would wrap every field
      // resolver to compute them (about half the time of a 300-node neighbourhood answer).
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();
  const repos = createRepositories(opts.graph);
  const curator = new Curator(opts.graph);

  for (const [name, file] of Object.entries(PLAYGROUND_ASSETS)) {
    app.get(`/playground/${name}`, (_req, res) => res.sendFile(file));
  }
  app.get('/healthz', async (_req, res) => {
    try {
      await opts.graph.verifyConnectivity();
      res.json({ ok: true });
    } catch (err) {
      res.status(503).json({ ok: false, error: (err as Error).message });
    }
  });
  app.get('/', (_req, res) => res.redirect('/graphql'));
  app.get('/graphql', (req, res, next) => {
    if (req.accepts(['application/json', 'text/html']) === 'text/html' && !req.query.query) {
      res.type('html').send(playgroundHtml('/graphql'));
      return;
    }
    next();
  });
  app.use(
    '/graphql',
    express.json({ limit: '2mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => createContext(repos, curator, roleOf(req, opts.writeToken), opts.ingestor),
    }),
  );
  return { app, httpServer, apollo };
}

export async function startServer(opts: ServerOptions & { host: string; port: number }): Promise<RunningServer> {
  const { httpServer, apollo } = await createServer(opts);
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', (err: NodeJS.ErrnoException) =>
      reject(err.code === 'EADDRINUSE' ? new Error(`Port ${opts.port} is in use: set PORT to another port.`) : err),
    );
    httpServer.listen(opts.port, opts.host, resolve);
  });
  const addr = httpServer.address();
  const port = typeof addr === 'object' && addr ? addr.port : opts.port;
  const host = opts.host === '0.0.0.0' ? 'localhost' : opts.host;
  return {
    url: `http://${host}:${port}/graphql`,
    httpServer,
    close: async () => {
      await apollo.stop();
    },
  };
}
