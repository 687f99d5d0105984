// A learned model for attributions the rules do not find: stances, beliefs and wishes with a
// cue anywhere in the long tail ("was passionate about the reality of …", "confident that the
// bill would pass", "Senator Hale's remarks about the tariffs"). Every pairing of a word (verb, noun or adjective) with one of its
// dependents that could be what it reports is a candidate; logistic regression over the
// word's lemma and the pairing's syntax says how likely the dependent's subtree is an
// attribution's content. Trained on PolNeAR **train** by `scripts/train-attributions.ts`,
// which writes attribution-model.json beside this file. The statements stage asks it only
// where no rule found a statement, and keeps what it proposes only where someone holds it.
import { isQuote, type SentenceView } from '../syntax.ts';
import { ATTITUDE_VERBS, OBJECT_CUES, SPEECH_NOUNS, SPEECH_VERBS, STANCE_NOUNS, XCOMP_CUES } from './cues.ts';
import { FOLLOWERS, ROLE_NOUNS, forPeople } from './roles.ts';
import { NOUN_TRIGGERS, VERB_TRIGGERS } from './events.ts';
import { coarseNer, wordKind } from './cue-model.ts';
import { logisticProbability, modelFile } from './model-file.ts';

export interface AttributionModel {
  /** What the weights were trained on, and how (written by scripts/train-attributions.ts). */
  trainedOn: string;
  /** Probability from which a candidate becomes a statement. */
  threshold: number;
  bias: number;
  weights: Record<string, number>;
}

/** A word (`cue`) and the dependent (`arg`) whose subtree, tokens `a`..`b`, it may report. */
export interface AttributionCandidate {
  cue: number;
  arg: number;
  a: number;
  b: number;
}

/** The dependents a word's content hangs on, by the word's part of speech. */
const ARG_RELS: Record<string, ReadonlySet<string>> = {
  // (Not a verb's object or prepositional phrase: on the world-news fixtures those were mostly
  // acts, events of their own, "issued arrest warrants", "passed the bill", and on PolNeAR
  // they added nothing: held-out train F1 0.628 with objects, 0.627 without.)
  V: new Set(['ccomp', 'xcomp']),
  N: new Set(['acl', 'ccomp', 'nmod']),
  J: new Set(['ccomp', 'xcomp', 'obl']),
};

/** Auxiliaries, copulas and the like are never a cue ("has" in "has acknowledged"). */
const NOT_CUE_RELS = new Set(['aux', 'aux:pass', 'cop', 'det', 'case', 'mark', 'punct', 'compound:prt']);

const posClass = (pos: string) =>
  pos.startsWith('VB') ? 'V' : pos === 'NN' || pos === 'NNS' ? 'N' : pos.startsWith('JJ') ? 'J' : undefined;

/** The preposition a nominal dependent is introduced by ("about" in "worried about X"), if any. */
const caseOf = (s: SentenceView, c: number) => {
  const k = s.kid(c, 'case');
  return k === undefined ? '' : s.word(k).toLowerCase();
};

/**
 * Words whose pairings the rules deliberately leave, each for a rule of its own: the verbs of
 * regarding and finding ("saw the movie as a kid" is no stance, "found him guilty" is a
 * ruling, and so is "guilty of fraud"), agreeing ("agreed to $300 billion" is an agreement),
 * the verbs of events (the events stage reads "sued to block the deal"), the nouns for
 * someone's followers ("a harsh critic of the mayor" says nothing about the mayor) and titles
 * ("Indonesia's president, pledges to fight corruption": a person, misparsed in a headline).
 */
const LEFT_BY_RULES = new Set(['see', 'view', 'regard', 'find', 'agree', ...Object.keys(VERB_TRIGGERS)]);
const VERDICTS = new Set(['guilty', 'innocent', 'liable']);
export function leftByRules(s: SentenceView, v: number): boolean {
  const lemma = s.lemma(v).toLowerCase();
  const pos = s.tok(v).pos;
  return pos.startsWith('VB')
    ? LEFT_BY_RULES.has(lemma)
    : pos.startsWith('JJ')
      ? VERDICTS.has(s.word(v).toLowerCase())
      : FOLLOWERS.test(lemma) || ROLE_NOUNS.has(lemma) || s.tok(v).ner === 'TITLE';
}

/**
 * Verbs that take an infinitive or clause without anyone holding it: raising and light verbs
 * ("proved to be a transient phenomenon", "seemed to …", "made to grant a request").
 */
const NO_STANCE_VERBS = new Set([
  'be',
  'prove',
  'seem',
  'appear',
  'make',
  'have',
  'lack',
  'become',
  'remain',
  'get',
  'use',
  'help',
  'take',
  'tend',
  'happen',
  'continue',
  'begin',
  'start',
  'enact',
]);

/** Whether a dependent is a clause opened by "that", "whether" or "if". */
const that = (s: SentenceView, c: number) => s.kids(c, 'mark').some((m) => /^(that|whether|if)$/i.test(s.word(m)));

