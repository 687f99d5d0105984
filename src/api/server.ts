// The HTTP server: Apollo Server 5 on Fastify 5, the offline playground at the same URL
// (browsers asking for HTML get GraphiQL), guardrails as plugins and validation rules.
// Fastify rather than Express (docs/performance.md): a bare `{ __typename }` right after a
// Cypher query costs 1.5–1.7 ms through Fastify, 2.0 ms through Express 5, and the contract
// operations 1.0–1.3 ms less each on the profiling graph.
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { fastifyApolloDrainPlugin, fastifyApolloHandler } from '@as-integrations/fastify';
import accepts from 'accepts';
import Fastify, { type FastifyError, type FastifyRequest } from 'fastify';
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import type { Graph } from '../graph/driver.ts';
import type { Ingestor } from '../ingest/ingest.ts';
import { Curator } from '../ingest/curation.ts';
import { createContext, createRepositories, type ApiContext, type Role } from './context.ts';
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

/** Largest request body accepted (an `ingestArticles` batch of a few hundred articles). */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

const ASSET_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

function roleOf(req: FastifyRequest, writeToken?: string): Role {
  const auth = req.headers.authorization ?? '';
  if (writeToken) return auth === `Bearer ${writeToken}` ? 'writer' : 'reader';
  const ip = req.socket.remoteAddress ?? '';
  return ip === '127.0.0.1' || ip === '::1' || ip === '::ffff:127.0.0.1' ? 'writer' : 'reader';
}

export async function createServer(opts: ServerOptions) {
  const schema = await buildApiSchema();
  const app = Fastify({ bodyLimit: MAX_BODY_BYTES });
  const apollo = new ApolloServer<ApiContext>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    validationRules: [depthLimitRule(opts.maxDepth ?? 12)],
    plugins: [
      fastifyApolloDrainPlugin(app),
      complexityPlugin(schema, { maxCost: opts.maxCost }),
      // No cache hints are used; the implicit cache-control plugin would wrap every field
      // resolver to compute them (about half the time of a 300-node neighbourhood answer).
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();
  const repos = createRepositories(opts.graph);
  const curator = new Curator(opts.graph);

  // A body that is not JSON, or too large, is answered the way GraphQL clients read errors.
  app.setErrorHandler((err: FastifyError, _req, reply) => {
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    const message = status === 413 ? `Request body is larger than ${MAX_BODY_BYTES} bytes.` : err.message;
    void reply
      .status(status)
      .type('application/json; charset=utf-8')
      .send({ errors: [{ message, extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }] });
  });

  for (const [name, file] of Object.entries(PLAYGROUND_ASSETS)) {
    app.get(`/playground/${name}`, (_req, reply) =>
      reply.type(ASSET_TYPES[path.extname(file)] ?? 'application/octet-stream').send(fs.createReadStream(file)),
    );
  }
  app.get('/healthz', async (_req, reply) => {
    try {
      await opts.graph.verifyConnectivity();
      return { ok: true };
    } catch (err) {
      return reply.status(503).send({ ok: false, error: (err as Error).message });
    }
  });
  app.get('/', (_req, reply) => reply.redirect('/graphql'));
  // Browsers ask for one on every page; there is none, and a 404 would read as an error.
  app.get('/favicon.ico', (_req, reply) => reply.status(204).send());
  const graphql = fastifyApolloHandler(apollo, {
    context: async (req) => createContext(repos, curator, roleOf(req, opts.writeToken), opts.ingestor),
  });
  app.route({
    url: '/graphql',
    method: ['GET', 'POST'],
    // A browser opening the endpoint gets the playground; GraphQL GETs (?query=) go on.
    onRequest(req, reply, done) {
      const query = (req.query as Record<string, unknown> | undefined)?.query;
      if (req.method === 'GET' && !query && accepts(req.raw).type(['application/json', 'text/html']) === 'text/html') {
        void reply.type('text/html; charset=utf-8').send(playgroundHtml('/graphql'));
        return;
      }
      done();
    },
    handler: graphql,
  });
  await app.ready();
  return { app, httpServer: app.server, apollo };
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
