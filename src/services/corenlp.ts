// The Stanford CoreNLP server from Maven jars (services/corenlp), or nothing when
// CORENLP_URL is set. The pipeline of services/corenlp/newsgraph.properties is preloaded.
import path from 'node:path';
import { projectRoot, type CoreNlpSettings } from '../config.ts';
import { JvmService } from './jvm-service.ts';

export const PIPELINE = 'tokenize,ssplit,pos,lemma,ner,depparse,coref,quote';

/** Ready, and the full pipeline answers a real (tiny) request. */
export async function coreNlpHealthy(url: string, timeoutMs = 5_000): Promise<boolean> {
  const ready = await fetch(`${url}/ready`, { signal: AbortSignal.timeout(timeoutMs) }).catch(() => undefined);
  if (!ready?.ok) return false;
  const res = await fetch(`${url}/?properties=${encodeURIComponent(JSON.stringify({ outputFormat: 'json' }))}`, {
    method: 'POST',
    body: 'Ready.',
    signal: AbortSignal.timeout(Math.max(timeoutMs, 60_000)),
  }).catch(() => undefined);
  return !!res?.ok;
}

export function coreNlpService(s: CoreNlpSettings, runDir: string): JvmService {
  const url = `http://127.0.0.1:${s.port}`;
  return new JvmService({
    name: 'corenlp',
    moduleDir: path.join(projectRoot, 'services', 'corenlp'),
    runDir,
    host: '127.0.0.1',
    port: s.port,
    url,
    heap: s.heap,
    mainClass: 'edu.stanford.nlp.pipeline.StanfordCoreNLPServer',
    args: [
      '-port',
      String(s.port),
      '-threads',
      String(s.threads),
      '-timeout',
      String(s.timeoutMs),
      '-serverProperties',
      'newsgraph.properties',
      '-preload',
      PIPELINE,
      '-quiet',
      'true',
    ],
    startTimeoutMs: 300_000,
    healthy: () => coreNlpHealthy(url),
  });
}
