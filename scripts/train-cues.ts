// Trains the cue model of src/extract/lexicon/cue-model.ts on PolNeAR **train** (never dev):
// every verb outside the cue lexicon with a clause or an infinitive after it (the only verbs
// the statements stage asks the model about) is an example, labelled by whether PolNeAR's
// annotator marked it part of a cue; features are its lemma and syntactic frame, read off CoreNLP's
// parse. Logistic regression by stochastic gradient descent; the threshold is the one with
// the best cue F0.5 on a tenth of the train articles held out from training: precision
// weighs double, since a statement needs its content to match too, not only its cue.
//
//   node --import tsx scripts/train-cues.ts            # writes src/extract/lexicon/cue-model.json
//
// Parses come from the CoreNLP service (started, or reused, like `npm run eval` does) with
// the annotators the features need (tokenize … depparse, coarse NER) and are cached in
// .newsgraph/cache/polnear-train/ (about 7 minutes on 2 cores the first time).
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/config.ts';
import {
  asksModel,
  cueFeatures,
  cueProbability,
  lemmaCounts,
  type CueModel,
} from '../src/extract/lexicon/cue-model.ts';
import { PREPOSITION_CUES, SPEECH_VERBS } from '../src/extract/lexicon/cues.ts';
import { SentenceView } from '../src/extract/syntax.ts';
import { fitLogistic, heldOut, polnearTrain, roundedWeights } from './polnear-train.ts';

interface Example {
  doc: number;
  lemma: string;
  features: string[];
  label: 0 | 1;
}

const inLexicon = (lemma: string) => SPEECH_VERBS.has(lemma) || PREPOSITION_CUES.has(lemma);
const articles = await polnearTrain('train-cues');
const examples: Example[] = [];
for (const article of articles) {
  article.parse.sentences.forEach((sentence, i) => {
    const s = new SentenceView(sentence, i);
    for (let v = 1; v <= s.tokens.length; v++) {
      if (!s.tok(v).pos.startsWith('VB') || inLexicon(s.lemma(v)) || !asksModel(s, v)) continue;
      const label = article.cueChars.has(s.tok(v).characterOffsetBegin) ? 1 : 0;
      examples.push({ doc: article.index, lemma: s.lemma(v), features: cueFeatures(s, v), label });
    }
  });
}

// A tenth of the articles (every tenth) is held out to choose the threshold.
const isHeldOut = (e: Example) => heldOut(e.doc);
const train = examples.filter((e) => !isHeldOut(e));
const test = examples.filter(isHeldOut);

// Features seen fewer than 3 times in training carry no weight (noise, and a smaller file).
const model: CueModel = { trainedOn: '', threshold: 0.5, bias: 0, weights: {} };
fitLogistic(model, train, { minSeen: 3, rate: 0.2, l2: 1e-6, epochs: 8, average: true });

// Threshold: best cue F0.5 on the held-out articles.
let best = { threshold: 0.5, f: 0, p: 0, r: 0 };
// As the statements stage asks it: a verb whose lemma carries no positive weight is no cue.
const scored = test.map((e) => ({
  p: lemmaCounts(model, e.lemma) ? cueProbability(model, e.features) : 0,
  label: e.label,
}));
const positives = test.filter((e) => e.label).length;
for (let th = 0.2; th <= 0.9001; th += 0.05) {
  const picked = scored.filter((x) => x.p >= th);
  const tp = picked.filter((x) => x.label).length;
  const p = tp / Math.max(1, picked.length);
  const r = tp / Math.max(1, positives);
  const f = (1.25 * p * r) / Math.max(1e-9, 0.25 * p + r);
  console.error(`threshold ${th.toFixed(2)}: P ${p.toFixed(3)} R ${r.toFixed(3)} F0.5 ${f.toFixed(3)}`);
  if (f > best.f) best = { threshold: Number(th.toFixed(2)), f, p, r };
}
model.threshold = best.threshold;
model.trainedOn =
  `PolNeAR train, ${articles.length} articles, ${train.length} verbs outside the lexicon with a clause or infinitive (${test.length} held out); ` +
  `held-out cue P ${best.p.toFixed(3)} R ${best.r.toFixed(3)} F0.5 ${best.f.toFixed(3)} at threshold ${best.threshold}`;
const weights = roundedWeights(model.weights);
const out = path.join(projectRoot, 'src', 'extract', 'lexicon', 'cue-model.json');
fs.writeFileSync(out, `${JSON.stringify({ ...model, bias: Number(model.bias.toFixed(3)), weights }, null, 2)}\n`);
console.log(
  `train-cues: ${model.trainedOn}; ${Object.keys(weights).length} weights → ${path.relative(projectRoot, out)}`,
);
