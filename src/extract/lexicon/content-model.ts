// A learned choice of where a reported clause ends. The statements stage reads what a cue
// verb reports off the dependency tree ("said that …" → the subtree of the clause); where the
// parser hangs a trailing phrase on the wrong word, or PolNeAR's annotators end the content
// at a comma the tree does not show, that rule ends it too early or too late. This model
// scores every word of the sentence from the content's first word on as its last one, the
// rule's own end among them (a feature of its own), and the stage takes the best.
//
// A log-linear (softmax) ranking over those candidates, trained on PolNeAR **train** by
// `scripts/train-content.ts` from the very drafts the stage makes there, with CoreNLP's
// parse; it writes content-model.json beside this file. Without that file the rule decides.
import { isQuote, type SentenceView } from '../syntax.ts';
import { ATTITUDE_VERBS } from './cues.ts';
import { modelFile } from './model-file.ts';

export interface ContentModel {
  /** What the weights were trained on, and how (written by scripts/train-content.ts). */
  trainedOn: string;
  /** How much better than the rule's end another end must score before it is taken. */
  margin: number;
  weights: Record<string, number>;
}

const CLOSED = new Set([
  'and',
  'but',
  'or',
  'nor',
  'which',
  'who',
  'whom',
  'whose',
  'that',
  'as',
  'while',
  'when',
  'after',
  'before',
  'because',
  'since',
  'though',
  'although',
  'if',
  'unless',
  'until',
  'where',
  'so',
  'than',
  'including',
  'with',
  'without',
  'for',
  'to',
  'of',
  'in',
  'on',
  'at',
  'by',
  'from',
  'despite',
  'amid',
  'even',
  'according',
  'not',
  'also',
]);

const isPunct = (s: SentenceView, k: number) => {
  const t = s.tok(k);
  return !!t && !isQuote(t.word) && (/^[^\p{L}\p{N}]+$/u.test(t.word) || /^[,.:]$/.test(t.pos));
};

/** A word's class: punctuation and function words as themselves, other words by tag. */
function cls(s: SentenceView, k: number): string {
  if (k < 1) return 'START';
  if (k > s.tokens.length) return 'END';
  const w = s.word(k);
  if (isQuote(w)) return 'Q';
  if (isPunct(s, k)) return w.length > 2 ? 'P' : w;
  const lower = w.toLowerCase();
  return CLOSED.has(lower) ? lower : s.tok(k).pos;
}

function bucket(n: number): string {
  if (n === 0) return '0';
  const a = Math.abs(n);
  const b = a <= 1 ? '1' : a <= 3 ? '2-3' : a <= 7 ? '4-7' : a <= 15 ? '8-15' : '16+';
  return (n < 0 ? '-' : '+') + b;
}

/**
 * The words that may end a content that starts at token `a` and that the rule ends at `r`:
 * every word from `a` on (no punctuation), except that a shorter content never leaves out a
 * participial cue the rule kept ("rejected those terms, insisting on …": what the rule reads
 * as one claim stays one) or a list of nouns half-way, and a longer one never takes in a cue
 * (`isCue`) coordinated with this one ("defended the reform and touted the accounts" is two
 * statements), with a subject of its own ("…, Mr. Barrett said, …") or after a comma ("Mayor
 * Ellen Park, who said the budget was balanced, said she was …", "…, arguing that …").
 */
export function endCandidates(
  s: SentenceView,
  v: number,
  a: number,
  r: number,
  isCue: (k: number) => boolean,
): number[] {
  const out: number[] = [];
  // ("When asked whom she supported, Ms. Sherry smiled and said …": a cue in a clause that
  // modifies another reports nothing past that clause.)
  const own = mainClauseAfter(s, v);
  for (let j = a; j <= s.tokens.length; j++) {
    if (j > r && j >= own) break;
    if (
      j > r &&
      isCue(j) &&
      ((s.rel[j] === 'conj' && (s.head[j] === v || (s.head[j] >= a && s.head[j] <= r && unlike(s, j)))) ||
        s.kid(j, 'nsubj') !== undefined ||
        ((isPunct(s, j - 1) || (isQuote(s.word(j - 1)) && isPunct(s, j - 2))) && /^VB[GDZ]$/.test(s.tok(j).pos)))
    )
      break;
    if (j > r && circumstance(s, v, j)) break;
    if (isPunct(s, j)) continue;
    if (j < r) {
      let k = j + 1;
      while (k < r && isPunct(s, k)) k++;
      const hangs = (x: number) => (s.head[x] >= a && s.head[x] <= j) || s.head[x] === v;
      if (s.tok(k).pos === 'VBG' && isCue(k) && hangs(k) && isPunct(s, k - 1)) continue;
      if (splitsList(s, a, j, r)) continue;
    }
    out.push(j);
  }
  return out;
}

