// `npm run eval`: extraction quality on the development data in ../shared/data, scored by
// the shared scorers (../shared/tools) so our numbers and the judges' mean the same thing.
// Prints a table (Newsgraph beside raw CoreNLP on the same annotations) and rewrites the
// results block of docs/quality.md. CoreNLP answers are cached in .newsgraph/cache/corenlp,
// so re-scoring after a change to the domain stages takes seconds.
//
//   npm run eval                      # PolNeAR dev + CoNLL-2003 dev
//   npm run eval -- --polnear train   # tune on PolNeAR train instead
//   npm run eval -- --limit 20        # first 20 documents of each set
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadSettings, projectRoot } from '../src/config.ts';
import type { CoreDocument } from '../src/extract/corenlp/types.ts';
import { EXTRACTOR_VERSION, Extractor, toContractJson } from '../src/extract/extract.ts';
import type { ArticleDoc } from '../src/extract/pipeline.ts';
import { textForCoreNlp, withAnnotation } from '../src/extract/stages/annotate.ts';
import type { SourceArticle } from '../src/extract/types.ts';
import { readArticles } from '../src/ingest/readers/index.ts';
import { coreNlpOnDemand } from './corenlp-on-demand.ts';
import { heldOut } from './polnear-train.ts';
import { gitCommit, writeDocBlock } from './report.ts';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const shared = path.resolve(process.env.NEWSGRAPH_SHARED ?? path.join(projectRoot, '..', 'shared'));
const dataDir = path.join(shared, 'data');
const toolsDir = path.join(shared, 'tools');
if (!fs.existsSync(dataDir) || !fs.existsSync(toolsDir)) {
  console.log(`npm run eval: no development data at ${dataDir} (or no scorers at ${toolsDir}); nothing to evaluate.`);
  process.exit(0);
}
const split = opt('polnear', 'dev');
const limit = Number(opt('limit', '0')) || Infinity;
const only = opt('only', 'all');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-eval-'));
// Answers depend on the text, the date and the server's pipeline properties.
const pipelineKey = createHash('sha256')
  .update(fs.readFileSync(path.join(projectRoot, 'services', 'corenlp', 'newsgraph.properties')))
  .digest('hex')
  .slice(0, 12);
const cacheDir = path.join(loadSettings().runDir, 'cache', 'corenlp', pipelineKey);
fs.mkdirSync(cacheDir, { recursive: true });

const settings = loadSettings();
// CoreNLP starts (or is reused) on the first cache miss only.
const coreNlp = coreNlpOnDemand(settings);
/** Requests in flight: what one server takes at once (times the servers, when several are given). */
const capacity = settings.corenlp.threads * Math.max(1, settings.corenlp.urls.length);
let annotateMs = 0;
let tokens = 0;

async function annotateCached(text: string, date: string | undefined): Promise<CoreDocument> {
  const key = createHash('sha256')
    .update(`corenlp-4.5.10|${date ?? ''}|${text}`)
    .digest('hex');
  const file = path.join(cacheDir, `${key}.json`);
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as CoreDocument;
  const t0 = Date.now();
  const doc = await (await coreNlp.client()).annotate(text, { date });
  annotateMs += Date.now() - t0;
  tokens += doc.sentences.reduce((n, s) => n + s.tokens.length, 0);
  fs.writeFileSync(file, JSON.stringify(doc));
  return doc;
}

const annotations = new Map<string, CoreDocument>();
const extractor = new Extractor({
  name: 'annotate',
  requires: [],
  adds: ['annotation', 'sentences'],
  async run(doc: ArticleDoc) {
    const a = await annotateCached(textForCoreNlp(doc.source), doc.date);
    annotations.set(doc.source.name, a);
    return withAnnotation(doc, a);
  },
});

async function extractAll(sources: SourceArticle[], label: string) {
  const ours: string[] = new Array(sources.length);
  const raw: string[] = new Array(sources.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < sources.length) {
      const i = next++;
      const a = await extractor.extract(sources[i]);
      ours[i] = JSON.stringify(toContractJson(a));
      raw[i] = JSON.stringify(rawCoreNlp(sources[i], annotations.get(sources[i].name)!));
      if (++done % 20 === 0) console.error(`${label}: ${done}/${sources.length}`);
    }
  };
  await Promise.all(Array.from({ length: capacity }, worker));
  return { ours: `${ours.join('\n')}\n`, raw: `${raw.join('\n')}\n` };
}

