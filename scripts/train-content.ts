// Trains the content-end model of src/extract/lexicon/content-model.ts on PolNeAR **train**
// (never dev). The examples are the statements stage's own drafts: every verb-cued draft it
// makes on a train sentence (with the rule's end, no model) whose cue is a gold cue and whose
// content, reported after the cue, overlaps that attribution's gold content. Its label is the
// last word of the gold content in the sentence; the candidates are every word from the draft's
// first on (endCandidates). A softmax ranking over them, by stochastic gradient descent.
// The margin the stage asks of a candidate over the rule's end is the one that makes the most
// drafts of a tenth of the articles, held out from training, match their gold content
// (character Jaccard >= 0.5, as `npm run eval` scores).
//
//   npm run train:content        # writes src/extract/lexicon/content-model.json
//
// Parses: as for train-cues (scripts/polnear-train.ts).
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/config.ts';
import {
  contentEnd,
  endCandidates,
  endFeatures,
  endScore,
  lastWord,
  type ContentModel,
} from '../src/extract/lexicon/content-model.ts';
import { isCueVerb, verbCues } from '../src/extract/stages/statements.ts';
import { SentenceView } from '../src/extract/syntax.ts';
import { heldOut, polnearTrain, roundedWeights, seededRandom, shuffle, type Spans } from './polnear-train.ts';

interface Example {
  doc: number;
  s: SentenceView;
  v: number;
  /** First and (by the rule) last token of the draft's content; the gold last token. */
  a: number;
  r: number;
  gold: number;
  goldChars: Set<number>;
  candidates: number[];
  features: string[][];
}

const inside = (spans: Spans, offset: number) => spans.some(([a, b]) => a <= offset && offset < b);
const charsOf = (spans: Spans) => {
  const out = new Set<number>();
  for (const [a, b] of spans) for (let i = a; i < b; i++) out.add(i);
  return out;
};

const articles = await polnearTrain('train-content');
const examples: Example[] = [];
for (const article of articles) {
  article.parse.sentences.forEach((sentence, i) => {
    const s = new SentenceView(sentence, i);
    for (const draft of verbCues(s, null)) {
      if (!draft.cue) continue;
      const v = s.tokenAt(draft.cue.start);
      const a = s.tokenAt(draft.content.start);
      const end = s.tokenAt(draft.content.end - 1);
      if (v === undefined || a === undefined || end === undefined || a <= v) continue;
      const r = lastWord(s, a, end);
      const gold = article.attributions.find((g) => inside(g.cue, draft.cue!.start));
      if (!gold) continue;
      // The gold part that overlaps the draft's content most.
      let part: [number, number] | undefined;
      let most = 0;
      for (const [ga, gb] of gold.content) {
        const o = Math.min(gb, draft.content.end) - Math.max(ga, draft.content.start);
        if (o > most) [most, part] = [o, [ga, gb]];
      }
      if (!part) continue;
      const candidates = endCandidates(s, v, a, r, isCueVerb(s));
      // Its last word in this sentence (a content running on past the sentence ends at its last word).
      let label = s.tokens.length;
      while (label > a && s.tok(label).characterOffsetBegin >= part[1]) label--;
      label = lastWord(s, a, label);
      if (!candidates.includes(label) || !candidates.includes(r)) continue;
      examples.push({
        doc: article.index,
        s,
        a,
        r,
        gold: label,
        goldChars: charsOf(gold.content),
        candidates,
        v,
        features: candidates.map((j) => endFeatures(s, v, a, j, r)),
      });
    }
  });
}

const isHeldOut = (e: Example) => heldOut(e.doc);
const train = examples.filter((e) => !isHeldOut(e));
const test = examples.filter(isHeldOut);

// Features seen fewer than 3 times at a gold end or a rule end carry no weight.
const seen = new Map<string, number>();
for (const e of train)
  for (const j of new Set([e.gold, e.r]))
    for (const f of e.features[e.candidates.indexOf(j)] ?? []) seen.set(f, (seen.get(f) ?? 0) + 1);

const model: ContentModel = { trainedOn: '', margin: 0, weights: {} };
const random = seededRandom();
const L2 = 1e-5;
const EPOCHS = 10;
for (let epoch = 0; epoch < EPOCHS; epoch++) {
  shuffle(train, random);
  const rate = 0.1 / (1 + epoch);
  for (const e of train) {
    const scores = e.features.map((f) => endScore(model, f));
    const top = Math.max(...scores);
    const exp = scores.map((z) => Math.exp(z - top));
    const sum = exp.reduce((x, y) => x + y, 0);
    e.candidates.forEach((j, c) => {
      const g = (j === e.gold ? 1 : 0) - exp[c] / sum;
      if (Math.abs(g) < 1e-4) return;
      for (const f of e.features[c]) {
        if ((seen.get(f) ?? 0) < 3) continue;
        const w = model.weights[f] ?? 0;
        model.weights[f] = w + rate * (g - L2 * w);
      }
    });
  }
}

/** Whether ending a draft at `j` gives content that matches the gold one (Jaccard >= 0.5). */
function matches(e: Example, j: number): boolean {
  const from = e.s.tok(e.a).characterOffsetBegin;
  const to = e.s.tok(j).characterOffsetEnd;
  let common = 0;
  for (let i = from; i < to; i++) if (e.goldChars.has(i)) common++;
  return common / (to - from + e.goldChars.size - common) >= 0.5;
}

const ruleMatches = test.filter((e) => matches(e, e.r)).length;
let best = { margin: Infinity, matched: ruleMatches, changed: 0 };
for (const margin of [0, 0.25, 0.5, 1, 1.5, 2, 3]) {
  model.margin = margin;
  let matched = 0;
  let changed = 0;
  for (const e of test) {
    const j = contentEnd(model, e.s, e.v, e.a, e.r, isCueVerb(e.s));
    if (j !== e.r) changed++;
    if (matches(e, j)) matched++;
  }
  console.error(
    `margin ${margin}: ${matched}/${test.length} held-out drafts match (rule ${ruleMatches}), ${changed} ends moved`,
  );
  if (matched > best.matched) best = { margin, matched, changed };
}
if (!Number.isFinite(best.margin)) {
  console.error('train-content: no margin beats the rule on held-out articles; no model written');
  process.exit(1);
}
model.margin = best.margin;
model.trainedOn =
  `PolNeAR train, ${articles.length} articles, ${train.length} verb-cued drafts (${test.length} held out); ` +
  `held-out drafts matching gold content: ${best.matched} with the model (${best.changed} ends moved), ${ruleMatches} with the rule alone, at margin ${best.margin}`;
const weights = roundedWeights(model.weights);
const out = path.join(projectRoot, 'src', 'extract', 'lexicon', 'content-model.json');
fs.writeFileSync(out, `${JSON.stringify({ ...model, weights }, null, 2)}\n`);
console.log(
  `train-content: ${model.trainedOn}; ${Object.keys(weights).length} weights → ${path.relative(projectRoot, out)}`,
);
