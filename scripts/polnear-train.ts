// PolNeAR **train** for the training scripts (train-cues, train-content): each article's text,
// its gold attributions read from the brat files (the first annotator's, as the shared
// converter takes), and CoreNLP's parse of it with the annotators the models' features need
// (tokenize … depparse, coarse NER), cached in .newsgraph/cache/polnear-train/ (about
// 7 minutes on 2 cores the first time; CoreNLP is started, or reused, on the first miss).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { loadSettings, projectRoot } from '../src/config.ts';
import type { CoreDocument } from '../src/extract/corenlp/types.ts';
import { coreNlpOnDemand } from './corenlp-on-demand.ts';
import { logisticProbability, type LogisticModel } from '../src/extract/lexicon/model-file.ts';
import { withOpeningMarks } from '../src/extract/quotes.ts';

export type Spans = [number, number][];

export interface GoldAttribution {
  cue: Spans;
  content: Spans;
}

export interface TrainArticle {
  /** Position of the article in file-name order (the same on every run). */
  index: number;
  name: string;
  text: string;
  /** Characters inside any gold cue span. */
  cueChars: Set<number>;
  attributions: GoldAttribution[];
  parse: CoreDocument;
}

const PROPERTIES = {
  annotators: 'tokenize,ssplit,pos,lemma,ner,depparse',
  'ner.applyFineGrained': 'false',
  'ner.useSUTime': 'false',
  outputFormat: 'json',
};

const spans = (s: string): Spans =>
  s.split(';').map((frag) => {
    const [a, b] = frag.trim().split(/\s+/).map(Number);
    return [a, b];
  });

/** Gold cue characters and attributions (those with a content) of one brat file. */
export function readAnn(ann: string): { cueChars: Set<number>; attributions: GoldAttribution[] } {
  const cueChars = new Set<number>();
  const bound = new Map<string, Spans>();
  const attributions: GoldAttribution[] = [];
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    const t = /^(\S+) ([\d ;]+)$/.exec(cols[1] ?? '');
    if (cols[0]?.startsWith('T') && t) {
      bound.set(cols[0], spans(t[2]));
      if (t[1] === 'Cue') for (const [a, b] of spans(t[2])) for (let i = a; i < b; i++) cueChars.add(i);
    } else if (cols[0]?.startsWith('E')) {
      const roles = new Map(
        cols[1]
          .trim()
          .split(/\s+/)
          .map((r) => r.split(':') as [string, string]),
      );
      const content = bound.get(roles.get('Content') ?? '');
      if (content) attributions.push({ cue: bound.get(roles.get('Cue') ?? '') ?? [], content });
    }
  }
  return { cueChars, attributions };
}

/** Every train article with its gold and parse, in file-name order. */
export async function polnearTrain(label: string): Promise<TrainArticle[]> {
  const shared = path.resolve(process.env.NEWSGRAPH_SHARED ?? path.join(projectRoot, '..', 'shared'));
  const dir = path.join(shared, 'data', 'polnear', 'train');
  if (!fs.existsSync(dir)) {
    console.error(`${label}: no PolNeAR train split at ${dir}`);
    process.exit(2);
  }
  const settings = loadSettings();
  const cacheDir = path.join(settings.runDir, 'cache', 'polnear-train');
  fs.mkdirSync(cacheDir, { recursive: true });
  const coreNlp = coreNlpOnDemand(settings);
  const parse = async (name: string, text: string): Promise<CoreDocument> => {
    const key = createHash('sha256')
      .update(`${JSON.stringify(PROPERTIES)}|${text}`)
      .digest('hex')
      .slice(0, 16);
    const file = path.join(cacheDir, `${name}.${key}.json`);
    if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as CoreDocument;
    const doc = await (await coreNlp.client()).annotate(text, { properties: PROPERTIES });
    fs.writeFileSync(file, JSON.stringify(doc));
    return doc;
  };
  const anns = fs.readdirSync(path.join(dir, 'attributions')).sort();
  const texts = fs
    .readdirSync(path.join(dir, 'text'))
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const out: TrainArticle[] = [];
  const pending = texts.map((f, index) => ({ f, index }));
  let done = 0;
  async function worker() {
    for (let next = pending.shift(); next; next = pending.shift()) {
      const name = next.f.replace(/\.txt$/, '');
      const ann = anns.find((a) => a.startsWith(`${name}_`));
      if (!ann) continue;
      const text = fs.readFileSync(path.join(dir, 'text', next.f), 'utf8');
      const gold = readAnn(fs.readFileSync(path.join(dir, 'attributions', ann), 'utf8'));
      // Archive-style opening quotation marks rewritten as the pipeline does (textForCoreNlp).
      // Its other rewrites, blanking US party tags "(R-S.C.)" (74 train texts have one) and
      // masked regions, are not applied here: the models train on those few sentences as
      // CoreNLP splits them unblanked.
      out.push({ index: next.index, name, text, ...gold, parse: await parse(name, withOpeningMarks(text)) });
      if (++done % 100 === 0) console.error(`${label}: ${done}/${texts.length} articles`);
    }
  }
  try {
    await Promise.all([worker(), worker()]);
  } finally {
    await coreNlp.stop();
  }
  // Article order, whatever order the parses arrived in, so that a run is reproducible.
  return out.sort((a, b) => a.index - b.index);
}

