// Which words PolNeAR's annotators mark as attribution cues, and how reliably: for each word
// (inflections folded together by a crude suffix rule), how often it is part of a gold cue
// and how often it occurs at all in the split's texts. The cue verbs the lexicon takes from
// PolNeAR train (src/extract/lexicon/cues.ts) are those marked a cue at least 15 times and in
// at least half of their occurrences. Reads ../shared/data (never copied into the repo).
//   node --import tsx scripts/cue-stats.ts [train|dev] [min count, default 15] [min ratio, default 0.5]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(process.env.NEWSGRAPH_SHARED ?? path.join(root, '..', 'shared'));
const split = process.argv[2] ?? 'train';
const minCount = Number(process.argv[3] ?? 15);
const minRatio = Number(process.argv[4] ?? 0.5);
const dir = path.join(shared, 'data', 'polnear', split);
if (!fs.existsSync(dir)) {
  console.error(`cue-stats: no PolNeAR ${split} split at ${dir}`);
  process.exit(2);
}

/** Offsets of the words inside the gold cue spans of one brat file (first annotator). */
function cueWordStarts(ann: string): Set<number> {
  const starts = new Set<number>();
  for (const line of ann.split('\n')) {
    // "T12<TAB>Cue 100 104;120 125<TAB>text": a span may run over several lines of text, so
    // only lines that start with a T id and a tab are annotations.
    const m = /^T\d+\tCue ([\d ;]+)\t(.*)$/.exec(line);
    if (!m) continue;
    for (const frag of m[1].split(';')) {
      const [s, e] = frag.trim().split(/\s+/).map(Number);
      for (let i = s; i < e; i++) starts.add(i);
    }
  }
  return starts;
}

const fold = (w: string) =>
  w
    .toLowerCase()
    .replace(/(ies|ied)$/, 'y')
    .replace(/(ing|ed|es|s|e|d)$/, '')
    .replace(/([b-df-hj-np-tv-z])\1$/, '$1');

const asCue = new Map<string, number>();
const seen = new Map<string, number>();
const forms = new Map<string, Map<string, number>>();
const anns = fs.readdirSync(path.join(dir, 'attributions')).sort();
for (const file of fs.readdirSync(path.join(dir, 'text')).sort()) {
  const doc = file.replace(/\.txt$/, '');
  const ann = anns.find((a) => a.startsWith(`${doc}_`));
  if (!ann) continue;
  const text = fs.readFileSync(path.join(dir, 'text', file), 'utf8');
  const inCue = cueWordStarts(fs.readFileSync(path.join(dir, 'attributions', ann), 'utf8'));
  for (const m of text.matchAll(/[A-Za-z]+/g)) {
    const key = fold(m[0]);
    seen.set(key, (seen.get(key) ?? 0) + 1);
    if (!inCue.has(m.index)) continue;
    asCue.set(key, (asCue.get(key) ?? 0) + 1);
    const f = forms.get(key) ?? new Map<string, number>();
    f.set(m[0].toLowerCase(), (f.get(m[0].toLowerCase()) ?? 0) + 1);
    forms.set(key, f);
  }
}

console.log(`PolNeAR ${split}: words marked a cue ≥ ${minCount} times and in ≥ ${minRatio} of their occurrences`);
console.log('| word (forms) | as cue | occurrences | ratio |\n|---|---|---|---|');
const rows = [...asCue]
  .map(([k, n]) => ({ k, n, all: seen.get(k)!, ratio: n / seen.get(k)! }))
  .filter((r) => r.n >= minCount && r.ratio >= minRatio)
  .sort((a, b) => b.n - a.n);
for (const r of rows) {
  const top = [...forms.get(r.k)!].sort((a, b) => b[1] - a[1]).slice(0, 3);
  console.log(`| ${top.map(([w]) => w).join(', ')} | ${r.n} | ${r.all} | ${r.ratio.toFixed(2)} |`);
}
