// A learned prior for verbs outside the cue lexicon: how likely a verb, in its sentence, is
// the cue of an attribution. Logistic regression over the verb's lemma and its syntactic
// frame (what complements it takes, what its subject is), trained on PolNeAR **train** by
// `scripts/train-cues.ts`, which writes cue-model.json beside this file. The lexicon decides
// for the verbs it lists; this model only lets other verbs in when it is confident.
import { isQuote, type SentenceView } from '../syntax.ts';
import { logisticProbability, modelFile } from './model-file.ts';

export interface CueModel {
  /** What the weights were trained on, and how (written by scripts/train-cues.ts). */
  trainedOn: string;
  /** Probability from which a verb outside the lexicon is taken as a cue. */
  threshold: number;
  bias: number;
  weights: Record<string, number>;
}

/** Coarse entity type of a token: the fine-grained tags CoreNLP adds fold into these. */
export function coarseNer(ner: string | undefined): string {
  if (ner === 'PERSON' || ner === 'ORGANIZATION') return ner;
  if (ner === 'LOCATION' || ner === 'CITY' || ner === 'COUNTRY' || ner === 'STATE_OR_PROVINCE') return 'LOCATION';
  return 'O';
}

/**
 * What kind of word token `k` is, as the learned models see a subject or holder; a possessive
 * pronoun ("his") counts as a pronoun only where `possessive` (an owner, not a subject).
 */
export function wordKind(s: SentenceView, k: number | undefined, possessive = false): string {
  if (k === undefined) return 'none';
  const t = s.tok(k);
  if (t.pos === 'PRP' || (possessive && t.pos === 'PRP$')) return 'pron';
  if (coarseNer(t.ner) !== 'O') return coarseNer(t.ner);
  return /^NNPS?$/.test(t.pos) ? 'propn' : 'noun';
}

/** Auxiliaries and copulas are never a cue's head ("has" in "has acknowledged"). */
const AUXILIARY = new Set(['aux', 'aux:pass', 'cop']);

/**
 * The verbs the model is trained on and asked about: those reporting a proposition, a clause
 * or an infinitive after them ("encouraged farmers to join …", "contended that …").
 */
export const asksModel = (s: SentenceView, v: number) =>
  !AUXILIARY.has(s.rel[v] ?? '') && s.kids(v, 'ccomp', 'xcomp').some((c) => c > v);

/** The features of verb token `v` (1-based) of a sentence; the same in training and use. */
export function cueFeatures(s: SentenceView, v: number): string[] {
  const t = s.tok(v);
  const lemma = s.lemma(v);
  const kids = s.children[v] ?? [];
  const rels = new Set(kids.map((c) => s.rel[c]));
  const that = kids.some(
    (c) => s.rel[c] === 'ccomp' && s.kids(c, 'mark').some((m) => /^(that|whether|if)$/i.test(s.word(m))),
  );
  const frame = that
    ? 'that'
    : rels.has('ccomp')
      ? 'ccomp'
      : rels.has('xcomp')
        ? 'xcomp'
        : rels.has('obj')
          ? 'obj'
          : rels.has('obl')
            ? 'obl'
            : 'none';
  const subj = kids.find((c) => s.rel[c] === 'nsubj' || s.rel[c] === 'nsubj:pass');
  const subjKind = wordKind(s, subj);
  return [
    `lemma=${lemma}`,
    `pos=${t.pos}`,
    `rel=${s.rel[v] ?? 'root'}`,
    `frame=${frame}`,
    `subj=${subjKind}`,
    `passive=${rels.has('nsubj:pass') || rels.has('aux:pass')}`,
    `lemma=${lemma}|frame=${frame}`,
    `frame=${frame}|subj=${subjKind}`,
    `rel=${s.rel[v] ?? 'root'}|frame=${frame}`,
    `lemma=${lemma}|subj=${subjKind}`,
    `next=${(s.tok(v + 1)?.word ?? '').toLowerCase()}`,
    `prev=${v > 1 ? s.lemma(v - 1) : ''}`,
    `quoted=${s.tokens.some((x) => isQuote(x.word))}`,
  ];
}

/** Whether training counted for the lemma itself (a frame alone never makes a verb a cue). */
export const lemmaCounts = (model: CueModel, lemma: string) => (model.weights[`lemma=${lemma}`] ?? 0) > 0;

/** The probability that the features' candidate is one (the shared logistic scorer). */
export const cueProbability: (model: CueModel, features: string[]) => number = logisticProbability;

/** The trained model, or null where none has been trained (the lexicon alone decides). */
export const cueModel = modelFile<CueModel>(new URL('./cue-model.json', import.meta.url));
