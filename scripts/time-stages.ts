// How long the domain stages take, without CoreNLP: the extractor run over every recorded
// fixture (test/fixtures/extraction/*.txt with its CoreNLP answer in test/fixtures/corenlp/),
// four rounds, printing milliseconds per article. The bench's throughput ratio is CoreNLP plus
// these stages; this separates the stages' own share from the noise of the server's requests.
//
//   node --import tsx scripts/time-stages.ts
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/config.ts';
import { Extractor } from '../src/extract/extract.ts';
import { readArticleFile } from '../src/ingest/readers/index.ts';
import type { SourceArticle } from '../src/extract/types.ts';

const dir = path.join(projectRoot, 'test/fixtures/extraction');
const recorded = path.join(projectRoot, 'test/fixtures/corenlp');
const articles: [SourceArticle, unknown][] = [];
for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
  const [a] = await readArticleFile(path.join(dir, f));
  const answer = path.join(recorded, `${a.name}.json`);
  if (fs.existsSync(answer)) articles.push([a, JSON.parse(fs.readFileSync(answer, 'utf8'))]);
}
for (let round = 1; round <= 4; round++) {
  const t0 = performance.now();
  for (const [a, answer] of articles) await Extractor.fromRecorded(() => answer as never).extract(a);
  const ms = (performance.now() - t0) / articles.length;
  console.log(`round ${round}: ${ms.toFixed(1)} ms per article over ${articles.length} recorded articles`);
}