/**
 * Whether the article at `index` (its position in file-name order) is in the tenth of train
 * that every training script holds out from fitting (and chooses its threshold on); `npm run
 * eval -- --polnear train` scores it on its own.
 */
export const heldOut = (index: number) => index % 10 === 9;

/** A deterministic random generator (a linear congruential one), so that runs are reproducible. */
export function seededRandom(seed = 42): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

/** Shuffles in place with `random`. */
export function shuffle<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
}

/**
 * Fits `model` to labelled examples by stochastic gradient descent: features seen fewer than
 * `minSeen` times carry no weight (noise, and a smaller file); each epoch visits the examples
 * shuffled with the seeded generator (or, with `keyOf`, in an order drawn from their keys), at
 * a rate of `rate` / (1 + epoch), with L2 decay `l2`; with `average`, the model is the mean of
 * the second half of the epochs.
 */
export function fitLogistic<M extends LogisticModel, E extends { features: string[]; label: 0 | 1 }>(
  model: M,
  examples: E[],
  {
    minSeen,
    rate,
    l2,
    epochs,
    average = false,
    keyOf,
  }: {
    minSeen: number;
    rate: number;
    l2: number;
    epochs: number;
    average?: boolean;
    /**
     * A key per example: where given, each epoch visits the examples in an order drawn from
     * their keys (a hash of key and epoch), so that adding or removing an example moves only
     * that one, not the whole shuffle.
     */
    keyOf?: (e: E) => string;
  },
): void {
  const seen = new Map<string, number>();
  for (const e of examples) for (const f of e.features) seen.set(f, (seen.get(f) ?? 0) + 1);
  for (const e of examples) e.features = e.features.filter((f) => (seen.get(f) ?? 0) >= minSeen);
  const random = seededRandom();
  // Averaged SGD (with `average`): the model is the mean of the weights after every example of
  // the second half of the epochs, not the last of them, so that where the examples come in
  // (a shuffle that any change to the data redraws) moves it little. `later` sums each update
  // times the number of steps before it in that half: the mean is then w − later / steps.
  const from = average ? Math.floor(epochs / 2) : epochs;
  const later = new Map<string, number>();
  let laterBias = 0;
  let steps = 0;
  const keys = keyOf ? new Map(examples.map((e) => [e, keyOf(e)])) : undefined;
  // (Two examples with one key would keep the order they came in: keys must be unique.)
  if (keys && new Set(keys.values()).size !== keys.size)
    throw new Error('fitLogistic: keyOf gives two examples one key');
  for (let epoch = 0; epoch < epochs; epoch++) {
    if (keys) {
      const rank = new Map(
        examples.map((e) => [
          e,
          createHash('sha1')
            .update(`${epoch}\u0000${keys.get(e)}`)
            .digest('hex'),
        ]),
      );
      examples.sort((a, b) => (rank.get(a)! < rank.get(b)! ? -1 : rank.get(a)! > rank.get(b)! ? 1 : 0));
    } else shuffle(examples, random);
    const step = rate / (1 + epoch);
    for (const e of examples) {
      const g = e.label - logisticProbability(model, e.features);
      const averaging = epoch >= from;
      model.bias += step * g;
      if (averaging) laterBias += steps * step * g;
      for (const f of e.features) {
        const w = model.weights[f] ?? 0;
        const d = step * (g - l2 * w);
        model.weights[f] = w + d;
        if (averaging) later.set(f, (later.get(f) ?? 0) + steps * d);
      }
      if (averaging) steps++;
    }
  }
  if (!steps) return;
  model.bias -= laterBias / steps;
  for (const [f, u] of later) model.weights[f] -= u / steps;
}

/** Weights as a model file keeps them: sorted by feature, to 3 decimals, those under 0.01 left out. */
export function roundedWeights(weights: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [f, w] of Object.entries(weights).sort(([a], [b]) => a.localeCompare(b)))
    if (Math.abs(w) >= 0.01) out[f] = Number(w.toFixed(3));
  return out;
}
