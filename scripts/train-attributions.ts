// Trains the attribution model of src/extract/lexicon/attribution-model.ts on PolNeAR **train**
// (never dev). Every candidate `attributionCandidates` yields is an example, labelled by
// whether its content matches a gold content as the scorer counts a match (character Jaccard
// ≥ 0.5); candidates on a cue or a content the verb rules already take are left out, since
// the statements stage asks the model only where the rules found nothing. Logistic regression
// by stochastic gradient descent, on nine tenths of the articles (every tenth is held out). The
// threshold is fixed (THRESHOLD, 0.4), and checked on all ten folds of the articles, each
// scored by a model that did not see it: the trainer prints the gain in content F1 at every
// step and fails where the fixed threshold's gain falls below 90% of the largest (a statement
// added with probability p of being right raises F1 where p > F1 / 2, the F1 the rules reach
// being ASSUMED_F1). (The statements stage then
// drops a candidate no person, body, group or country holds; training has no entities to tell
// those, so it sees them all, and the threshold errs low.)
//
//   node --import tsx scripts/train-attributions.ts   # writes src/extract/lexicon/attribution-model.json
//
// Parses are those of scripts/polnear-train.ts (cached in .newsgraph/cache/polnear-train/).
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/config.ts';
import {
  attributionCandidates,
  attributionFeatures,
  attributionProbability,
  clashes,
  type AttributionModel,
} from '../src/extract/lexicon/attribution-model.ts';
import { verbCues } from '../src/extract/stages/statements.ts';
import { SentenceView } from '../src/extract/syntax.ts';
import { fitLogistic, heldOut, polnearTrain, roundedWeights } from './polnear-train.ts';

/** The content F1 the rules reach on PolNeAR train (docs/quality.md), for the threshold. */
const ASSUMED_F1 = 0.64;
/** The threshold the model ships with (see the gain curve the trainer prints). */
const THRESHOLD = 0.4;

interface Example {
  doc: number;
  /** Article, sentence, cue and dependent: the same candidate on every run. */
  key: string;
  features: string[];
  label: 0 | 1;
}

const jaccard = (a: [number, number], chars: Set<number>) => {
  let inter = 0;
  for (let i = a[0]; i < a[1]; i++) if (chars.has(i)) inter++;
  return inter / (a[1] - a[0] + chars.size - inter);
};

const articles = await polnearTrain('train-attributions');
const examples: Example[] = [];
let ruled = 0;
for (const article of articles) {
  const golds = article.attributions.map((g) => {
    const chars = new Set<number>();
    for (const [a, b] of g.content) for (let i = a; i < b; i++) chars.add(i);
    return chars;
  });
  article.parse.sentences.forEach((sentence, i) => {
    const s = new SentenceView(sentence, i);
    const drafts = verbCues(s, null);
    for (const x of attributionCandidates(s)) {
      const span = s.span(x.a, x.b);
      if (drafts.some((d) => clashes(d, s.span(x.cue, x.cue), span))) {
        ruled++;
        continue;
      }
      const label = golds.some((g) => jaccard([span.start, span.end], g) >= 0.5) ? 1 : 0;
      examples.push({
        doc: article.index,
        key: `${article.index}:${i}:${x.cue}:${x.arg}`,
        features: attributionFeatures(s, x),
        label,
      });
    }
  });
}

// A tenth of the articles (every tenth) is held out from the model that is shipped.
const isHeldOut = (e: Example) => heldOut(e.doc);
const train = examples.filter((e) => !isHeldOut(e));
const test = examples.filter(isHeldOut);

