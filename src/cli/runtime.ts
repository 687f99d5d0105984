// Shared wiring for CLI commands: settings, services (started or reused, and stopped again
// only if this command started them), the graph connection and the extractor.
import { loadSettings, type Settings } from '../config.ts';
import { Extractor } from '../extract/extract.ts';
import { Graph } from '../graph/driver.ts';
import { applySchema } from '../graph/schema.ts';
import { ServiceManager, type RunningServices, type ServiceName } from '../services/manager.ts';

export const log = (line: string) => process.stderr.write(`${line}\n`);

export interface Runtime {
  settings: Settings;
  services: RunningServices;
  graph?: Graph;
  extractor?: Extractor;
  close(): Promise<void>;
}

export async function openRuntime(
  need: ServiceName[],
  opts: { quiet?: boolean; keepServices?: boolean } = {},
): Promise<Runtime> {
  const settings = loadSettings();
  const manager = new ServiceManager(settings);
  const services = await manager.start(need, opts.quiet ? () => {} : log);
  let graph: Graph | undefined;
  if (need.includes('neo4j')) {
    graph = Graph.connect({
      uri: services.neo4jUri,
      user: settings.neo4j.user,
      password: settings.neo4j.password || undefined,
      database: settings.neo4j.database,
    });
    await applySchema(graph);
  }
  const extractor = need.includes('corenlp')
    ? Extractor.forServers(services.coreNlpUrls, settings.corenlp.threads)
    : undefined;
  let closed = false;
  return {
    settings,
    services,
    graph,
    extractor,
    async close() {
      if (closed) return;
      closed = true;
      await graph?.close();
      if (!opts.keepServices) await services.stop();
    },
  };
}

/** Runs `fn`, then closes the runtime, also on Ctrl-C / SIGTERM. */
export async function withRuntime<T>(rt: Runtime, fn: () => Promise<T>): Promise<T> {
  const onSignal = async () => {
    await rt.close();
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    return await fn();
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await rt.close();
  }
}