/** Whether token `v` lies in a relative clause that a comma opens ("Mr. Obama, who …"). */
function setOffClause(s: SentenceView, v: number): boolean {
  for (let k: number | undefined = v, hops = 0; k && hops < 8; k = s.head[k], hops++)
    if (s.rel[k] === 'acl:relcl') return s.word(Math.min(...s.subtree(k)) - 1) === ',';
  return false;
}

/**
 * "After saying he was nervous to ask a question, the student stood up and asked it anyway": a
 * clause right after the cue's object (a thing, not someone told) and a comma is the sentence
 * going on, not what was asked or said. (A quotation there is: "told the crowd, “We will win.”")
 */
export function afterThing(s: SentenceView, v: number, c: number): boolean {
  // (A clause, not a second object the parser made of a name set off by commas.)
  const first = Math.min(...s.subtree(c));
  if (c < v || !/^(ccomp|xcomp|parataxis|dep|advcl)$/.test(s.rel[c] ?? '')) return false;
  if (s.word(first - 1) !== ',' || isQuote(s.word(first))) return false;
  // (With a subject of its own, and no "that": "said the talks, which began a decade ago,
  // remained …" is the parser making an object of the clause's subject; "wrote the newspaper,
  // The Perry Chief, that …" is what was written.)
  if (s.kid(c, 'nsubj', 'nsubj:pass') === undefined || s.kids(c, 'mark').some((m) => /^that$/i.test(s.word(m))))
    return false;
  // (A verb of its own tense heads it: not "announced the lawsuit against the state, it's Gov.
  // Pat McCrory, …", a list the parser made a clause, nor "the dark and foreboding, even
  // authoritarian, vision".)
  if (!/^VB[DZP]$/.test(s.tok(c).pos) || /^(it|that|this)$/i.test(s.word(s.kid(c, 'nsubj', 'nsubj:pass')!)))
    return false;
  return s
    .kids(v, 'obj')
    .some(
      (o) =>
        Math.max(...s.subtree(o)) === first - 2 &&
        /^NNS?$/.test(s.tok(o).pos) &&
        !/^(PERSON|ORGANIZATION|TITLE)$/.test(s.tok(o).ner ?? '') &&
        !forPeople(s.word(o)),
    );
}

/** Every (word, dependent) pairing of a sentence that could be an attribution. */
export function attributionCandidates(s: SentenceView): AttributionCandidate[] {
  const out: AttributionCandidate[] = [];
  for (let v = 1; v <= s.tokens.length; v++) {
    const pc = posClass(s.tok(v).pos);
    if (!pc || NOT_CUE_RELS.has(s.rel[v] ?? '') || leftByRules(s, v)) continue;
    if (pc === 'V' && NO_STANCE_VERBS.has(s.lemma(v).toLowerCase())) continue;
    for (const c of s.children[v] ?? []) {
      const rel = (s.rel[c] ?? '').split(':')[0];
      if (!ARG_RELS[pc].has(rel) || afterThing(s, v, c)) continue;
      // (A noun's relative clause says what the thing does, not what it reports: "a bill that
      // would restrict emissions", "Schilling's post that appeared to respond".)
      if (s.rel[c] === 'acl:relcl') continue;
      // (A verb's infinitive after its object says what the act is for: "created a committee
      // to investigate …".)
      if (pc === 'V' && rel === 'xcomp' && s.kid(v, 'obj') !== undefined) continue;
      // (A noun of an event reports only through a clause: "its ruling that …", not "its
      // acquisition of Activision", "charges of espionage".)
      if (pc === 'N' && NOUN_TRIGGERS[s.lemma(v).toLowerCase()] && !that(s, c)) continue;
      // (A nominal after a preposition only: "criticism of the deal", not "the deal in 2015".)
      if ((rel === 'nmod' || rel === 'obl') && (!caseOf(s, c) || c < v)) continue;
      // The dependent's subtree, less the preposition that opens it.
      // (And less a date the parser hung on a nominal: "support for the farm bill on Wednesday"
      // is support for the bill, given on Wednesday; not one that tells which, "the events of
      // Jan. 6".)
      const ids = s.subtree(
        c,
        (k) =>
          (s.rel[k] === 'case' && k < c) ||
          (k > c &&
            s.head[k] === c &&
            /^(NN|PRP)/.test(s.tok(c).pos) &&
            /^(nmod|obl)/.test(s.rel[k] ?? '') &&
            /^(DATE|TIME)$/.test(s.tok(k).ner ?? '') &&
            !s.kids(k, 'case').some((m) => /^of$/i.test(s.word(m)))),
      );
      let { a, b } = s.trim(ids[0], ids[ids.length - 1]);
      // (Inside a relative clause set off by commas, what it reports ends with it: "Mr. Obama,
      // who is confident that the deal will hold, spoke on Monday".)
      // (The comma the clause ends at, before the main verb: not one inside a list, "safe, legal".)
      const comma = setOffClause(s, v)
        ? s.tokens.findIndex((t, i) => i + 1 > a && t.word === ',' && (s.tokens[i + 1]?.pos ?? '').startsWith('VB')) + 1
        : 0;
      if (comma > a && comma <= b) ({ a, b } = s.trim(a, comma - 1));
      if (b < a || (v >= a && v <= b)) continue;
      if (!s.tokens.slice(a - 1, b).some((t) => /\p{L}/u.test(t.word))) continue;
      out.push({ cue: v, arg: c, a, b });
    }
  }
  return out;
}