/** The baseline: CoreNLP's own NER mentions and quote annotator (with its speakers). */
function rawCoreNlp(src: SourceArticle, doc: CoreDocument) {
  const type: Record<string, string> = {
    PERSON: 'Person',
    ORGANIZATION: 'Organisation',
    LOCATION: 'Place',
    CITY: 'Place',
    COUNTRY: 'Country',
    STATE_OR_PROVINCE: 'Place',
  };
  const entities = doc.sentences.flatMap((s) =>
    s.entitymentions
      .filter(
        (m) =>
          type[m.ner] &&
          !s.tokens.slice(m.tokenBegin, m.tokenEnd).every((t) => t.pos.startsWith('PRP') || t.pos.startsWith('WP')),
      )
      .map((m) => ({
        type: type[m.ner],
        name: m.text,
        mentions: [{ start: m.characterOffsetBegin, end: m.characterOffsetEnd }],
      })),
  );
  const docTokens = doc.sentences.flatMap((s) => s.tokens);
  const statements = (doc.quotes ?? []).map((q) => ({
    speaker:
      q.mentionBegin !== undefined && docTokens[q.mentionBegin] && docTokens[q.mentionEnd ?? q.mentionBegin]
        ? {
            start: docTokens[q.mentionBegin].characterOffsetBegin,
            end: docTokens[q.mentionEnd ?? q.mentionBegin].characterOffsetEnd,
          }
        : null,
    cue: null,
    content: { start: q.beginIndex, end: q.endIndex },
    kind: 'direct',
  }));
  return { doc: src.name, entities, statements, events: [] };
}

function score(tool: string, gold: string, pred: string): { lines: string[]; json: Record<string, number> } {
  const out = execFileSync(process.execPath, [path.join(toolsDir, tool), gold, pred], { encoding: 'utf8' });
  const lines = out.trim().split('\n');
  return { lines: lines.slice(0, -1), json: JSON.parse(lines[lines.length - 1]) };
}

const results: string[] = [];
// The commit measured is the one checked out when the run starts (commits made during a long
// run must not be credited with its numbers).
const commit = gitCommit();
const t0 = Date.now();

/**
 * The split as the shared converter reads it. Brat's annotation lines end with the text they
 * cover, and three train annotations cover text with a line break in it, so their text goes on
 * on a line of its own; the converter takes such a line that starts with "T" ("The number of
 * people …") for an annotation and stops. The copy joins those lines to the line before (the
 * covered text is not read; spans come from the offsets): every annotation stays as it is.
 */
