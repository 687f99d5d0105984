// `npm start`: services, schema, seed articles, then the GraphQL server with its playground.
// Ctrl-C stops the server and the services this command started.
import path from 'node:path';
import { projectRoot } from '../../config.ts';
import { startServer } from '../../api/server.ts';
import { Ingestor } from '../../ingest/ingest.ts';
import { log, openRuntime } from '../runtime.ts';
import { ingestWith } from './ingest.command.ts';

export async function startCommand(opts: { seeds: boolean }): Promise<void> {
  const rt = await openRuntime(['neo4j', 'corenlp']);
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  const shutdown = async (code: number) => {
    log('newsgraph: stopping…');
    await server?.close();
    await rt.close();
    process.exit(code);
  };
  process.once('SIGINT', () => void shutdown(0));
  process.once('SIGTERM', () => void shutdown(0));
  try {
    if (opts.seeds) await ingestWith(rt, [path.join(projectRoot, 'seeds')]);
    server = await startServer({
      graph: rt.graph!,
      ingestor: new Ingestor(rt.graph!, rt.extractor!),
      host: rt.settings.http.host,
      port: rt.settings.http.port,
      writeToken: rt.settings.writeToken,
    });
  } catch (err) {
    log(`newsgraph: ${(err as Error).message}`);
    await shutdown(1);
    return;
  }
  log(`newsgraph: GraphQL and playground at ${server.url}`);
  log(`newsgraph: Neo4j (Bolt) at ${rt.services.neo4jUri}; CoreNLP at ${rt.services.coreNlpUrls.join(', ')}`);
  log('newsgraph: press Ctrl-C to stop');
}
