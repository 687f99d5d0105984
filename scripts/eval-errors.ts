// Classifies the statement errors of an `npm run eval` run (the folder it prints at the end):
//   node --import tsx scripts/eval-errors.ts /tmp/newsgraph-eval-XXXX
// Prints the error tables kept in docs/quality.md.
import fs from 'node:fs';

interface Span {
  start: number;
  end: number;
}
interface Doc {
  doc: string;
  text: string;
  attributions: { source: number[][] | null; cue: number[][] | null; content: number[][] }[];
  statements?: { cue: Span | null; content: Span }[];
}
import { SPEECH_VERBS } from '../src/extract/lexicon/cues.ts';
const dir = process.argv[2];
const rd = (p: string): Doc[] =>
  fs
    .readFileSync(p, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
const gold = rd(`${dir}/polnear-dev.gold.jsonl`);
const pred = new Map(rd(`${dir}/polnear.ours.jsonl`).map((d) => [d.doc, d]));
const chars = (sp: number[][]) => {
  const s = new Set<number>();
  for (const [a, b] of sp) for (let i = a; i < b; i++) s.add(i);
  return s;
};
const jac = (a: Set<number>, b: Set<number>) => {
  let i = 0;
  for (const x of a) if (b.has(x)) i++;
  return i / (a.size + b.size - i || 1);
};
const fn: Record<string, number> = {};
const fp: Record<string, number> = {};
const PREP = /^(about|for|of|on|to|in|against|as|with|over|at|by|out|from|into|that)$/;
const IRREG: Record<string, string> = {
  said: 'say',
  says: 'say',
  told: 'tell',
  wrote: 'write',
  written: 'write',
  thought: 'think',
  knew: 'know',
  known: 'know',
  found: 'find',
  felt: 'feel',
  shown: 'show',
  saw: 'see',
  spoke: 'speak',
  gave: 'give',
};
const lemma = (w: string) => IRREG[w.toLowerCase()] ?? w.toLowerCase().replace(/(ing|ed|es|s)$/, '');
const known = [...SPEECH_VERBS];
for (const g of gold) {
  const p = pred.get(g.doc);
  const t: string = g.text;
  const ps = (p?.statements || []).map((s) => ({
    ...s,
    ch: chars([[s.content.start, s.content.end]]),
    used: false,
  }));
  for (const a of g.attributions) {
    const gc = chars(a.content);
    let best: (typeof ps)[number] | null = null,
      bj = 0;
    for (const s of ps) {
      if (s.used) continue;
      const j = jac(gc, s.ch);
      if (j >= 0.5 && j > bj) {
        bj = j;
        best = s;
      }
    }
    if (best) {
      best.used = true;
      continue;
    }
    const near = ps.some((s) => jac(gc, s.ch) > 0);
    const cue = (a.cue || [])
      .map(([x, y]: number[]) => t.slice(x, y))
      .join(' ')
      .toLowerCase()
      .trim();
    const last = cue.split(/\s+/).pop() ?? '';
    let k: string;
    if (!cue) k = 'no cue in gold';
    else if (/^[:―—–-]$/.test(cue)) k = 'punctuation cue (headline, transcript)';
    else if (PREP.test(last) || (a.cue?.length ?? 0) > 1) k = 'noun or phrasal cue ("concerns about", "support for")';
    else if (known.some((v) => lemma(last).startsWith(v.slice(0, Math.max(3, v.length - 1)))))
      k = near ? 'known cue, content boundary off (Jaccard < 0.5)' : 'known cue, missed (parse or speaker-less clause)';
    else k = 'cue not in the lexicon ("cited", "attacked", "described")';
    fn[k] = (fn[k] || 0) + 1;
  }
  for (const s of ps)
    if (!s.used) {
      const near = g.attributions.some((a) => jac(chars(a.content), s.ch) > 0);
      const k = near
        ? 'overlaps a gold statement, boundary off or nested differently'
        : s.cue
          ? 'cue fired where PolNeAR marks no attribution'
          : 'quotation PolNeAR does not attribute';
      fp[k] = (fp[k] || 0) + 1;
    }
}
// Near misses: a gold content whose best-overlapping prediction has Jaccard in (0, 0.5),
// by how the two spans relate.
const near: Record<string, number> = {};
for (const g of gold) {
  const ps = (pred.get(g.doc)?.statements ?? []).map((s) => chars([[s.content.start, s.content.end]]));
  for (const a of g.attributions) {
    const gc = chars(a.content);
    let best: Set<number> | undefined;
    let bj = 0;
    for (const pc of ps) {
      const j = jac(gc, pc);
      if (j > bj) [bj, best] = [j, pc];
    }
    if (!best || bj >= 0.5) continue;
    let inter = 0;
    for (const x of gc) if (best.has(x)) inter++;
    const k =
      inter === best.size
        ? 'ours too short (inside the gold content)'
        : inter === gc.size
          ? 'ours too long (contains the gold content)'
          : 'partial overlap';
    near[k] = (near[k] || 0) + 1;
  }
}

const show = (o: Record<string, number>) =>
  Object.entries(o)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `| ${k} | ${v} |`)
    .join('\n');
console.log('| missed gold attribution (false negative) | count |\n|---|---|\n' + show(fn));
console.log('\n| predicted, not matched (false positive) | count |\n|---|---|\n' + show(fp));
console.log('\n| near miss (best Jaccard < 0.5) | count |\n|---|---|\n' + show(near));