const bucket = (n: number) => (n <= 1 ? '1' : n <= 3 ? '2-3' : n <= 7 ? '4-7' : n <= 15 ? '8-15' : '16+');

/** The features of a candidate; the same in training and use. */
export function attributionFeatures(s: SentenceView, x: AttributionCandidate): string[] {
  const { cue: v, arg: c } = x;
  const lemma = s.lemma(v).toLowerCase();
  const pc = posClass(s.tok(v).pos) ?? '?';
  const rel = s.rel[c] ?? '';
  const prep = caseOf(s, c);
  const clause = that(s, c);
  const to = s.kids(c, 'mark').some((m) => /^to$/i.test(s.word(m)));
  const holder = pc === 'N' ? s.kid(v, 'nmod:poss') : s.kids(v, 'nsubj', 'nsubj:pass').find((k) => k !== c && k < v);
  const holderKind = wordKind(s, holder, true);
  const lex = [
    SPEECH_VERBS.has(lemma) && 'speech',
    OBJECT_CUES.has(lemma) && 'object',
    XCOMP_CUES.has(lemma) && 'xcomp',
    ATTITUDE_VERBS.has(lemma) && 'attitude',
    SPEECH_NOUNS.has(lemma) && 'speechNoun',
    STANCE_NOUNS.has(lemma) && 'stanceNoun',
  ].filter(Boolean);
  const len = bucket(x.b - x.a + 1);
  const frame = `${rel}${prep ? `/${prep}` : ''}${clause ? '/that' : ''}${to ? '/to' : ''}`;
  const quoted = s.tokens.slice(x.a - 1, x.b).some((t) => isQuote(t.word));
  const argPos = s.tok(c).pos.slice(0, 2);
  return [
    `l=${lemma}`,
    `pc=${pc}`,
    `f=${frame}`,
    `pc|f=${pc}|${frame}`,
    `l|f=${lemma}|${frame}`,
    `l|r=${lemma}|${rel}`,
    `hrel=${s.rel[v] ?? 'root'}`,
    `pc|hrel=${pc}|${s.rel[v] ?? 'root'}`,
    `holder=${holderKind}`,
    `pc|holder=${pc}|${holderKind}`,
    `l|holder=${lemma}|${holderKind === 'none' ? 'none' : 'some'}`,
    `len=${len}`,
    `f|len=${frame}|${len}`,
    `dir=${c > v ? 'after' : 'before'}`,
    `argpos=${argPos}`,
    `f|argpos=${frame}|${argPos}`,
    `argner=${coarseNer(s.tok(c).ner)}`,
    `quoted=${quoted}`,
    `neg=${s.kid(v, 'neg') !== undefined || s.kids(v, 'advmod').some((k) => /^(not|n't|never)$/i.test(s.word(k)))}`,
    `prev=${v > 1 ? s.lemma(v - 1).toLowerCase() : ''}`,
    `pc|vtag=${pc}|${s.tok(v).pos}`,
    ...lex.map((l) => `lex=${l}|${frame}`),
    `lex=${lex.join('+') || 'none'}`,
    `l|dir=${lemma}|${c > v ? 'after' : 'before'}`,
    `l|holderKind=${lemma}|${holderKind}`,
    `pc|hrel|f=${pc}|${s.rel[v] ?? 'root'}|${frame}`,
    `first=${s.word(x.a).toLowerCase()}`,
    `f|first=${frame}|${s.word(x.a).toLowerCase()}`,
    `holder|f=${holderKind}|${frame}`,
  ];
}

/** A span as far as the clash test needs it. */
interface Range {
  start: number;
  end: number;
}

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;

/**
 * Whether a candidate is one a statement already found stands in the way of: it shares the
 * cue, or its content overlaps. (One lying inside what the statement reports would be dropped
 * later anyway, as a reported attitude inside a statement: see `withoutRestatements`.)
 */
export const clashes = (found: { cue: Range | null; content: Range }, cue: Range, content: Range) =>
  (!!found.cue && overlaps(found.cue, cue)) || overlaps(found.content, content);

/** Of candidates that share a cue or overlap in content, the likeliest; in order of likelihood. */
export function likeliestApart<T extends { p: number; cue: Range; content: Range }>(found: T[]): T[] {
  const out: T[] = [];
  for (const x of [...found].sort((a, b) => b.p - a.p))
    if (!out.some((y) => overlaps(y.content, x.content) || overlaps(y.cue, x.cue))) out.push(x);
  return out;
}

/** The probability that the features' candidate is one (the shared logistic scorer). */
export const attributionProbability: (model: AttributionModel, features: string[]) => number = logisticProbability;

/** The trained model, or null where none has been trained (the rules alone decide). */
export const attributionModel = modelFile<AttributionModel>(new URL('./attribution-model.json', import.meta.url));