// Features seen fewer than MIN_SEEN times in training carry no weight (noise, and a smaller file).
// Averaged SGD: retrained after a change to the rules that moved 3 of 20,699 candidates, the
// plain model's additions on the ten folds at 0.45 went from 1,307 (569 right) to 1,066 (498);
// the averaged one's from 1,062 (509) to 1,062 (505).
const MIN_SEEN = 10;
// Averaged SGD, each example's place in an epoch drawn from its own key (not a shuffle that
// any other example's coming or going redraws).
const FIT = { minSeen: MIN_SEEN, rate: 0.1, l2: 1e-4, epochs: 8, average: true, keyOf: (e: Example) => e.key };
const fitted = (examples: Example[]) => {
  const m: AttributionModel = { trainedOn: '', threshold: 0.5, bias: 0, weights: {} };
  // (fitLogistic drops rare features from the examples it is given: it gets copies.)
  fitLogistic(
    m,
    examples.map((e) => ({ ...e, features: [...e.features] })),
    FIT,
  );
  return m;
};
const model = fitted(train);

// Threshold: the largest F1 gain, 2·right − F1·added, over every article's candidates scored by
// a model that did not see that article (ten folds by article, the shipped model's held-out
// tenth being one of them). The held-out tenth alone is a hundred-odd statements, too few: the
// threshold it chose swung between 0.25 and 0.5 with small changes to the rules.
const FOLDS = 10;
const scored: { p: number; label: 0 | 1 }[] = [];
for (let f = 0; f < FOLDS; f++) {
  const inFold = (e: Example) => e.doc % FOLDS === f;
  const foldModel = heldOut(f) ? model : fitted(examples.filter((e) => !inFold(e)));
  for (const e of examples.filter(inFold))
    scored.push({ p: attributionProbability(foldModel, e.features), label: e.label });
}
const steps: { threshold: number; gain: number; p: number; added: number; right: number }[] = [];
for (let th = 0.2; th <= 0.9001; th += 0.025) {
  const picked = scored.filter((x) => x.p >= th);
  const right = picked.filter((x) => x.label).length;
  const gain = 2 * right - ASSUMED_F1 * picked.length;
  const p = right / Math.max(1, picked.length);
  console.error(
    `threshold ${th.toFixed(3)}: added ${picked.length}, right ${right} (P ${p.toFixed(3)}), gain ${gain.toFixed(1)}`,
  );
  steps.push({ threshold: Number(th.toFixed(3)), gain, p, added: picked.length, right });
}
// The gain is flat around its top (0.30–0.425 within a few per cent), so a threshold chosen
// from it (session 17 took the highest within 5% of the largest gain) moved between 0.375
// and 0.45 with every change to the rules, and borderline statements came and went with it.
// The threshold is fixed near the high end of that flat top instead, where the graph gets
// fewer wrong statements for about the same F1; the run fails if the curve moves away from it.
// (0.45 with the plain SGD model of 0.5.19; 0.4 since the averaged one of 0.5.21, which is as
// precise there, P 0.447 on the ten folds, as the plain one was at 0.45, P 0.435.)
const top = Math.max(0, ...steps.map((x) => x.gain));
const best = steps.find((x) => x.threshold === THRESHOLD);
if (!best || top <= 0 || best.gain < 0.9 * top) {
  console.error(
    `train-attributions: the fixed threshold ${THRESHOLD} gains ${best?.gain.toFixed(1) ?? 'nothing'}, below 90% of the largest gain (${top.toFixed(1)}): choose another`,
  );
  process.exit(1);
}
model.threshold = best.threshold;
model.trainedOn =
  `PolNeAR train, ${articles.length} articles: ${train.length} candidates the verb rules leave to train on and ${test.length} held out (${ruled} more left to the rules); ` +
  `all ${FOLDS} folds at threshold ${best.threshold}: ${best.added} added, ${best.right} right (P ${best.p.toFixed(3)})`;
const weights = roundedWeights(model.weights);
const out = path.join(projectRoot, 'src', 'extract', 'lexicon', 'attribution-model.json');
fs.writeFileSync(out, `${JSON.stringify({ ...model, bias: Number(model.bias.toFixed(3)), weights }, null, 2)}\n`);
console.log(
  `train-attributions: ${model.trainedOn}; ${Object.keys(weights).length} weights → ${path.relative(projectRoot, out)}`,
);
