// CoreNLP for the offline scripts (eval, train-cues): started, or reused, on the first cache
// miss only, so that re-scoring cached answers needs no JVM; stopped again at the end.
import type { Settings } from '../src/config.ts';
import { CoreNlpClient } from '../src/extract/corenlp/client.ts';
import { ServiceManager, type RunningServices } from '../src/services/manager.ts';

export function coreNlpOnDemand(settings: Settings) {
  let services: RunningServices | undefined;
  let client: Promise<CoreNlpClient> | undefined;
  return {
    client: () =>
      (client ??= new ServiceManager(settings)
        .start(['corenlp'], (l) => console.error(l))
        .then((s) => {
          services = s;
          return new CoreNlpClient(s.coreNlpUrls, settings.corenlp.threads);
        })),
    /** Stops what this started (a server that was already running is left running). */
    stop: async () => {
      await services?.stop();
    },
  };
}