/**
 * Whether a verb joined by "and" to a word cannot share that word's auxiliary or copula, so
 * belongs higher up: "said the party would hold a rally and called on supporters …" ("would
 * called"), "said it was following the case and urged Ankara …" ("was urged" is no
 * progressive), "said Mr. Trump was ''ignorant'' of Islam and criticized him" (a finite verb
 * after a predicate adjective). Not "would step up and show", "voted … and wrote".
 */
export function unlike(s: SentenceView, j: number): boolean {
  const h = s.head[j];
  if (!h || s.kid(j, 'aux', 'aux:pass', 'cop', 'nsubj', 'nsubj:pass') !== undefined) return false;
  // (An act of saying, not a state of mind the clause's subject may be in: "said she was
  // elated but still feared the military".)
  if (ATTITUDE_VERBS.has(s.lemma(j))) return false;
  const pos = s.tok(j).pos;
  // (Not "VBP", which the tagger gives a bare verb too: "wanted to write … and also show them".
  // A "VBN" with something it governs, as the tagger reads "called on supporters", "criticized
  // him"; not a participle as an adjective on the noun after it: "was investigating fraud and
  // alleged abuses".)
  const adjective = (o: number) => o === j + 1 && /^NN/.test(s.tok(o).pos);
  const finite =
    /^VB[DZ]$/.test(pos) ||
    (pos === 'VBN' && (s.kid(j, 'obl', 'ccomp', 'xcomp') !== undefined || s.kids(j, 'obj').some((o) => !adjective(o))));
  if (!finite) return false;
  const auxes = s.kids(h, 'aux');
  if (s.kid(h, 'cop') !== undefined) return !s.tok(h).pos.startsWith('VB');
  // ("was "very sad" to lose her and praised her as …": no "to praised".)
  if (s.kids(h, 'mark').some((m) => s.word(m).toLowerCase() === 'to')) return true;
  if (!auxes.length) return false;
  const aux = auxes[auxes.length - 1];
  const w = s.word(aux).toLowerCase();
  if (s.tok(aux).pos === 'MD' || w === 'to') return true;
  if (/^(is|are|was|were|be|been|am|'s|'re|'m)$/.test(w)) return s.tok(h).pos === 'VBG';
  return false;
}

/**
 * Where the main clause begins after a cue in a clause or phrase that opens the sentence before
 * it ("When asked whom she supported, Ms. Sherry smiled …": at "Ms."): the first word of that
 * clause's subject, set off by a comma, or Infinity.
 */
export function mainClauseAfter(s: SentenceView, v: number): number {
  const h = s.head[v];
  if (!h || h < v) return Infinity;
  // (A clause of its own, "When asked …, Ms. Sherry smiled"; or any opening modifier the cue
  // sits in: "While Comey said there was clear evidence …, he said there's no precedent …".)
  const main = s.rel[v] === 'advcl' ? h : s.root;
  if (!main || main < v) return Infinity;
  const subject = s.kid(main, 'nsubj', 'nsubj:pass');
  if (subject === undefined || subject < v) return Infinity;
  const first = Math.min(...s.subtree(subject));
  return s.word(first - 1) === ',' && first > Math.max(...s.subtree(v)) ? first : Infinity;
}

const WHEN_OR_WHERE = /^(DATE|TIME|DURATION|SET|LOCATION|CITY|COUNTRY|STATE_OR_PROVINCE)$/;

/**
 * Whether token `j` lies in a phrase hung on the cue `v` that tells when or where it was said
 * ("on Monday", "during a debate on Tuesday", "at a rally in Hamburg"), not what.
 */
function circumstance(s: SentenceView, v: number, j: number): boolean {
  let k = j;
  for (let guard = 0; guard < 50 && s.head[k] && s.head[k] !== v; guard++) k = s.head[k];
  if (s.head[k] !== v) return false;
  if (/^(obl:tmod|nmod:tmod)$/.test(s.rel[k] ?? '')) return true;
  if (!(s.rel[k] ?? '').startsWith('obl')) return false;
  const marker = s.kid(k, 'case');
  // (And who relays it: "…, according to the official IRNA news agency".)
  if (marker !== undefined && /^(at|during|according)$/i.test(s.word(marker))) return true;
  return s.subtree(k).some((x) => WHEN_OR_WHERE.test(s.tok(x).ner ?? ''));
}

/**
 * Whether ending at `j` would split a list of nouns: a conjunct of a noun inside the content
 * comes after it, or (the parser often hangs a list's later members elsewhere) a comma then a
 * noun phrase does, with "and" or "or" further on ("an end to the war, a full withdrawal …,
 * and the release …").
 */
function splitsList(s: SentenceView, a: number, j: number, r: number): boolean {
  const nominal = (k: number) => /^(NN|JJ|CD|PR|DT)/.test(s.tok(k)?.pos ?? '');
  for (let k = j + 1; k <= r; k++)
    if (s.rel[k] === 'conj' && s.head[k] >= a && s.head[k] <= j && nominal(k)) return true;
  if (s.word(j + 1) !== ',' || !nominal(j)) return false;
  if (/^(and|or)$/i.test(s.word(j + 2)) && nominal(j + 3)) return true;
  if (!nominal(j + 2)) return false;
  for (let k = j + 3; k < r; k++) if (/^(and|or)$/i.test(s.word(k)) && nominal(k + 1)) return true;
  return false;
}

/** Features of ending at token `j` a content that starts at `a` and that the rule ends at `r`. */
export function endFeatures(s: SentenceView, v: number, a: number, j: number, r: number): string[] {
  const n = s.tokens.length;
  const side = j === r ? '0' : j < r ? '-' : '+';
  const next = cls(s, j + 1);
  const out = new Set<string>();
  const inside = new Set<string>();
  for (let k = j + 1; k <= n; k++)
    if (s.head[k] >= a && s.head[k] <= j) out.add(`${s.rel[k] ?? ''}:${s.tok(k).pos.slice(0, 2)}`);
  for (let k = a; k <= j; k++) if (s.head[k] > j) inside.add(s.rel[k] ?? '');
  let quotes = 0;
  for (let k = a; k <= j; k++) if (isQuote(s.word(k))) quotes++;
  let last = n;
  while (last > j && isPunct(s, last)) last--;
  const f = [
    `side=${side}`,
    `d=${bucket(j - r)}`,
    `next=${next}`,
    `cur=${cls(s, j)}`,
    `cur=${cls(s, j)}|next=${next}`,
    `next=${next}|next2=${cls(s, j + 2)}`,
    `side=${side}|next=${next}`,
    `side=${side}|cur=${cls(s, j)}`,
    `nextrel=${j < n ? s.rel[j + 1] : 'END'}`,
    `nextrel=${j < n ? s.rel[j + 1] : 'END'}|next=${next}`,
    `last=${j >= last}`,
    `side=${side}|last=${j >= last}`,
    `quotes=${quotes % 2}`,
    `len=${bucket(j - a + 1)}`,
    `outs=${Math.min(out.size, 3)}`,
    `ins=${Math.min(inside.size, 3)}`,
  ];
  for (const rel of out) f.push(`out=${rel}`, `out=${rel.replace(/:[^:]*$/, '')}`, `side=${side}|out=${rel}`);
  for (const rel of inside) f.push(`in=${rel}`);
  // The relation of the content's head to the cue ("ccomp", "xcomp", "obj" …).
  const head = s.rel[s.head[a] === v ? a : s.head[a]] ?? '';
  f.push(`cue=${s.lemma(v)}|side=${side}`, `rel=${head}|side=${side}`, `rel=${head}|next=${next}`);
  return f;
}

export function endScore(model: ContentModel, features: string[]): number {
  let z = 0;
  for (const f of features) z += model.weights[f] ?? 0;
  return z;
}

/**
 * The last token of a content that starts at `a` and that the rule ends at `r`: the best
 * scoring candidate where it beats the rule's end by the model's margin, else `r`; never before
 * `floor` (the first word of a clause the content must reach).
 */
export function contentEnd(
  model: ContentModel,
  s: SentenceView,
  v: number,
  a: number,
  r: number,
  isCue: (k: number) => boolean,
  floor = a,
): number {
  const last = lastWord(s, a, r);
  const rule = endScore(model, endFeatures(s, v, a, last, last));
  let best = r;
  let bestScore = rule + model.margin;
  for (const j of endCandidates(s, v, a, last, isCue)) {
    if (j === last || j < floor) continue;
    const z = endScore(model, endFeatures(s, v, a, j, last));
    if (z > bestScore) {
      best = j;
      bestScore = z;
    }
  }
  return best;
}

/** The rule's end as a candidate: its last word, before any closing punctuation. */
export function lastWord(s: SentenceView, a: number, r: number): number {
  let k = r;
  while (k > a && isPunct(s, k)) k--;
  return k;
}

/** The trained model, or null where none has been trained (the rule alone decides). */
export const contentModel = modelFile<ContentModel>(new URL('./content-model.json', import.meta.url));