function convertibleSplit(dir: string): string {
  const annDir = path.join(dir, 'attributions');
  const files = fs.readdirSync(annDir).filter((f) => f.endsWith('.ann'));
  const annotation = /^([TEARN#*]\d*\t|$)/;
  const broken = files.filter((f) =>
    fs
      .readFileSync(path.join(annDir, f), 'utf8')
      .split('\n')
      .some((l) => !annotation.test(l)),
  );
  if (!broken.length) return dir;
  const copy = path.join(work, `polnear-${path.basename(dir)}`);
  fs.mkdirSync(path.join(copy, 'attributions'), { recursive: true });
  fs.symlinkSync(path.join(dir, 'text'), path.join(copy, 'text'));
  for (const f of files) {
    const lines: string[] = [];
    for (const l of fs.readFileSync(path.join(annDir, f), 'utf8').split('\n')) {
      if (!annotation.test(l) && lines.length) lines[lines.length - 1] += ` ${l}`;
      else lines.push(l);
    }
    fs.writeFileSync(path.join(copy, 'attributions', f), lines.join('\n'));
  }
  console.error(
    `polnear ${path.basename(dir)}: ${broken.length} annotation files with covered text over a line break, joined`,
  );
  return copy;
}

if (only === 'all' || only === 'polnear') {
  const splitDir = path.join(dataDir, 'polnear', split);
  const goldFile = path.join(work, `polnear-${split}.gold.jsonl`);
  try {
    fs.writeFileSync(
      goldFile,
      execFileSync(process.execPath, [path.join(toolsDir, 'polnear-gold.mjs'), convertibleSplit(splitDir)], {
        encoding: 'utf8',
        maxBuffer: 1 << 28,
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    );
  } catch (err) {
    const why = String((err as { stderr?: string }).stderr ?? (err as Error).message)
      .split('\n')
      .find((l) => /Error/.test(l));
    console.error(`npm run eval: ../shared/tools/polnear-gold.mjs failed on PolNeAR ${split}: ${why ?? 'see above'}`);
    process.exit(1);
  }
  const goldDocs = fs
    .readFileSync(goldFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { doc: string })
    .slice(0, limit);
  fs.writeFileSync(goldFile, `${goldDocs.map((d) => JSON.stringify(d)).join('\n')}\n`);
  const sources = goldDocs.map((d) => {
    const file = path.join(splitDir, 'text', `${d.doc}.txt`);
    return readArticles({ name: d.doc, path: file, content: fs.readFileSync(file) })[0];
  });
  const { ours, raw } = await extractAll(sources, `polnear ${split}`);
  fs.writeFileSync(path.join(work, 'polnear.ours.jsonl'), ours);
  fs.writeFileSync(path.join(work, 'polnear.raw.jsonl'), raw);
  const a = score('score-statements.mjs', goldFile, path.join(work, 'polnear.ours.jsonl'));
  const b = score('score-statements.mjs', goldFile, path.join(work, 'polnear.raw.jsonl'));
  const row = (name: string, j: Record<string, number>) =>
    `| ${name} | ${j.P.toFixed(3)} | ${j.R.toFixed(3)} | ${j.F1.toFixed(3)} | ${j.speechRecall.toFixed(3)} | ${j.speakerAccuracy.toFixed(3)} |`;
  // On train, also the tenth every training script holds out from fitting
  // (scripts/polnear-train.ts). The scripts choose their thresholds on it, and the hand rules
  // were chosen on all of train, so it is less held out than dev.
  const heldOutRows: string[] = [];
  if (split === 'train') {
    const order = fs
      .readdirSync(path.join(splitDir, 'text'))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => f.replace(/\.txt$/, ''));
    const kept = new Set(order.filter((_, i) => heldOut(i)));
    const subset = (file: string, out: string) => {
      const lines = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);
      fs.writeFileSync(out, `${lines.filter((l) => kept.has((JSON.parse(l) as { doc: string }).doc)).join('\n')}\n`);
      return out;
    };
    const gold = subset(goldFile, path.join(work, 'polnear-train-heldout.gold.jsonl'));
    const h = score(
      'score-statements.mjs',
      gold,
      subset(path.join(work, 'polnear.ours.jsonl'), path.join(work, 'polnear-heldout.ours.jsonl')),
    );
    const hr = score(
      'score-statements.mjs',
      gold,
      subset(path.join(work, 'polnear.raw.jsonl'), path.join(work, 'polnear-heldout.raw.jsonl')),
    );
    heldOutRows.push(
      row(`Newsgraph, held-out tenth (${kept.size} articles)`, h.json),
      row('raw CoreNLP, held-out tenth', hr.json),
    );
  }
  results.push(
    `### Statements: PolNeAR ${split} (${goldDocs.length} articles; ${a.lines[0]})`,
    '',
    '| extractor | content P | content R | content F1 | recall on speech cues | speaker right |',
    '|---|---|---|---|---|---|',
    row('Newsgraph', a.json),
    row('raw CoreNLP (quote annotator)', b.json),
    ...heldOutRows,
    '',
  );
}

if (only === 'all' || only === 'conll') {
  const goldFile = path.join(work, 'conll-dev.gold.jsonl');
  const goldText = execFileSync(
    process.execPath,
    [path.join(toolsDir, 'conll-gold.mjs'), path.join(dataDir, 'conll2003', 'valid.txt')],
    { encoding: 'utf8', maxBuffer: 1 << 28 },
  );
  const goldDocs = goldText
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { doc: string; text: string })
    .slice(0, limit);
  fs.writeFileSync(goldFile, `${goldDocs.map((d) => JSON.stringify(d)).join('\n')}\n`);
  // CoNLL documents are token lists, not article files: they go straight to the pipeline.
  const sources: SourceArticle[] = goldDocs.map((d) => ({ name: d.doc, text: d.text, masked: [], related: [] }));
  const { ours, raw } = await extractAll(sources, 'conll dev');
  fs.writeFileSync(path.join(work, 'conll.ours.jsonl'), ours);
  fs.writeFileSync(path.join(work, 'conll.raw.jsonl'), raw);
  const a = score('score-entities.mjs', goldFile, path.join(work, 'conll.ours.jsonl'));
  const b = score('score-entities.mjs', goldFile, path.join(work, 'conll.raw.jsonl'));
  const f1 = (lines: string[], t: string) => lines.find((l) => l.startsWith(t))?.match(/F1=([\d.]+)/)?.[1] ?? '-';
  const row = (name: string, s: { lines: string[]; json: Record<string, number> }) =>
    `| ${name} | ${s.json.P.toFixed(3)} | ${s.json.R.toFixed(3)} | ${s.json.F1.toFixed(3)} | ${f1(s.lines, 'PER')} | ${f1(s.lines, 'ORG')} | ${f1(s.lines, 'LOC')} |`;
  results.push(
    `### Entities: CoNLL-2003 dev (${goldDocs.length} documents, exact spans)`,
    '',
    '| extractor | P | R | F1 | PER F1 | ORG F1 | LOC F1 |',
    '|---|---|---|---|---|---|---|',
    row('Newsgraph', a),
    row('raw CoreNLP (NER mentions, pronouns left out)', b),
    '',
  );
}

await coreNlp.stop();
const header =
  `Measured ${new Date().toISOString().slice(0, 10)} at commit ${commit} (${EXTRACTOR_VERSION}) on ${os.cpus().length} cores / ${Math.round(os.totalmem() / 2 ** 30)} GiB, ` +
  `command \`npm run eval${args.length ? ` -- ${args.join(' ')}` : ''}\`, in ${((Date.now() - t0) / 1000).toFixed(0)} s` +
  (tokens
    ? ` (CoreNLP annotated ${tokens} new tokens at ${((tokens / (annotateMs / 1000)) * capacity).toFixed(0)} tokens/s with ${capacity} requests in flight).`
    : ' (all CoreNLP answers from the cache).');
const table = [header, '', ...results].join('\n');
console.log(`\n${table}`);
console.error(`predictions and gold in ${work}`);

// Keep docs/quality.md in step with the last full run.
if (limit === Infinity && only === 'all') {
  const doc = path.join(projectRoot, 'docs', 'quality.md');
  writeDocBlock(doc, `eval:${split}`, table, '# Extraction quality');
  console.error(`updated ${doc}`);
}
