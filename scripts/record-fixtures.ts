// Records real CoreNLP output for unit-test fixtures: for each input article, the exact
// request the annotate stage makes (masked text, article date) goes to the running server
// and the JSON answer, trimmed to the fields the stages read, is written to
// test/fixtures/corenlp/<name>.json. Run: npm run record:fixtures -- <files…>
import fs from 'node:fs';
import path from 'node:path';
import { loadSettings } from '../src/config.ts';
import { CoreNlpClient } from '../src/extract/corenlp/client.ts';
import type { CoreDocument, CoreToken } from '../src/extract/corenlp/types.ts';
import { textForCoreNlp } from '../src/extract/stages/annotate.ts';
import { readArticleFile } from '../src/ingest/readers/index.ts';
import { ServiceManager } from '../src/services/manager.ts';

const OUT = path.resolve('test/fixtures/corenlp');

/** The token fields the stages read; the rest of CoreNLP's answer is left out. */
const TOKEN_FIELDS = [
  'index',
  'word',
  'originalText',
  'lemma',
  'characterOffsetBegin',
  'characterOffsetEnd',
  'pos',
  'ner',
  'normalizedNER',
  'before',
  'after',
  'timex',
] as const satisfies readonly (keyof CoreToken)[];

export function trim(doc: CoreDocument): CoreDocument {
  return {
    docDate: doc.docDate,
    sentences: doc.sentences.map((s) => ({
      index: s.index,
      basicDependencies: s.basicDependencies,
      entitymentions: s.entitymentions,
      tokens: s.tokens.map((t) => {
        const kept: Partial<CoreToken> = {};
        for (const k of TOKEN_FIELDS) (kept as Record<string, unknown>)[k] = t[k];
        return kept as CoreToken;
      }),
    })),
    corefs: doc.corefs,
    quotes: doc.quotes,
  };
}

const files = process.argv.slice(2);
if (!files.length) {
  console.error('usage: npm run record:fixtures -- <article files…>');
  process.exit(2);
}
const settings = loadSettings();
const services = await new ServiceManager(settings).start(['corenlp'], (l) => console.error(l));
try {
  const client = new CoreNlpClient(services.coreNlpUrls);
  fs.mkdirSync(OUT, { recursive: true });
  for (const file of files) {
    for (const a of await readArticleFile(file)) {
      const doc = await client.annotate(textForCoreNlp(a), { date: a.publishedAt?.slice(0, 10) });
      const out = path.join(OUT, `${a.name}.json`);
      fs.writeFileSync(out, `${JSON.stringify(trim(doc))}\n`);
      console.error(`recorded ${out} (${doc.sentences.length} sentences)`);
    }
  }
} finally {
  await services.stop();
}
