// Starts, checks and stops the two services for `npm start`, the CLI and the tests alike.
import type { Settings } from '../config.ts';
import { coreNlpHealthy, coreNlpService } from './corenlp.ts';
import { type JvmService, type ServiceState } from './jvm-service.ts';
import { boltHealthy, neo4jService, neo4jUri } from './neo4j.ts';
import { ServiceError } from './process.ts';

export type ServiceName = 'neo4j' | 'corenlp';

export interface RunningServices {
  neo4jUri: string;
  coreNlpUrls: string[];
  /**
   * Done with the services: stops what this call started unless another process still uses
   * it (then the last one out stops it), and never anything it found running.
   */
  stop(): Promise<void>;
}

export class ServiceManager {
  constructor(private readonly settings: Settings) {}

  private launcher(name: ServiceName): JvmService | undefined {
    const s = this.settings;
    if (name === 'neo4j') return s.neo4j.uri ? undefined : neo4jService(s.neo4j, s.runDir);
    return s.corenlp.urls.length ? undefined : coreNlpService(s.corenlp, s.runDir);
  }

  async start(
    names: ServiceName[] = ['neo4j', 'corenlp'],
    progress: (line: string) => void = () => {},
  ): Promise<RunningServices> {
    const used: { svc: JvmService; started: boolean }[] = [];
    const stop = async () => {
      for (const { svc, started } of used.reverse()) await svc.release(started);
      used.length = 0;
    };
    // Start both at once (the JVMs load in parallel), and wait for both to settle before
    // judging, so a failure of one never leaves the other half-started behind us.
    const outcomes = await Promise.allSettled(
      names.map(async (name) => {
        const launcher = this.launcher(name);
        if (!launcher) {
          await this.checkExternal(name);
          progress(
            `${name}: using ${name === 'neo4j' ? neo4jUri(this.settings.neo4j) : this.settings.corenlp.urls.join(', ')}`,
          );
          return;
        }
        used.push({ svc: launcher, started: await launcher.ensure(progress) });
      }),
    );
    const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
    if (failed) {
      await stop();
      throw failed.reason;
    }
    return {
      neo4jUri: neo4jUri(this.settings.neo4j),
      coreNlpUrls: this.coreNlpUrls(),
      stop,
    };
  }

  coreNlpUrls(): string[] {
    const s = this.settings.corenlp;
    return s.urls.length ? s.urls : [`http://127.0.0.1:${s.port}`];
  }

  private async checkExternal(name: ServiceName): Promise<void> {
    if (name === 'neo4j') {
      if (!(await boltHealthy(this.settings.neo4j))) {
        throw new ServiceError(
          `neo4j: NEO4J_URI=${this.settings.neo4j.uri} does not answer (check the address, NEO4J_USER and NEO4J_PASSWORD).`,
          name,
        );
      }
      return;
    }
    for (const url of this.settings.corenlp.urls) {
      if (!(await coreNlpHealthy(url, 10_000))) {
        throw new ServiceError(`corenlp: CORENLP_URL server ${url} does not answer a CoreNLP request.`, name);
      }
    }
  }

  async status(): Promise<ServiceState[]> {
    const out: ServiceState[] = [];
    for (const name of ['neo4j', 'corenlp'] as const) {
      const launcher = this.launcher(name);
      if (launcher) out.push(await launcher.status());
      else
        out.push({
          name,
          url: name === 'neo4j' ? neo4jUri(this.settings.neo4j) : this.settings.corenlp.urls.join(','),
          state: 'external',
        });
    }
    return out;
  }

  /** Stops the services a previous `services start` (or npm start) launched. */
  async stopAll(): Promise<ServiceName[]> {
    const stopped: ServiceName[] = [];
    for (const name of ['corenlp', 'neo4j'] as const) {
      if (await this.launcher(name)?.stop()) stopped.push(name);
    }
    return stopped;
  }
}
