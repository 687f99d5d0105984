// Stage 5: who said what. Verb cues with a clausal, infinitive or object complement
// (direct, indirect and mixed speech), "according to X" attributions, relays ("…, Anadolu
// reports"), and quotations CoreNLP finds that no cue covered. Each statement has a speaker
// span and entity (pronouns resolved through coreference), cue, content, kind and date.
import { dateIn, notAfter, type NormalDate } from '../dates.ts';
import { factId } from '../ids.ts';
import {
  ATTITUDE_VERBS,
  INFINITIVE_ONLY_CUES,
  OBJECT_CUES,
  PREPOSITION_CUES,
  RELAY_VERBS,
  CLAUSE_NOUNS,
  AFTERMATH,
  SPEECH_NOUNS,
  SPEECH_VERBS,
  STANCE_NOUNS,
  TARGET_CUES,
  XCOMP_CUES,
} from '../lexicon/cues.ts';
import { asksModel, cueFeatures, cueModel, cueProbability, lemmaCounts } from '../lexicon/cue-model.ts';
import { contentEnd, contentModel, mainClauseAfter, unlike, type ContentModel } from '../lexicon/content-model.ts';
import {
  afterThing,
  attributionCandidates,
  attributionFeatures,
  attributionModel,
  attributionProbability,
  clashes,
  likeliestApart,
  type AttributionModel,
} from '../lexicon/attribution-model.ts';
import type { CoreQuote } from '../corenlp/types.ts';
import { need, type ArticleDoc, type Stage } from '../pipeline.ts';
import { archiveQuotes } from '../quotes.ts';
import { isCloseQuote, isOpenQuote, isQuote, quoteOpenAfter, verdictFound, type SentenceView } from '../syntax.ts';
import { FOLLOWERS, KIN, PEOPLE, ROLE_NOUNS, WORKERS, confirmedInPost, forPeople } from '../lexicon/roles.ts';
import { titleGender } from '../lexicon/names.ts';
import type { Mention, Span, Statement, StatementKind } from '../types.ts';
import { entityAt, lastNamedBefore, seatOf } from './entities.ts';

export interface Draft {
  speaker: Span | null;
  /** The speaker's head word ("Mathilde Vu of the Norwegian Refugee Council": Vu). */
  speakerHead?: Span;
  /** A name set beside the head ("The UN peacekeeping mission, UNIFIL,"): who, where the head names no one. */
  speakerAppos?: Span;
  cue: Span | null;
  content: Span;
  sentence: number;
  date?: NormalDate;
  confidence: number;
  /** The cue reports a state of mind or evidence (ATTITUDE_VERBS, or a learned cue), not speech. */
  attitude?: boolean;
  /** Known without reading the content's quotation marks (a transcript turn is verbatim). */
  kind?: StatementKind;
  /**
   * What a relative pronoun the cue takes as its object stands for ("Senator Tom Hale, whom she
   * described as “volatile,”": Hale): the statement is about it, though the content names it
   * only by the pronoun.
   */
  antecedent?: Span;
}

/** Whether token `k` follows a comma, or a comma and a closing quotation mark ('…court," urging …'). */
const afterComma = (s: SentenceView, k: number) =>
  s.word(k - 1) === ',' || (isCloseQuote(s.word(k - 1)) && s.word(k - 2) === ',');

/** Speakers share subjects through participles, infinitives, conjuncts and loose "dep"s. */
const subjectOf = (s: SentenceView, v: number) =>
  s.subjectOf(v, { through: ['conj', 'xcomp', 'advcl', 'dep'], hops: 6, relativePronouns: true });

/**
 * "Perdue said he didn't believe those characterizations hurt Romney, arguing that …": a
 * participial cue the parser hangs inside what another cue reports goes on that cue's
 * speaker, not on its `own` subject when that lies inside the reported clause ("those
 * characterizations").
 */
function reporterOf(s: SentenceView, v: number, own: number | undefined): number | undefined {
  // (So does a verb of saying joined by "and" to a word inside it that cannot share its
  // auxiliary: "Ozel said the party would hold a rally and called on supporters to …".)
  const joined = s.rel[v] === 'conj' && unlike(s, v);
  if (!(s.tok(v).pos === 'VBG' && afterComma(s, v)) && !joined) return undefined;
  // ("Kallas called on the authorities to release demonstrators and warned that …": or what a
  // speaker called on someone to do.)
  const reported = joined ? /^(ccomp|advcl|xcomp)$/ : /^ccomp$/;
  for (let c = s.head[v]; c; c = s.head[c]) {
    const h = s.head[c];
    // (A court's ruling too: "A U.S. judge ruled that Google will not have to sell …, rejecting
    // the Justice Department's demand".)
    // (Only a court's own act: not "ruled that Trump defamed Carroll in 2019, saying …", his.)
    const ruling =
      s.lemma(h) === 'rule' && /^(reject|dismiss|deny|grant|uphold|overturn|order|block|strike)$/.test(s.lemma(v));
    if (!reported.test(s.rel[c] ?? '') || !h || !(SPEECH_VERBS.has(s.lemma(h)) || ruling)) continue;
    return own === undefined || s.subtree(c).includes(own) ? subjectOf(s, h) : undefined;
  }
  return undefined;
}

/**
 * "Steele, who was lieutenant governor of Maryland when Perez was on the council, said …", the
 * parser hanging "said" inside the relative clause: the one the relative clause is about, named
 * before it, is who spoke.
 */
function relativeHost(s: SentenceView, v: number): number | undefined {
  for (let c = s.head[v], hops = 0; c && hops < 6; c = s.head[c], hops++) {
    const who = s.kids(c, 'nsubj', 'nsubj:pass').find((k) => /^(who|which)$/i.test(s.word(k)) && s.word(k - 1) === ',');
    const host = s.head[c];
    // (Only the sentence's opening name, which the parser made the root for want of a verb,
    // with the clause right after it: not "Of Carson, Levine, who …, said", whose clause is
    // Levine's, nor "An article about Tashfeen Malik, who …, reported", the article's.)
    if (who === undefined || !host || s.rel[host] !== 'ROOT' || !namesSomeone(s, host)) continue;
    const own = s.subtree(host, (k) => k === c || s.rel[k] === 'punct');
    if (Math.min(...own) === 1 && Math.max(...own) === who - 2) return host;
  }
  return undefined;
}

/**
 * "Lecornu, who was appointed by President Emmanuel Macron this month after his predecessor
 * Francois Bayrou lost a confidence vote, said he would meet …": the parser made the opening
 * name the subject of the relative clause's last verb and hung that verb on "said" as a clause
 * of its own. A saying verb after a comma with no subject, whose clause before it has the name
 * that opens the sentence, set off by ", who", as its subject, is that name's.
 */
function nameBeforeWho(s: SentenceView, v: number): number | undefined {
  if (!SAY_VERBS.has(s.lemma(v)) || s.word(v - 1) !== ',' || s.kid(v, 'nsubj', 'nsubj:pass') !== undefined)
    return undefined;
  let k = 0;
  while (k < s.tokens.length && /^NNP/.test(s.tok(k + 1).pos)) k++;
  if (k < 1 || s.word(k + 1) !== ',' || !/^(who|which)$/i.test(s.word(k + 2) ?? '')) return undefined;
  const name = [...Array(k).keys()].map((x) => x + 1).find((x) => (s.head[x] ?? 0) > k);
  // (Or the name the parser made the sentence's root, for want of a verb it could read:
  // "Sandu, who founded PAS, said Moldovans had defended …".)
  const root = [...Array(k).keys()].map((x) => x + 1).find((x) => s.rel[x] === 'ROOT');
  if (name === undefined && root !== undefined && /^(PERSON|ORGANIZATION)$/.test(s.tok(root).ner)) return root;
  if (name === undefined || !/^(PERSON|ORGANIZATION)$/.test(s.tok(name).ner)) return undefined;
  const c = s.head[name] ?? 0;
  return c > k + 2 && c < v && s.head[c] === v && /^(ccomp|dep|advcl|parataxis)$/.test(s.rel[c] ?? '')
    ? name
    : undefined;
}

/**
 * "… said in a video posted to X": a participle with no subject right after the medium it
 * describes (not "in a statement posted on Facebook that …", what the statement says).
 */
function mediumParticiple(s: SentenceView, v: number): boolean {
  return (
    /^VB[ND]$/.test(s.tok(v).pos) &&
    /^(post|share|publish|upload|release|air|broadcast|stream)$/i.test(s.lemma(v)) &&
    s.kid(v, 'nsubj', 'nsubj:pass', 'aux', 'aux:pass', 'ccomp') === undefined &&
    /^(video|statement|post|message|letter|interview|tweet|clip|recording|note|update|livestream|podcast)s?$/i.test(
      s.word(v - 1),
    )
  );
}

/**
 * "Three of the officials who spoke to reporters after the meeting said …", "Some 60% of
 * Americans surveyed before the election said …": with no verb to read as the sentence's, the
 * parser made "after the meeting said" a clause of time whose subject is the meeting; who spoke
 * is the sentence's root, the phrase that opens it.
 */
function rootBeforeTime(s: SentenceView, v: number): number | undefined {
  if (!s.kids(v, 'mark').some((m) => /^(after|before|following|since)$/i.test(s.word(m)))) return undefined;
  const subject = s.kid(v, 'nsubj');
  if (subject === undefined || !OCCASIONS.test(s.lemma(subject))) return undefined;
  const root = s.root;
  if (root && root < v && !/^(VB|MD)/.test(s.tok(root).pos) && s.subtree(root).includes(v)) return root;
  // (Or a participle the clause hangs on, with a subject before it: "Some 60% of Americans
  // surveyed before the election said …".)
  const h = s.head[v];
  const polled =
    h && h < v && s.rel[v] === 'advcl' && s.tok(h).pos === 'VBN' ? s.kid(h, 'nsubj', 'nsubj:pass') : undefined;
  return polled !== undefined && polled < h ? polled : undefined;
}

/** Occasions, which say nothing: "after the meeting", "before the election". */
const OCCASIONS =
  /^(meeting|election|debate|vote|hearing|game|match|summit|speech|interview|event|rally|conference|primary|caucus|session|briefing|talk|visit)$/i;

/**
 * "The Department of Homeland Security, which oversees FEMA, rejected that account": a body or
 * person the parser made the sentence's root, hanging the verb after the relative clause on it
 * as a clause of its own with no subject, is who spoke.
 */
function rootBeforeWhich(s: SentenceView, v: number): number | undefined {
  const root = s.root;
  if (!root || s.head[v] !== root || s.rel[v] !== 'acl:relcl' || s.word(v - 1) !== ',') return undefined;
  if (s.kid(v, 'nsubj', 'nsubj:pass') !== undefined || !/^NNP/.test(s.tok(root).pos)) return undefined;
  if (!/^(PERSON|ORGANIZATION)$/.test(s.tok(root).ner ?? '')) return undefined;
  const which = s.tokens.findIndex((t, i) => i + 1 > root && i + 1 < v && /^(which|who)$/i.test(t.word)) + 1;
  return which > root && s.word(which - 1) === ',' && s.head[which] === v ? root : undefined;
}

/**
 * "She called the agreement a step forward in global efforts to address climate change,
 * applauding America's leadership": a participle after a comma that the parser hangs on the
 * noun before it ("efforts") goes on the subject of that noun's clause. (Not where the noun
 * names someone: "Trump, vowing to …".)
 */
function participleOfClause(s: SentenceView, v: number, own: number | undefined): number | undefined {
  if (s.tok(v).pos !== 'VBG' || s.word(v - 1) !== ',' || !['acl', 'dep'].includes(s.rel[v] ?? '')) return undefined;
  // (Only where the subject found is a thing: "global efforts", no one named; or the "that" of a
  // clause on a thing, "vetoed a bill … that would have expanded …, saying it could …".)
  const thing = (k: number) =>
    (s.tok(k).ner === 'O' && /^NNS?$/.test(s.tok(k).pos)) ||
    (s.tok(k).pos === 'WDT' && /^(that|which)$/i.test(s.word(k)));
  if (own !== undefined && !thing(own)) return undefined;
  for (let c = s.head[v]; c; c = s.head[c]) {
    const subj = s.tok(c).pos.startsWith('VB') ? s.kid(c, 'nsubj') : undefined;
    if (namesSomeone(s, subj)) return subj;
  }
  return undefined;
}

/** Whether token `k` names someone: a person or body, a proper noun, a pronoun, a role ("the minister"). */
const namesSomeone = (s: SentenceView, k: number | undefined) =>
  k !== undefined &&
  (/^(PERSON|ORGANIZATION)$/.test(s.tok(k).ner) || /^(NNPS?|PRP)$/.test(s.tok(k).pos) || ROLE_NOUNS.has(s.lemma(k)));

/** The "by" phrase of a verb in the passive ("was described by officials as …"), if any. */
const byPhrase = (s: SentenceView, v: number) =>
  s.kids(v, 'obl', 'obl:agent').find((o) => s.kids(o, 'case').some((c) => /^by$/i.test(s.word(c))));

/** The "of" phrase of a noun ("some of his rivals", "64 percent of the electorate"), if any. */
const ofPhrase = (s: SentenceView, k: number) =>
  s.kids(k, 'nmod').find((n) => s.kids(n, 'case').some((c) => /^of$/i.test(s.word(c))));

/** Verbs of saying that the parser may read as a clause's mark ("…, saying his rival …"). */
const MARK_CUES = new Set([
  'say',
  'add',
  'note',
  'claim',
  'argue',
  'explain',
  'insist',
  'warn',
  'tell',
  'stress',
  'predict',
  'suggest',
]);

/**
 * Who says it, where the parser read "saying" as the mark of the clause after it: the reporter
 * of a clause it sits in ("Cuban complained that Cruz is too principled, suggesting …": Cuban),
 * else the subject of the clause that clause hangs on, past a relative clause closed before it
 * ("has denounced supporters that level sexist attacks, saying …": not "supporters"); never
 * one after it.
 */
function markSpeaker(s: SentenceView, v: number): number | undefined {
  const reporter = reporterOf(s, v, undefined);
  if (reporter !== undefined && reporter < v) return reporter;
  let host = s.head[s.head[v] ?? 0] ?? 0;
  while (host && /^acl/.test(s.rel[host] ?? '') && Math.max(...s.subtree(host)) < v) host = s.head[host] ?? 0;
  while (host && /^NN/.test(s.tok(host).pos)) host = s.head[host] ?? 0;
  const who = host ? subjectOf(s, host) : undefined;
  return who !== undefined && who < v ? who : undefined;
}

/**
 * "Paul Porter, a truck driver from Ava, Mo., who is a member of the Teamsters union, said he
 * …": after a long subject set off by commas the parser often loses the verb and makes the name
 * the sentence's root. A saying verb with no subject, after a comma, then has that name as its
 * speaker.
 */
function longSubject(s: SentenceView, v: number): number | undefined {
  if (!SAY_VERBS.has(s.lemma(v)) || s.word(v - 1) !== ',') return undefined;
  // (Or the parser gives the clause after the verb two subjects, the name and the reported
  // clause's own: "Paul Ortega, …, said he already received …".)
  // (Only a name that opens the sentence: not "a close friend of Mrs. Clinton's", which the
  // parser may make such a subject too.)
  const host = s.head[v] ?? 0;
  const subjects = host > v && s.rel[v] === 'parataxis' ? s.kids(host, 'nsubj') : [];
  const before = subjects.find((k) => k < v);
  const opensWithName = (k: number) =>
    s.tok(k).ner === 'PERSON' && s.tokens.slice(0, k - 1).every((x) => x.ner === 'PERSON' || x.pos === 'NNP');
  if (before !== undefined && opensWithName(before) && subjects.some((k) => k > v)) return before;
  const root = s.root;
  if (root < 1 || root >= v || !/^NN/.test(s.tok(root).pos)) return undefined;
  // (The verb lies inside what is set beside the name, where the parser lost it: not a
  // participle hung on the name itself, "Morton Blackwell, …, endorsed Cruz, saying …".)
  const beside = s.kids(root, 'appos', 'acl:relcl', 'acl');
  return beside.some((b) => s.subtree(b).includes(v)) ? root : undefined;
}

/**
 * "A five-judge bench led by Chief Justice D.Y. Chandrachud ruled that …": the parser makes
 * "bench led by …" a clause, the cue's clausal subject; the speaker is that clause's subject.
 */
function ledBy(s: SentenceView, v: number): number | undefined {
  const c = s.kid(v, 'csubj');
  return c !== undefined && s.tok(c).pos === 'VBN' && c < v ? s.kid(c, 'nsubj') : undefined;
}

/**
 * "The court declared that the occupation was illegal and called for …": the parser joins a
 * cue with no subject of its own to the adjective or noun a reported clause predicates, so
 * its subject looks like that clause's ("the occupation"). It goes with the cue that reports
 * the clause ("the court"). So does one joined to a reported verb whose subject is a thing
 * ("said the ruling amounted to a coup and called on his supporters to resist").
 */
function coordinatedReporter(s: SentenceView, v: number): number | undefined {
  const h = s.head[v];
  if (s.rel[v] !== 'conj' || !h || s.kid(v, 'nsubj', 'nsubj:pass') !== undefined) return undefined;
  if (s.rel[h] !== 'ccomp') return undefined;
  const g = s.head[h];
  if (!g || !SPEECH_VERBS.has(s.lemma(g))) return undefined;
  if (!s.tok(h).pos.startsWith('VB') && s.kid(h, 'cop') !== undefined) return subjectOf(s, g);
  // "Georgescu said the ruling amounted to a coup and called on his supporters to resist": a
  // cue joined to a reported verb whose subject is a thing, no one named, is the reporter's.
  const own = s.kid(h, 'nsubj');
  const reporter = subjectOf(s, g);
  const thing = own !== undefined && /^NNS?$/.test(s.tok(own).pos) && s.tok(own).ner === 'O';
  return thing && reporter !== undefined && s.tok(reporter).ner === 'PERSON' ? reporter : undefined;
}

/**
 * "Babis faces a fraud trial over EU subsidies that he denies, and has said he will not step
 * aside": the parser joined ", and has said" to the verb of a clause on a noun ("subsidies that
 * he denies"). A verb after ", and" with no subject of its own, whose conjunct is such a clause,
 * is the main clause's: its subject speaks.
 */
function joinedPastNounClause(s: SentenceView, v: number): number | undefined {
  const h = s.head[v];
  if (s.rel[v] !== 'conj' || !h || s.kid(v, 'nsubj', 'nsubj:pass') !== undefined) return undefined;
  const cc = s.kid(v, 'cc');
  if (cc === undefined || s.word(cc - 1) !== ',') return undefined;
  if (!/^(ccomp|acl:relcl|acl)$/.test(s.rel[h] ?? '') || !/^NN/.test(s.tok(s.head[h] ?? 0)?.pos ?? ''))
    return undefined;
  const root = s.root;
  const subj = root && root < h && s.tok(root).pos.startsWith('VB') ? s.kid(root, 'nsubj') : undefined;
  return subj !== undefined && subj < h ? subj : undefined;
}

/** "called for a moratorium", "called on Republicans to unendorse him": the prepositional object (and what follows it). */
function prepositionalContent(s: SentenceView, v: number, lemma: string): [number, number] | undefined {
  const preps = PREPOSITION_CUES.get(lemma);
  if (!preps) return undefined;
  // The preposition is the object's case marker, or (a parse of "called on X to Y") the mark
  // of a clause.
  const marker = (c: number) => s.kids(c, 'case', 'mark').filter((k) => preps.has(s.word(k).toLowerCase()));
  const obl = s.kids(v, 'obl', 'advcl').find((c) => c > v && marker(c).some((k) => k === s.subtree(c)[0]));
  if (obl === undefined) return undefined;
  const cases = new Set(marker(obl));
  const ids = s.subtree(obl, anotherCue(s)).filter((k) => !cases.has(k));
  const after = s.children[v].filter(
    (c) =>
      c > obl &&
      (['xcomp', 'advcl'].includes(s.rel[c] ?? '') || asComplement(s, c)) &&
      !anotherCue(s)(c) &&
      !circumstance(s, c),
  );
  for (const c of after) ids.push(...s.subtree(c, anotherCue(s)));
  return ids.length ? range(s, ids) : undefined;
}

/**
 * "The deficit, Okafor said, would double": the parser often makes the noun before the aside
 * the verb's subject and the name its apposition. The name, set off by commas right before
 * the verb, is the speaker, and the sentence around the aside is what was said.
 */
function parentheticalSpeaker(s: SentenceView, subj: number, v: number): number | undefined {
  const a = s.kid(subj, 'appos');
  if (a === undefined || s.word(v + 1) !== ',' || /PERSON/.test(s.tok(subj).ner)) return undefined;
  const ids = s.subtree(a);
  if (ids[ids.length - 1] !== v - 1 || s.word(ids[0] - 1) !== ',') return undefined;
  return /^(PERSON|ORGANIZATION)$/.test(s.tok(a).ner) ? a : undefined;
}

/**
 * "Back in Virginia, Mr. Clarke said, he decided to …": speaker and cue set off by commas
 * inside the sentence, with what follows them not a quotation, report the sentence on both
 * sides of them. With a quotation after them ("As the talks ended, Ms. Vogel said, “We are
 * not done.”"), what comes before is the reporter's framing.
 */
function setOff(s: SentenceView, subj: number, v: number, contentStart: number): boolean {
  const speaker = s.subtree(subj);
  if (s.word(v + 1) !== ',' || speaker.some((k) => k > v)) return false;
  const from = Math.min(...speaker, v);
  return from > 2 && s.word(from - 1) === ',' && !isOpenQuote(s.word(contentStart)) && !isOpenQuote(s.word(v + 2));
}

/**
 * “…,” said Mr. Kamin. — after a quotation the parser often makes the name that follows the
 * verb its object or complement: that name is the speaker.
 */
function invertedSubject(s: SentenceView, v: number): number | undefined {
  return reportsBefore(s, v) ? nameAfter(s, v) : undefined;
}

/**
 * "The contrast with Trump, said Doyle and others, would be clear …", "The paradox of Nancy,
 * says Carl Anthony, historian at the …, is that …": a verb of saying set off by commas in the
 * middle of the sentence, with someone named right after it, has that one as speaker, whatever
 * the parser made of the subject before it.
 */
function namedBetweenCommas(s: SentenceView, v: number): number | undefined {
  if (s.word(v - 1) !== ',') return undefined;
  // (A verb of its own tense, not a participle — "Nate Cohn, writing in The New York Times,
  // noticed …", "in its letter, written by Kenneth P. Cohen," — and a noun phrase right after
  // it, not a preposition's: "said of the senator, …", "says despite being a Stanford alumna, …".)
  if (!/^VB[DZP]$/.test(s.tok(v).pos) || /^(IN|TO|RB|,)$/.test(s.tok(v + 1)?.pos ?? ',')) return undefined;
  // (The noun phrase that starts right after the verb, wherever the parser hung it: "says Daniel
  // Ortega, a historian …, is that …" made Ortega the subject of "is".)
  let k = v + 1;
  while (
    s.head[k] &&
    s.head[k] !== v &&
    /^(NN|PRP)/.test(s.tok(s.head[k]).pos) &&
    Math.min(...s.subtree(s.head[k])) === v + 1
  )
    k = s.head[k];
  if (k > s.tokens.length || !/^NN/.test(s.tok(k).pos) || Math.min(...s.subtree(k)) !== v + 1) return undefined;
  let end = Math.max(...s.subtree(k));
  while (end > k && s.word(end) === ',') end--;
  if (s.word(end + 1) !== ',' || end + 2 > s.tokens.length) return undefined;
  // (Words of the sentence before it, not a quotation: '“…,” said Solovey, “…”' is another rule's.)
  if (v < 4 || s.tokens.slice(0, v - 1).some((x) => isQuote(x.word))) return undefined;
  return /^(PERSON|ORGANIZATION)$/.test(s.tok(k).ner ?? '') || forPeople(s.word(k)) ? k : undefined;
}

/** Whether the verb at v has a clause before it that it reports (“…,” said …). */
const reportsBefore = (s: SentenceView, v: number) =>
  s.children[v].some((c) => c < v && ['ccomp', 'dep', 'parataxis'].includes(s.rel[c] ?? ''));

/** A name right after the verb, as the parser attaches a speaker it put after the verb. */
function nameAfter(s: SentenceView, v: number): number | undefined {
  return s.children[v].find(
    (c) =>
      c > v &&
      ['obj', 'xcomp', 'dep', 'nsubj'].includes(s.rel[c] ?? '') &&
      /^(NNP|NNPS|NN|NNS|PRP)$/.test(s.tok(c).pos) &&
      s.subtree(c)[0] === v + 1,
  );
}

/**
 * '“This is just a scripted television show,” said Virginia delegate Beau Correll, angered
 * that …': after a quotation or a clause the verb reports, the name right after the verb,
 * where the parser made it the subject of a clause further on (or tagged a surname an
 * adjective: '…,” said Devine.'). Its head: the last word of the name.
 */
function nameRightAfter(s: SentenceView, v: number): number | undefined {
  const before = reportsBefore(s, v) || isCloseQuote(s.word(v - 1));
  if (!before || !/^[,”"'’]+$/.test(s.word(v - 1)) || s.kid(v, 'nsubj') !== undefined) return undefined;
  // (Not the subject of a clause the verb reports after it: "…, said Trump is ultimately
  // responsible"; one set off by a comma is no such subject: "said Beau Correll, angered that
  // …", "said Mark Dubowitz, executive director of …, focused on …". The comma may hang on the
  // name.)
  const reported = (c: number) => {
    const subject = s.kid(c, 'nsubj');
    if (subject === undefined || subject < v) return false;
    const end = Math.max(...s.subtree(subject).filter((x) => !/^\p{P}+$/u.test(s.word(x))));
    return !s.tokens.slice(end, c - 1).some((t) => t.word === ',');
  };
  if (s.kids(v, 'ccomp', 'dep', 'parataxis', 'advcl').some((c) => c > v && reported(c))) return undefined;
  const nameLike = (k: number) => {
    const t = s.tokens[k - 1];
    if (!t) return false;
    return (
      /^NNPS?$/.test(t.pos) ||
      (/^(JJ|NN)/.test(t.pos) &&
        /^\p{Lu}\p{Ll}+$/u.test(t.word) &&
        /^(PERSON|O)$/.test(t.ner ?? 'O') &&
        /^[.,]$/.test(s.tokens[k]?.word ?? ''))
    );
  };
  const common = (k: number) => /^(NN|NNS)$/.test(s.tokens[k - 1]?.pos ?? '') && /^\p{Ll}/u.test(s.word(k));
  // The name, through titles before it: "White House press secretary Josh Earnest".
  let k = v + 1;
  for (;;) {
    if (nameLike(k)) k++;
    else if (k > v + 1 && common(k)) {
      let j = k;
      while (common(j)) j++;
      if (!nameLike(j)) break;
      k = j;
    } else break;
  }
  const head = k - 1;
  if (head <= v || !nameLike(head) || /^(DATE|TIME|DURATION|SET)$/.test(s.tok(head).ner ?? '')) return undefined;
  // (Not an owner or a modifier: "said Trump's spokesman Hope Hicks" is Hope Hicks, which the
  // rule cannot reach past "'s"; "said Sanders campaign manager" names no one.)
  if (s.tokens[head]?.pos === 'POS' || common(head + 1)) return undefined;
  return head;
}

interface Inverted {
  speaker: number;
  content: [number, number];
}

/**
 * "…, and the meeting deteriorated from there, said one GOP source in the room.": the parser
 * hangs a saying verb after a comma on the clause before it and makes the speaker that follows
 * the verb its object, so the clause's subject looks like the speaker. The name after the verb
 * is the speaker and the clause before the comma is what was said.
 */
function trailingRelay(s: SentenceView, v: number): Inverted | undefined {
  // ('"…, given the importance of the economy," wrote Tom Goldstein, publisher of …': after a
  // quotation closing on its comma, the quotation is what was said.)
  let open = 0;
  if (isCloseQuote(s.word(v - 1)) && /^[,!?]$/.test(s.word(v - 2)))
    for (let k = v - 3; k >= 1 && !open; k--) if (isOpenQuote(s.word(k))) open = k;
  // (The tagger may call a closing "say" a bare verb: "…, say some Democrats, who …"; only a
  // verb that relays, not "Stir the sauce …, add salt and pepper".)
  const tensed =
    /^VB[DPZ]$/.test(s.tok(v).pos) ||
    (s.tok(v).pos === 'VB' &&
      s.word(v - 1) === ',' &&
      /^(say|warn|argue|insist|contend|claim|predict)$/.test(s.lemma(v)));
  if (!tensed || (s.word(v - 1) !== ',' && !open) || s.head[v] >= v) return undefined;
  // (Or a conjunct with no "and" or "but" of its own before it: "… uses the same photo over
  // and over again, said Rita Katz, the director of …", the parser joining the verb to the
  // clause before, and the "and" of "over and over" to the verb.)
  const joined = s.rel[v] === 'conj' && !s.kids(v, 'cc').some((c) => c >= v - 2);
  if (!['dep', 'parataxis'].includes(s.rel[v] ?? '') && !joined) return undefined;
  if (s.kid(v, 'nsubj', 'nsubj:pass', 'ccomp') !== undefined) return undefined;
  const speaker = nameAfter(s, v);
  // (A conjunct's object is a speaker only where it names someone: not "writes a weekly column,
  // he also hosts …".)
  const names = (k: number) =>
    s.subtree(k).some((x) => /^NNPS?$/.test(s.tok(x).pos) || /^(PERSON|ORGANIZATION|TITLE)$/.test(s.tok(x).ner ?? ''));
  if (speaker === undefined || s.rel[speaker] === 'nsubj' || ((joined || open) && !names(speaker))) return undefined;
  // (Not the filler "…, believe me.": a bare verb's speaker is named, people or a plural, not a
  // pronoun.)
  if (
    !/^VB[DPZ]$/.test(s.tok(v).pos) &&
    !(names(speaker) || forPeople(s.word(speaker)) || /^NNP?S$/.test(s.tok(speaker).pos))
  )
    return undefined;
  return { speaker, content: open ? [open, v - 1] : withQuotes(s, 1, v - 2) };
}

/**
 * "He faces federal charges of stalking and murder, acting U.S. Attorney Joe Thompson told a
 * news conference.": the parser made the name after the comma part of the clause before ("acting"
 * a verb, the name its object) and left the closing verb of saying with no subject. The name
 * right before the verb, with its titles back to the comma, is the speaker; the clause before the
 * comma is what was said.
 */
function nameBeforeRelay(s: SentenceView, v: number): Inverted | undefined {
  if (!/^VB[DZ]$/.test(s.tok(v).pos) || !/^(dep|parataxis)$/.test(s.rel[v] ?? '') || s.head[v] >= v) return undefined;
  if (s.kid(v, 'nsubj', 'nsubj:pass', 'ccomp', 'xcomp') !== undefined) return undefined;
  const name = v - 1;
  if (!/^(PERSON|ORGANIZATION)$/.test(s.tok(name).ner ?? '') || !/^NNPS?$/.test(s.tok(name).pos)) return undefined;
  let first = name;
  while (
    first > 1 &&
    (/^NNPS?$/.test(s.tok(first - 1).pos) ||
      /^(PERSON|ORGANIZATION|TITLE|COUNTRY|NATIONALITY)$/.test(s.tok(first - 1).ner ?? '') ||
      /^(acting|former|deputy|interim|chief|senior|top)$/.test(s.word(first - 1)))
  )
    first--;
  if (first < 4 || s.word(first - 1) !== ',' || isQuote(s.word(first - 2))) return undefined;
  return { speaker: name, content: withQuotes(s, 1, first - 2) };
}

/**
 * "The government could ask the court to order Google to sell parts of its business, legal
 * experts said.": the parser makes the clause's last noun the subject of the closing "said"
 * and the speaker, set off by a comma right before the verb, its apposition. The apposition
 * is the speaker, and everything before its comma what was said.
 */
function apposRelay(s: SentenceView, v: number): Inverted | undefined {
  // (Asked for every cue and inside `anotherCue`, so once per verb and sentence.)
  let known = apposRelays.get(s);
  if (!known) apposRelays.set(s, (known = new Map()));
  if (!known.has(v)) known.set(v, findApposRelay(s, v));
  return known.get(v);
}
const apposRelays = new WeakMap<SentenceView, Map<number, Inverted | undefined>>();

function findApposRelay(s: SentenceView, v: number): Inverted | undefined {
  const subj = s.kid(v, 'nsubj');
  // ("… including journalists working for Reuters, the Associated Press and Al Jazeera, Gaza
  // health officials said.": the parser may also take the end of a list of names in the clause
  // for the subject, the rest for what it says; then the clause before is a ccomp.)
  const listEnd =
    subj !== undefined &&
    s.kid(subj, 'conj') !== undefined &&
    s.word(Math.min(...s.subtree(subj)) - 1) === ',' &&
    s.tok(Math.min(...s.subtree(subj)) - 2)?.ner === s.tok(subj).ner &&
    /^(ORGANIZATION|PERSON|COUNTRY)$/.test(s.tok(subj).ner ?? '') &&
    s.kids(subj, 'appos').some((a) => s.tok(a).pos === 'NNS');
  if (
    (subj !== undefined && subj > v) ||
    s.kid(v, 'obj', 'nsubj:pass') !== undefined ||
    (s.kid(v, 'ccomp') !== undefined && !(listEnd && s.kids(v, 'ccomp').every((c) => c < subj!)))
  )
    return undefined;
  // The verb ends the sentence (a time may follow it: "…, officials said on Friday.").
  const when = s.kids(v, 'obl').flatMap((o) => s.subtree(o));
  // (Or a participle after a comma that ends it: "…, the World Health Organization said on
  // Tuesday, citing local sources.")
  const tail = trailingParticiple(s, v);
  for (let k = v + 1; k <= s.tokens.length; k++)
    if (!/^[.!?"”']$/.test(s.word(k)) && !when.includes(k) && !tail.includes(k)) return undefined;
  // (With no subject at all, the apposition hangs on any noun before: "… from its enemies,
  // state news agency KCNA reported on Friday.")
  const appos = (
    subj === undefined ? s.tokens.map((_, k) => k + 1).filter((k) => s.rel[k] === 'appos') : s.kids(subj, 'appos')
  ).find((a) => a > (subj ?? 0) && a < v && Math.max(...s.subtree(a)) === v - 1);
  if (appos === undefined) return undefined;
  const first = Math.min(...s.subtree(appos));
  if (s.word(first - 1) !== ',' || first < 4 || isQuote(s.word(first))) return undefined;
  // ("… accused Thailand of using cluster munitions, a charge Bangkok denied.": the name right
  // before the verb denies the charge; what it denies is the charge.)
  const denier = v - 1;
  if (
    /^(charge|claim|accusation|allegation|assertion)$/i.test(s.lemma(appos)) &&
    denier > appos &&
    s.head[denier] === appos &&
    /^NNPS?$/.test(s.tok(denier).pos)
  )
    return { speaker: denier, content: [first, appos] };
  return { speaker: appos, content: withQuotes(s, 1, first - 2) };
}

/**
 * "…, the World Health Organization said on Tuesday, citing local sources.": a participle
 * closing a sentence after a relay the parser misread goes on the relay's speaker (the parser
 * hangs it on the clause before, whose subject is what was said of, "460 people").
 */
function relayedParticiple(s: SentenceView, v: number): number | undefined {
  if (s.tok(v).pos !== 'VBG' || s.word(v - 1) !== ',') return undefined;
  for (let w = v - 2; w > 1; w--) {
    if (!SAY_VERBS.has(s.lemma(w)) || !/^VB[DPZ]$/.test(s.tok(w).pos)) continue;
    if (!trailingParticiple(s, w).includes(v)) continue;
    // (Or a relay the parser set beside the clause: "At least 12 people were wounded in the city
    // of Zaporizhzhia, the interior ministry said, adding that …".)
    const beside = s.rel[w] === 'parataxis' && (s.head[w] ?? 0) < w ? s.kid(w, 'nsubj') : undefined;
    return (trailingRelay(s, w) ?? apposRelay(s, w))?.speaker ?? beside;
  }
  return undefined;
}

/**
 * The words of a participle after a comma that runs to the sentence's end, after the verb `v`
 * (", citing local sources.", ", adding that …"), or none.
 */
function trailingParticiple(s: SentenceView, v: number): number[] {
  for (let k = v + 1; k < s.tokens.length; k++) {
    if (s.word(k) !== ',' || s.tok(k + 1)?.pos !== 'VBG') continue;
    const ids = s.subtree(k + 1);
    if (Math.min(...ids) !== k + 1 || Math.max(...ids) < lastWordOf(s)) return [];
    return [k, ...ids];
  }
  return [];
}

/**
 * "“Wall Street's a pretty cynical place,” said Tim Hess": the parser makes a noun of the
 * quotation the verb's subject and the name after the verb its object. A subject inside the
 * quotation that closes right before the verb is what was said; the name is who said it.
 */
function quotedSubject(s: SentenceView, v: number): Inverted | undefined {
  const subj = s.kid(v, 'nsubj');
  if (subj === undefined || !isCloseQuote(s.word(v - 1))) return undefined;
  const ids = s.subtree(subj);
  const [first, last] = [Math.min(...ids), Math.max(...ids)];
  if (last >= v - 1) return undefined;
  // Where the quotation opens: the quote mark before the subject (none: in an earlier sentence).
  let open = 0;
  for (let k = first - 1; k >= 1 && !open; k--) if (isQuote(s.word(k))) open = k;
  if (open && !isOpenQuote(s.word(open))) return undefined;
  for (let k = last + 1; k < v - 1; k++) if (isQuote(s.word(k))) return undefined;
  const speaker = nameAfter(s, v);
  if (speaker === undefined) return undefined;
  const end = /^[,.!?]$/.test(s.word(v - 2)) ? v - 3 : v - 2;
  return end > open ? { speaker, content: withQuotes(s, open + 1, end) } : undefined;
}

/** The proper name in apposition after a speaker's head ("the mission, UNIFIL,"). */
function apposOf(s: SentenceView, subj: number | undefined, cue?: number): Span | undefined {
  if (subj === undefined) return undefined;
  let a = s.kids(subj, 'appos').find((k) => k > subj && s.tok(k).pos.startsWith('NNP'));
  // "The UN agency for Palestinian refugees, UNRWA, said": the parser hangs the name set off
  // right before the cue on the last noun of the subject.
  if (a === undefined && cue !== undefined && s.word(cue - 1) === ',')
    a = s
      .subtree(subj)
      .find(
        (k) =>
          k > subj &&
          s.rel[k] === 'appos' &&
          s.tok(k).pos.startsWith('NNP') &&
          Math.max(...s.subtree(k)) === cue - 2 &&
          s.word(Math.min(...s.subtree(k)) - 1) === ',',
      );
  return a === undefined ? undefined : s.span(a, a);
}

/**
 * "…, Israeli and Hamas officials said.": where the parser took the first of two coordinated
 * modifiers out of the speaker (making it a conjunct of the main verb), the word before the
 * speaker's own words after the comma that closes what was said, if any.
 */
function strandedModifier(s: SentenceView, from: number): number | undefined {
  const m = from - 2;
  return m > 2 &&
    /^(and|or)$/i.test(s.word(from - 1)) &&
    /^(JJ|NNP|NNPS)$/.test(s.tok(m).pos) &&
    s.word(m - 1) === ',' &&
    s.rel[m] === 'conj'
    ? m
    : undefined;
}

function speakerSpan(s: SentenceView, subj: number, cue: number): Span {
  // ("Brent crude futures settled down $1.14 at $74.20 a barrel after sources in the OPEC+ group
  // said …": the parser made a sum the subject and hung who spoke on it after "after".)
  if (/^(CD|\$)$/.test(s.tok(subj).pos)) {
    const after = s
      .subtree(subj)
      .find(
        (k) =>
          k > subj &&
          k < cue &&
          /^NNS?$/.test(s.tok(k).pos) &&
          (s.rel[k] ?? '').startsWith('nmod') &&
          s.kids(k, 'case').some((c) => /^(after|before|as|when|while|since)$/i.test(s.word(c))),
      );
    if (after !== undefined) return speakerSpan(s, after, cue);
  }
  // "The labour minister, Tomas Brandt, defended …": a name set beside a title is who spoke.
  const named = (c: number) => /PERSON/.test(s.tok(c).ner) && !/PERSON|ORGANIZATION/.test(s.tok(subj).ner);
  const span = s.subtreeSpan(
    subj,
    (c) =>
      (['acl:relcl', 'acl', 'punct', 'appos', 'parataxis', 'advcl'].includes(s.rel[c] ?? '') &&
        c > subj &&
        !(s.rel[c] === 'appos' && named(c))) ||
      // "Hillary Clinton's campaign on Tuesday accused …": when, not who.
      ((s.rel[c] ?? '').startsWith('nmod') && c > subj && /^(DATE|TIME)$/.test(s.tok(c).ner)) ||
      (s.rel[c] === 'case' && c < subj) || // "criticised by Hannah Weiss, who …": not "by"
      // (Nor a verb of saying the parser made the speaker's modifier: ", said Moldovans had …".)
      (s.rel[c] === 'amod' && c < subj && s.tok(c).pos === 'VBD' && SAY_VERBS.has(s.lemma(c))),
  );
  // "Mr. Kamin, who emphasized …": the relative pronoun is the cue's subject; the speaker
  // reaches from the person it stands for to it.
  const who = relativePronoun(s, subj, cue);
  if (who !== undefined) return { start: span.start, end: s.tok(who).characterOffsetEnd };
  // ("Sandu, who founded PAS, said …", the name made the sentence's root: the name alone.)
  if (s.rel[subj] === 'ROOT' && subj < cue && s.word(subj + 1) === ',')
    return { start: span.start, end: s.tok(subj).characterOffsetEnd };
  // ("Steele, who was lieutenant governor …", "Han Duck-soo, who will serve …": a relative
  // clause the parser left loose, as a dependent of the name's head word (whose subtree may
  // take in a piece of the name, "-soo"), ends the speaker at its comma.)
  const stranded = strandedModifier(s, s.tokenAt(span.start) ?? subj);
  if (stranded !== undefined && subj < cue) return { start: s.tok(stranded).characterOffsetBegin, end: span.end };
  const loose = s
    .kids(subj, 'dep')
    .filter((c) => c > subj)
    .flatMap((c) => s.kids(c, 'nsubj', 'nsubj:pass'))
    .find((k) => /^(who|which)$/i.test(s.word(k)) && s.word(k - 1) === ',' && k - 2 >= subj);
  return loose === undefined
    ? span
    : { start: span.start, end: Math.min(span.end, s.tok(loose - 2).characterOffsetEnd) };
}

/**
 * Whether a line ends before token `k`: a blank line, or a line break between a capitalised
 * word or punctuation and a capitalised word ("…Shooting Comments⏎New Jersey Gov. …"), not one
 * that wraps a sentence ("from⏎entering the U.S.").
 */
function lineBreak(s: SentenceView, k: number): boolean {
  const before = s.tok(k).before;
  if (!before.includes('\n')) return false;
  return /\n[^\n]*\n/.test(before) || (/^\p{Lu}/u.test(s.word(k)) && !/^\p{Ll}/u.test(s.word(k - 1)));
}

/** The first and last token of the line token `k` is on, within its sentence. */
function lineOf(s: SentenceView, k: number): [number, number] {
  let a = k;
  while (a > 1 && !lineBreak(s, a)) a--;
  let b = k;
  while (b < s.tokens.length && !lineBreak(s, b + 1)) b++;
  return [a, b];
}

/** `span` cut to the line from token `a` to token `b`. */
function onLine(span: Span, s: SentenceView, a: number, b: number): Span {
  const start = Math.max(span.start, s.tok(a).characterOffsetBegin);
  const end = Math.min(span.end, s.tok(b).characterOffsetEnd);
  return start < end ? { start, end } : span;
}

/** The relative pronoun ("who", "which") that stands for `antecedent` as the subject of `cue`'s clause. */
function relativePronoun(s: SentenceView, antecedent: number, cue: number): number | undefined {
  for (const clause of s.kids(antecedent, 'acl:relcl')) {
    const w = s.kid(clause, 'nsubj');
    if (w !== undefined && w < cue && /^(WDT|WP)$/.test(s.tok(w).pos) && s.subtree(clause).includes(cue)) return w;
  }
  return undefined;
}

/**
 * "Donald Trump, who has repeatedly called on the Federal Reserve to …, said": a "who" the
 * parser made the object of a relative clause with no subject is its subject (and stands for the
 * one named before it).
 */
function whoAsObject(s: SentenceView, v: number): number | undefined {
  const host = s.head[v];
  if (s.rel[v] !== 'acl:relcl' || !host || s.kid(v, 'nsubj', 'nsubj:pass') !== undefined) return undefined;
  const who = s.kids(v, 'obj').find((k) => k < v && /^who$/i.test(s.word(k)));
  return who !== undefined && namesSomeone(s, host) ? who : undefined;
}

/** Extends a span to the quotation marks right around it: “It is too soon…,” → whole quote. */
function withQuotes(s: SentenceView, a: number, b: number): [number, number] {
  let x = a;
  let y = b;
  if (x > 1 && isOpenQuote(s.word(x - 1))) x--;
  if (y < s.tokens.length && s.word(y + 1) === ',' && isCloseQuote(s.word(y + 2) ?? '')) y += 2;
  else if (y < s.tokens.length && /^[.,!?]$/.test(s.word(y + 1)) && isCloseQuote(s.word(y + 2) ?? '')) y += 2;
  else if (y < s.tokens.length && isCloseQuote(s.word(y + 1))) y++;
  return [x, y];
}

const CUE_LEMMAS = [SPEECH_VERBS, OBJECT_CUES, TARGET_CUES, XCOMP_CUES];

/** A verb of one of the cue lists (the content model never runs one statement into another's cue). */
export const isCueVerb = (s: SentenceView) => (k: number) =>
  s.tok(k).pos.startsWith('VB') && CUE_LEMMAS.some((set) => set.has(s.lemma(k)));

/**
 * "said the caucus system is “complex” and he feels he can win", "said she appreciated the
 * apology and that she wanted to move forward": a clause joined to what was said, with a
 * subject of its own, is more of what was said where it opens with "that" or tells a view
 * ("feels", "wanted"); one that tells someone else saying something is another statement
 * ("…, and three-quarters said the same of Sanders").
 */
const coordinatedReport = (s: SentenceView, c: number) => {
  const subject = s.kid(c, 'nsubj', 'nsubj:pass');
  if (subject === undefined) return false;
  // (A view only where a pronoun holds it, the speaker's own: not "said the deal was good and
  // Democrats believe it will fail", the Democrats' view.)
  return (
    s.kids(c, 'mark').some((m) => /^that$/i.test(s.word(m))) ||
    (ATTITUDE_VERBS.has(s.lemma(c)) && /^(he|she|they|i|we)$/i.test(s.word(subject)))
  );
};

/**
 * What a content span leaves out: a coordinated or participial cue verb after it ("that
 * Machado was a con and encouraged Americans to …", "…, arguing that …") starts another
 * statement (PolNeAR marks two), so it is not part of this one's content.
 */
const anotherCue = (s: SentenceView) => (c: number) =>
  // ("…, state news agency KCNA reported on Friday.", a closing relay hung on a word inside.)
  (SAY_VERBS.has(s.lemma(c)) && s.rel[c] === 'dep' && apposRelay(s, c) !== undefined) ||
  (((s.rel[c] === 'conj' && !coordinatedReport(s, c)) ||
    (s.rel[c] === 'advcl' && s.tok(c).pos === 'VBG') ||
    (s.tok(c).pos === 'VBG' &&
      (['xcomp', 'acl', 'parataxis'].includes(s.rel[c] ?? '') ||
        // ", claiming that …" hung loosely: a clause of its own ("…, insisting on the
        // disarmament" stays part of what the main verb reports).
        // (Also where the parser lost the clause: "…, arguing it was meant to warn the
        // opposition", "it" made the object.)
        (s.rel[c] === 'dep' &&
          (s.kid(c, 'ccomp') !== undefined ||
            (CLAUSE_PARTICIPLES.test(s.lemma(c)) && s.tok(c + 1)?.pos !== 'IN' && s.tok(c + 1)?.pos !== 'TO')))) &&
      afterComma(s, c))) &&
    isCueVerb(s)(c));

/** Participles of saying that report a clause ("…, arguing it was meant to …"). */
const CLAUSE_PARTICIPLES = /^(say|argue|claim|add|note|suggest|explain|warn|stress|contend|assert|predict)$/;

/** Verbs of regarding: "sees golf courses as wasted space", "viewed Clinton as the stronger". */
const AS_VERBS = new Set(['see', 'view', 'regard']);
/** Verbs of describing something as something, read with a relative pronoun ("which he describes as …"). */
const AS_DESCRIBING = new Set([
  'describe',
  'characterize',
  'characterise',
  'portray',
  'depict',
  'label',
  'brand',
  'paint',
  'dismiss',
  'tout',
]);
const AS_ROLE =
  /^(kid|child|boy|girl|teenager|teen|youngster|student|adult|youth|baby|part|member|guest|spectator|witness|tourist|visitor)$/i;

/**
 * "Many voters see Mr. Trump as a poisonous candidate": what someone regards something as is
 * their stance; the content runs from the object to the end of its "as" phrase.
 */
function seenAs(s: SentenceView, v: number): [number, number] | undefined {
  const lemma = s.lemma(v);
  if (!s.tok(v).pos.startsWith('VB') || !(AS_VERBS.has(lemma) || AS_DESCRIBING.has(lemma))) return undefined;
  const passive = s.kid(v, 'aux:pass') !== undefined;
  // ("Florida, which he describes as his second home", "what is often described as the
  // nation's second-biggest job": a relative pronoun before the verb is what it regards; the
  // content runs from it, over the speaker and the verb, to the end of the "as" phrase.)
  // (In the passive only with who regards it named: "what is often described as …" by no one
  // named was mostly no attribution on PolNeAR train, 3 of 7.)
  const byAgent = byPhrase(s, v) !== undefined;
  const relative =
    passive && !byAgent
      ? undefined
      : (passive ? s.kids(v, 'nsubj:pass') : s.kids(v, 'obj')).find(
          (k) => k < v && /^(which|whom|what|that)$/i.test(s.word(k)) && /^(WDT|WP|IN)$/.test(s.tok(k).pos),
        );
  const after = passive ? undefined : s.kids(v, 'obj').find((k) => k > v);
  // (A describing verb with its object after it is read as any other cue: "described the
  // ground underneath the city as “Swiss cheese”".)
  const o = AS_VERBS.has(lemma) ? (after ?? relative) : after === undefined ? relative : undefined;
  if (o === undefined) return undefined;
  const as = s.children[v].find(
    (c) =>
      c > Math.max(o, v) &&
      ['obl', 'advcl', 'xcomp'].includes(s.rel[c] ?? '') &&
      // (Not a clause of time: "saw the river as the sun rose"; nor a role or a part: "saw the
      // movie as a kid", "viewed the footage as part of the inquiry".)
      s.kid(c, 'nsubj', 'nsubj:pass') === undefined &&
      !AS_ROLE.test(s.lemma(c)) &&
      s.kids(c, 'case', 'mark').some((k) => s.word(k).toLowerCase() === 'as' && k === Math.min(...s.subtree(c))),
  );
  if (as === undefined) return undefined;
  // (Not an attribution hung inside: "…, according to a new poll".)
  const according = (c: number) => /^according$/i.test(s.word(Math.min(...s.subtree(c))));
  const ids = s.subtree(as, according).filter((k) => s.rel[k] !== 'punct' || k < Math.max(...s.subtree(as, according)));
  // (With the quotation mark that closes a quotation opened inside: "whom he described as
  // “volatile,”".)
  const [a, b] = [Math.min(...s.subtree(o)), Math.max(...ids)];
  let open = false;
  for (let k = a; k <= b; k++) open = quoteOpenAfter(open, s.word(k));
  return [a, open ? withQuotes(s, a, b)[1] : b];
}

/** Sentence openings with "say" that are discourse phrases ("That said, …"). */
const DISCOURSE_SAYING =
  /^(that said|that being said|this said|having said that|having said this|needless to say|suffice it to say|suffice to say|so to say|that is to say)$/;

const FIRST_PERSON = /^(i|me|my|mine|myself|we|us|our|ours|ourselves)$/i;

/** Verbs whose object alone, a person's or body's name, is the stance taken: "Christie endorsed Trump". */
const STANCES_ON_SOMEONE =
  /^(endorse|support|back|oppose|praise|criticize|criticise|blast|slam|attack|denounce|condemn|defend|disavow|chide|thank|applaud|reject|accuse|blame|mock|rebuke|fault|hail|congratulate)$/;

/** Sentence adverbs and conjunctions that tie a sentence to the one before it. */
const CONNECTIVES =
  /^(meanwhile|however|but|and|also|still|yet|separately|moreover|furthermore|instead|nonetheless|nevertheless)$/i;

/** Adjectives whose infinitive says when or how hard, not what was said ("too early to talk"). */
/** Adjectives of what is scheduled or possible ("was due to hold a meeting"). */
const SCHEDULED = /^(due|set|slated|scheduled|poised|able|unable|likely|unlikely)$/i;

const UNSAYING_ADJECTIVES = /^(early|soon|premature|late|hard|difficult|impossible|easy|unclear|possible|tough)$/i;

/**
 * What evidence shows or finds someone or something as: "The survey found Clinton leading
 * Sanders by seven points, with 17 percent … undecided", "showed Rubio in third at 11 percent",
 * "public records show no gifts at all from Trump to his foundation": the phrases after the
 * object say what was found, and are part of it.
 */
const EVIDENCE_SHOWN = /^(show|find)$/;

/**
 * A verb of seeming: its subject is what seems so, not who says it. Not "appear" somewhere
 * ("Lanny Davis appeared on “Fox & Friends” to defend her", "appeared before reporters").
 */
const SEEMING = /^(seem|appear)$/;
const seeming = (s: SentenceView, v: number) =>
  SEEMING.test(s.lemma(v).toLowerCase()) &&
  !(
    /^appear$/i.test(s.lemma(v)) &&
    s
      .kids(v, 'obl')
      .some((o) => o > v && s.kids(o, 'case').some((c) => /^(on|before|at|alongside|with)$/i.test(s.word(c))))
  );

/** States of mind someone seems to be in, and holds: "seemed to think …", "seems to understand …". */
const MINDS =
  /^(think|believe|feel|understand|recognize|recognise|know|realize|realise|hope|fear|expect|want|doubt|wonder|assume|accept)$/;

/** States of mind that are sayings after "seemed to": "seemed to imply that …", "seem to show …". */
const SAYING_ATTITUDES = new Set(['imply', 'indicate', 'signal', 'show', 'find']);

/** Cue verbs that, as a subjectless infinitive, are mostly nobody's statement. */
const UNSAID = new Set(['tell', 'know', 'show', 'find', 'learn', 'understand', 'hear', 'see', 'discuss']);

/** The sentence's last token before its final full stop. */
const lastWordOf = (s: SentenceView) => s.tokens.length - (s.tok(s.tokens.length).pos === '.' ? 1 : 0);

function range(s: SentenceView, ids: number[]): [number, number] {
  return [Math.min(...ids), Math.max(...ids)];
}

/**
 * When it was said: a time the cue's own clause gives ("said on Tuesday", "told reporters last
 * week"), never one inside what was said ("… sentenced him on Thursday, prosecutors said") or
 * in a phrase hung on the cue ("…, officials said, the first swap since … February 2022").
 */
function clauseDate(s: SentenceView, v: number, content?: [number, number]): NormalDate | undefined {
  const own = (k: number) => /^(obl|nmod:tmod|advmod)/.test(s.rel[k] ?? '');
  // The parser hangs a time inside a content before the cue on the cue ("sentenced him on
  // Thursday, prosecutors said").
  const inContent = (k: number) => !!content && k >= content[0] && k <= content[1];
  for (const c of s.children[v].filter((k) => own(k) && !inContent(k))) {
    for (const k of s.subtree(
      c,
      (x) => !own(x) && !['case', 'det', 'amod', 'compound', 'nummod'].includes(s.rel[x] ?? ''),
    )) {
      const d = dateIn(s.sentence.tokens, k);
      if (d) return d;
    }
  }
  return undefined;
}

/**
 * "Democratic economists … say taxing consumption encourages savings", "Biden, who …, said they
 * touched on a core issue": the parser hung a verb of saying, with nothing of its own, on the
 * clause after it that it reports (as that verb's auxiliary, modifier or subject). That
 * clause's head, or nothing.
 */
function hungOnContent(s: SentenceView, v: number): number | undefined {
  // ("Sandu, who founded PAS, said Moldovans had defended …": made a modifier of the subject
  // right after it, the verb reports that subject's clause.)
  const subjectAfter =
    s.rel[v] === 'amod' && s.head[v] === v + 1 && s.rel[v + 1] === 'nsubj' && (s.head[v + 1] ?? 0) > v + 1;
  const h = subjectAfter ? s.head[v + 1] : (s.head[v] ?? 0);
  // ("While she says she will not be voting for Mr. Trump, she applauds …": a verb of saying
  // in a clause of its own, made a modifier of what it reports, with its subject and its
  // "while", "although", "as" or "after" before it and nothing after; not a condition or a
  // time that reports nothing, "If he agrees the deal will go ahead", "When police responded
  // the gunman had fled".)
  const adverbial =
    s.rel[v] === 'advcl' &&
    s.kid(v, 'nsubj') !== undefined &&
    s.kids(v, 'mark').some((m) => /^(while|whilst|although|though|as|after|whereas)$/i.test(s.word(m))) &&
    s.children[v].every((k) => k < v && /^(nsubj|mark|aux|advmod)$/.test(s.rel[k] ?? ''));
  // ("Trump picked up from his daughter by saying he is ready to go to work": a gerund after
  // "by", "after" or "before" that the parser made a phrase of the clause it reports.)
  const gerund =
    s.rel[v] === 'obl' &&
    s.tok(v).pos === 'VBG' &&
    s.children[v].length === 1 &&
    s.rel[s.children[v][0]] === 'case' &&
    s.children[v][0] === v - 1 &&
    /^(by|after|before|upon|without)$/i.test(s.word(v - 1));
  // ("The African Union suspended Madagascar …, saying the takeover was an unconstitutional
  // change of government": a participle after a comma that the parser made the subject of the
  // clause it reports, with that clause's own subject as its object.)
  const subjectGerund =
    s.rel[v] === 'nsubj' &&
    s.tok(v).pos === 'VBG' &&
    afterComma(s, v) &&
    s.children[v].length === 1 &&
    s.rel[s.children[v][0]] === 'obj' &&
    /^(parataxis|conj|advcl|dep|ccomp)$/.test(s.rel[h] ?? '');
  if (h <= v + 1 || (!HUNG_RELS.has(s.rel[v] ?? '') && !adverbial && !gerund)) return undefined;
  // (A verb, and in its base form not the sentence's first word: not "Tell MAMA, a group …,
  // said …", a name read as a verb; and not hung on another verb of saying.)
  // (A participle only with its subject and auxiliary in a clause of its own: "While the
  // president has repeatedly said he opposes …".)
  const verb = adverbial ? /^VB[DZPGN]?$/ : /^VB[DZPG]?$/;
  if (
    (s.children[v].length && !adverbial && !gerund && !subjectGerund) ||
    !verb.test(s.tok(v).pos) ||
    (v === 1 && s.tok(v).pos === 'VB')
  )
    return undefined;
  // (Or a nominal predicate: "although history says there can be major upheavals".)
  const nominal = /^NN/.test(s.tok(h).pos) && s.kid(h, 'cop', 'expl') !== undefined;
  if ((!/^(VB|MD|JJ)/.test(s.tok(h).pos) && !nominal) || SAY_VERBS.has(s.lemma(h))) return undefined;
  // The clause begins right after the verb ("said they touched …", not "said, …" or "said in").
  const next = v + 1;
  if (!/^(PRP|NNP?S?|DT|EX|CD|JJ|VBG)$/.test(s.tok(next).pos) || !s.subtree(h).includes(next)) return undefined;
  // It has a subject of its own there.
  return subjectGerund || s.kids(h, 'nsubj', 'nsubj:pass', 'csubj', 'expl').some((k) => k > v) ? h : undefined;
}
/**
 * "declared a state of national calamity", "declared seven days of national mourning",
 * "declared martial law": a measure taken, not something said.
 */
function measureDeclared(s: SentenceView, v: number): boolean {
  if (s.lemma(v) !== 'declare') return false;
  // (Not "declared war on the United States", nor "declared it a total disaster", judgements
  // PolNeAR marks as said.)
  const MEASURES = /^(emergency|mourning|curfew|holiday|calamity|lockdown)$/i;
  return s
    .kids(v, 'obj')
    .some(
      (o) =>
        MEASURES.test(s.lemma(o)) ||
        (/^law$/i.test(s.lemma(o)) && s.kids(o, 'amod').some((a) => /^martial$/i.test(s.word(a)))) ||
        (/^(state|day|week|period)s?$/i.test(s.lemma(o)) &&
          s.kids(o, 'nmod').some((n) => /^(emergency|mourning|calamity|disaster|siege|alert)$/i.test(s.lemma(n)))),
    );
}

/**
 * "told a news conference that Robinson also faced charges …": the parser read "that" as a
 * relative pronoun, the object (or subject) of a clause on the one told that has an object (or
 * subject) of its own. It can only be the mark of what was told.
 */
function thatAsMark(s: SentenceView, c: number): boolean {
  const first = Math.min(...s.subtree(c));
  if (!/^that$/i.test(s.word(first)) || s.head[first] !== c) return false;
  const rel = s.rel[first] ?? '';
  if (rel === 'obj') return s.kids(c, 'obj').some((o) => o !== first);
  if (rel === 'nsubj') return s.kids(c, 'nsubj', 'nsubj:pass').some((o) => o !== first);
  return false;
}

/**
 * "Rajoelina said in a statement posted on Facebook that he had been forced to leave": the
 * parser hung the "that" clause on the participle of the medium ("posted"), itself a loose
 * "dep" of the verb of saying. That clause is what was said.
 */
function postedThat(s: SentenceView, v: number): number[] {
  return s
    .kids(v, 'dep')
    .filter((d) => d > v && /^VB[DN]$/.test(s.tok(d).pos) && MEDIUM_PARTICIPLES.test(s.lemma(d)))
    .flatMap((d) => s.kids(d, 'ccomp').filter((c) => s.kids(c, 'mark').some((m) => /^that$/i.test(s.word(m)))));
}
const MEDIUM_PARTICIPLES = /^(post|publish|release|issue|broadcast|air|carry|share|upload|send|circulate)$/;

/** Stances whose passive names who took them: "was criticized by some of his rivals". */
const PASSIVE_STANCES =
  /^(report|echo|criticize|criticise|reject|accuse|mention|tweet|endorse|applaud|rebuke|berate|deride|praise|condemn|denounce|lambaste|ridicule|mock|dispute|fault|blame)$/;

/** Words for people who take a stance on someone ("criticized by opponents", "by Wall Street critics"). */
const STANCE_TAKERS =
  /^(critics?|opponents?|rivals?|supporters?|detractors?|conservatives?|liberals?|progressives?|republicans?|democrats?|voters?|electorate)$/i;

/**
 * Whether an agent names someone: as `namesSomeone`, or a noun for people ("by opponents", "by
 * Wall Street critics"), or a part of them ("some of his rivals", "64 percent of the electorate").
 */
/** Whether an agent is voters, or a part of them ("64 percent of the electorate"). */
function voters(s: SentenceView, k: number): boolean {
  if (/^(voters?|electorate|electors?)$/i.test(s.word(k))) return true;
  const of = ofPhrase(s, k);
  return of !== undefined && voters(s, of);
}

function agentSomeone(s: SentenceView, k: number): boolean {
  if (namesSomeone(s, k) || STANCE_TAKERS.test(s.word(k)) || PEOPLE.test(s.word(k))) return true;
  if (!/^(some|many|most|all|percent|half|majority|number|several|few|dozens|hundreds|thousands)$/i.test(s.word(k)))
    return false;
  const of = ofPhrase(s, k);
  return of !== undefined && agentSomeone(s, of);
}

/**
 * "O'Malley's move was first reported by MSNBC", "His comments were derided by Democrats": the
 * passive of a stance with its agent. The agent speaks; the subject is what the stance is on.
 */
function passiveStance(s: SentenceView, v: number): { speaker: number; content: [number, number] } | undefined {
  if (!PASSIVE_STANCES.test(s.lemma(v).toLowerCase()) || s.tok(v).pos !== 'VBN') return undefined;
  const subject = s.kid(v, 'nsubj:pass');
  if (subject === undefined || s.kid(v, 'aux:pass') === undefined || subject > v) return undefined;
  const agent = s
    .kids(v, 'obl:agent', 'obl')
    .find((o) => o > v && s.kids(o, 'case').some((c) => /^by$/i.test(s.word(c))));
  if (agent === undefined || !agentSomeone(s, agent)) return undefined;
  // ("The proposal was rejected by 64 percent of the electorate", "Bush had been soundly
  // rejected by an electorate …": a vote, not a stance voiced.)
  if (s.lemma(v).toLowerCase() === 'reject' && voters(s, agent)) return undefined;
  // (A subject that is a pronoun, relative or personal — "a deal that was rejected by …", "He
  // was criticised by …" — is one word, too little for a content: `verbCues` drops it.)
  // (What it is criticised for, after the agent, would make one span of the verb and the agent
  // too: the subject alone.)
  return { speaker: agent, content: range(s, s.subtree(subject)) };
}

/**
 * "Rubio was asked by moderator Gerard Baker whether …", "She was told by her doctors that …":
 * who asks or tells is the one after "by", not the one asked or told.
 */
function passiveAsker(s: SentenceView, v: number): number | undefined {
  if (!ADDRESSEE_VERBS.has(s.lemma(v).toLowerCase()) || s.tok(v).pos !== 'VBN') return undefined;
  if (s.kid(v, 'aux:pass') === undefined) return undefined;
  const agent = byPhrase(s, v);
  // (Whoever asks or tells is someone: a name, a pronoun or any noun, "the auditors"; not a
  // time, "by Friday", nor a means, "by phone", "by letter".)
  return agent !== undefined &&
    agent > v &&
    /^(NN|PRP)/.test(s.tok(agent).pos) &&
    !/^(DATE|TIME|DURATION|SET)$/.test(s.tok(agent).ner ?? '') &&
    !/^(phone|telephone|letter|e-?mail|mail|text|video|fax|radio|telegram|message|post)$/i.test(s.word(agent))
    ? agent
    : undefined;
}

/**
 * "75 percent of Democrats said yes", "the candidate said no", "after half said so", "neither
 * side would say so": a yes, a no or a "so" right after a verb of saying is what was said, one
 * word as it is. (Not "said so far", "said so that …", "said no to the war".)
 */
function yesOrNo(s: SentenceView, v: number): number | undefined {
  const k = v + 1;
  if (s.head[k] !== v) return undefined;
  const w = s.word(k).toLowerCase();
  // (Not a saying denied: "neither side would say so", "He doesn't think so".)
  if (s.kids(v, 'advmod', 'neg').some((n) => /^(not|n't|never)$/i.test(s.word(n)))) return undefined;
  if (s.kids(v, 'nsubj').some((n) => /^(neither|no|none|nobody)$/i.test(s.word(Math.min(...s.subtree(n))))))
    return undefined;
  // (Not "said no to the Iraq war": a refusal of something, whose content goes on.)
  // (Its own repetitions aside: "said yes, yes, yes".)
  const repeated = (c: number) => s.rel[c] === 'punct' || s.word(c).toLowerCase() === w;
  if (!(s.children[k] ?? []).every(repeated) || /^to$/i.test(s.word(k + 1) ?? '')) return undefined;
  if (/^(yes|no)$/.test(w) && /^(discourse|obj|dep|advmod|intj|ccomp|xcomp)$/.test(s.rel[k] ?? '')) return k;
  if (
    w === 'so' &&
    s.rel[k] === 'advmod' &&
    /^(say|think|hope|believe|suggest|indicate|tell)$/.test(s.lemma(v)) &&
    !/^(that|far|much|many|as)$/i.test(s.word(k + 1) ?? '')
  )
    return k;
  return undefined;
}

/**
 * "The turnout was not as high as the organizers said": a verb of saying in the second half of
 * a comparison says what the first is measured against, and reports nothing itself.
 */
function comparedWith(s: SentenceView, v: number): boolean {
  if (s.rel[v] !== 'advcl') return false;
  const mark = s.kids(v, 'mark').find((m) => /^(as|than)$/i.test(s.word(m)));
  if (mark === undefined || s.kid(v, 'ccomp', 'xcomp', 'obj') !== undefined) return false;
  const h = s.head[v] ?? 0;
  return /^than$/i.test(s.word(mark)) || s.kids(h, 'advmod').some((k) => k < mark && /^(as|so)$/i.test(s.word(k)));
}

/**
 * Verbs of reporting that, in an "as" clause, vouch for the sentence they are set in (not
 * "argue", "claim", "warn": "As the protesters argued, police moved in" tells when).
 */
const AS_NOTED = new Set([
  'say',
  'report',
  'note',
  'write',
  'point',
  'explain',
  'reveal',
  'show',
  'learn',
  'document',
  'acknowledge',
  'mention',
  'observe',
  'predict',
  'detail',
  'recount',
  'confirm',
  'recall',
]);

/**
 * "As The Atlantic recently noted, trust in government is collapsing", "…, as Clinton supporters
 * point out": a verb of saying in an "as" clause with a subject and nothing of its own to
 * report vouches for the clause it is set in; that clause, without the "as" clause, is what was
 * said. Not a comparison ("as bad as she said"), a passive ("as it's currently written"), an
 * idiom ("as they say in baseball", "as you know") or words inside a quotation, which PolNeAR
 * never marks.
 */
function asNoted(s: SentenceView, v: number): [number, number] | undefined {
  const lemma = s.lemma(v).toLowerCase();
  if (s.rel[v] !== 'advcl' || !/^VB/.test(s.tok(v).pos) || !AS_NOTED.has(lemma)) return undefined;
  const own = s.subtree(v);
  const first = Math.min(...own);
  const last = Math.max(...own);
  // ("although as Tuesday's results show, …": another mark may come first.)
  let at = first;
  while (at < v && !/^as$/i.test(s.word(at)) && /^(mark|cc)$/.test(s.rel[at] ?? '') && s.head[at] === v) at++;
  if (!/^as$/i.test(s.word(at)) || s.rel[at] !== 'mark' || s.head[at] !== v) return undefined;
  const subject = s.kid(v, 'nsubj');
  if (subject === undefined || /^(it|you)$/i.test(s.word(subject))) return undefined;
  if (lemma === 'say' && /^they$/i.test(s.word(subject))) return undefined;
  // Nothing reported of its own: "as polls show Sanders surging" reports its object.
  if (s.kids(v, 'ccomp', 'xcomp', 'obj', 'iobj', 'nsubj:pass', 'aux:pass').length) return undefined;
  // (Nor a clause with a subject the parser hung loose: "as a new poll showed the contest tied".)
  if (s.kids(v, 'dep').some((d) => d > v && s.kid(d, 'nsubj', 'nsubj:pass') !== undefined)) return undefined;
  if (lemma === 'point' && !s.kids(v, 'compound:prt').some((k) => /^out$/i.test(s.word(k)))) return undefined;
  // (Inside a quotation: an open mark before it that no mark closes.)
  let open = false;
  for (let k = 1; k < first; k++) {
    const w = s.word(k);
    if (isOpenQuote(w) && !(open && isCloseQuote(w))) open = true;
    else if (isCloseQuote(w)) open = false;
  }
  if (open) return undefined;
  const h = s.head[v] ?? 0;
  if (h < 1 || !/^(VB|JJ|NN|MD)/.test(s.tok(h).pos)) return undefined;
  if (!s.kids(h, 'nsubj', 'nsubj:pass', 'csubj', 'expl').length) return undefined;
  const clause = s.subtree(h, (c) => c === v).filter((k) => k <= lastWordOf(s));
  if (h > v) {
    // "As X noted, <clause>": set off by a comma.
    if (s.word(last + 1) !== ',') return undefined;
    const after = clause.filter((k) => k > last + 1);
    if (!after.length) return undefined;
    // ("The senator, as Politico first reported, plans to retire": an aside inside the clause;
    // the clause around it, the aside with it, as for "The deficit, Okafor said, would double".)
    // (Not a link or the clause's own mark before the aside: "(although as Tuesday's results
    // show, Florida may not be out of reach)".)
    const before = clause.filter(
      (k) => k < first && !/^(cc|punct|mark)$/.test(s.rel[k] ?? '') && !CONNECTIVES.test(s.word(k)),
    );
    return before.length ? [Math.min(...before), Math.max(...after)] : [Math.min(...after), Math.max(...after)];
  }
  // "<clause>, as X noted.": after a comma, the link words before the clause left out.
  if (s.word(first - 1) !== ',') return undefined;
  const before = clause.filter((k) => k < first - 1);
  if (!before.length) return undefined;
  let a = Math.min(...before);
  const b = Math.max(...before);
  while (a < b && (s.rel[a] === 'cc' || (CONNECTIVES.test(s.word(a)) && s.word(a + 1) === ',')))
    a += s.word(a + 1) === ',' ? 2 : 1;
  return [a, b];
}
/**
 * Who says, where the parser hung the verb of saying on what it reports (`hungOnContent`): that
 * clause's subject before the verb; the relative pronoun right before it ("12 percent who say
 * …"); the noun phrase that ends right before it ("47 percent of Cuban Americans saying …",
 * through "of" only: "less credit than aides say" is the aides'); or, after a comma, the
 * subject the parser gave the sentence ("Podesta, who …, said …", "dozens of veterans
 * interviewed …, including Mr. Olsen, said …").
 */
function hungSpeaker(s: SentenceView, v: number, h: number): number | undefined {
  const own = s.kid(v, 'nsubj');
  if (own !== undefined) return own;
  // (A gerund after "by" or "after" belongs to the verb before it: its subject speaks, "Trump
  // picked up … by saying …"; none where that verb has none of its own.)
  if (s.rel[v] === 'obl' && s.tok(v).pos === 'VBG') {
    let u = v - 2;
    while (u >= 1 && !/^VB[DZPN]?$/.test(s.tok(u).pos)) u--;
    return u >= 1 ? subjectOf(s, u) : undefined;
  }
  const subject = s.kids(h, 'nsubj', 'nsubj:pass').find((k) => k < v);
  if (subject !== undefined) return subject;
  const before = v - 1;
  if (before < 1) return undefined;
  if (/^(WP|WDT)$/.test(s.tok(before).pos)) return before;
  if (s.word(before) === ',') {
    const root = s.root;
    return root > 0 && root < v ? s.kids(root, 'nsubj', 'nsubj:pass').find((k) => k < v) : undefined;
  }
  let noun: number | undefined;
  for (let k = before; k >= 1 && k < v && Math.max(...s.subtree(k)) < v; k = s.head[k] ?? 0) {
    if (/^(NN|PRP$)/.test(s.tok(k).pos)) noun = k;
    if (s.kids(k, 'case').some((c) => !/^of$/i.test(s.word(c)))) break;
  }
  return noun;
}
const HUNG_RELS = new Set(['aux', 'amod', 'discourse', 'dep', 'nsubj', 'compound']);

/** Whether "find" at v reports a finding (that something is so), not a thing found or a verdict. */
function aFinding(s: SentenceView, v: number): boolean {
  // "found himself embroiled in controversy": in a state, not a finding; "helped found EDGE":
  // founding it.
  if (
    s.kids(v, 'obj').some((o) => /^(himself|herself|itself|themselves|myself|ourselves|yourself)$/i.test(s.word(o))) ||
    (/^found$/i.test(s.word(v)) && s.tok(v).pos === 'VB')
  )
    return false;
  // "A crown … was found broken near the museum": something found in a state, not a finding;
  // "a jury found him guilty", "Trump found guilty": a verdict (an event), not a statement.
  if (
    (verdictFound(s, v) ||
      (s.kid(v, 'aux:pass') !== undefined && s.kids(v, 'xcomp').some((x) => /^(JJ|VBN)/.test(s.tok(x).pos)))) &&
    !s.kids(v, 'obl').some((o) => s.kids(o, 'case').some((c) => s.word(c).toLowerCase() === 'by'))
  )
    return false;
  // "find a way to …", "find jobs", "Border Patrol agents find the tunnels": finding a thing is
  // no finding that something is so ("found that …", "find Clinton more palatable"). A poll, a
  // study or an inquiry finds what it finds; "found Clinton leading Sanders" is a clause.
  return (
    s.kid(v, 'ccomp', 'xcomp') !== undefined ||
    s.kids(v, 'obj').some((o) => s.kids(o, 'acl').some((x) => s.tok(x).pos === 'VBG')) ||
    FINDERS.test(s.lemma(s.kid(v, 'nsubj') ?? releasedThenFound(s, v) ?? 0))
  );
}

/**
 * "A Quinnipiac University poll released on Monday found Moore and Kessler each with 46%
 * support": the parser made the participle the main verb and hung the verb after it loose; the
 * participle's subject is the verb's.
 */
function releasedThenFound(s: SentenceView, v: number): number | undefined {
  const h = s.head[v];
  if (s.rel[v] !== 'dep' || !h || h > v || s.tok(h).pos !== 'VBN' || s.kid(h, 'aux', 'aux:pass') !== undefined)
    return undefined;
  if (s.kid(v, 'nsubj', 'nsubj:pass') !== undefined || !/^VB[DZP]$/.test(s.tok(v).pos)) return undefined;
  return s.kid(h, 'nsubj');
}

/** What finds things out: "the poll found …", "investigators found no evidence …". */
const FINDERS =
  /^(poll|survey|study|report|analysis|review|investigation|inquiry|probe|audit|research|researcher|investigator|panel|jury|judge|court|committee|commission|inspector|auditor|scientist|expert)$/;

/** Verbs that introduce what is said in the clause after them, whatever the parser calls it. */
const SAY_VERBS = new Set([
  'say',
  'tell',
  'add',
  'claim',
  'state',
  'insist',
  'argue',
  'note',
  'explain',
  'write',
  'warn',
  'report',
  'announce',
  'declare',
  'tweet',
  'post',
  'reply',
  'respond',
  'predict',
  'suggest',
  'believe',
  'think',
  'acknowledge',
  'admit',
  'assert',
  'allege',
  'contend',
  'maintain',
  'stress',
  'reveal',
  'confirm',
  'deny',
  'estimate',
  'conclude',
  'recall',
  'complain',
  'testify',
  'fear',
  'hope',
  'expect',
  'worry',
  'know',
  'feel',
  'agree',
  'concede',
  'caution',
  'observe',
  'emphasize',
  'emphasise',
  'indicate',
  'signal',
  'boast',
  'speculate',
  'remark',
  'mention',
  'show',
  'find',
]);
/** Verbs whose one-noun object is a stance: "denies wrongdoing", "rejected criticism". */
const OWNING = /^(deny|reject|admit|acknowledge|dismiss|confirm|accept)$/;
/** What one denies or owns up to (not "denied bail", "admitting refugees", "confirming judges"). */
const OWNED =
  /^(wrongdoing|guilt|responsibility|involvement|mistake|error|wrong|allegation|accusation|charge|claim|criticism|report|rumou?r|fault|blame|defeat|liability|culpability)s?$/;

/**
 * Verbs of saying that report a clause only, never a bare object ("assured voters he'd force
 * Mexico to pay", "implied immigrants were the ones …"; not "assumed office").
 */
const CLAUSE_SAY_VERBS = new Set(['assure', 'remind', 'inform', 'imply', 'assume', 'guess', 'doubt', 'wonder', 'rule']);
/** Courts and judges as a speaker's head word. */
const BENCH = /^(court|tribunal|judge|justice|magistrate)s?$/i;
/**
 * "China stages military drills around Taiwan, calls president a …": in a headline the tagger
 * may read a verb as a plural noun ("stages") and make it the subject, with the name before it
 * as its modifier and its object hung loosely on it; the name is the subject.
 */
/** Headline verbs in the third person that the tagger may read as plural nouns. */
const HEADLINE_VERBS =
  /^(stages|holds|launches|warns|urges|calls|vows|plans|seeks|pushes|backs|slams|rejects|tells|asks|orders|sends|signs|names|sets|faces|eyes|hits|strikes|moves|opens|claims|threatens|accuses|blames)$/i;

function headlineVerbAsNoun(s: SentenceView, subj: number | undefined): number | undefined {
  if (subj === undefined || s.index !== 0 || /^[.?!]$/.test(s.word(s.tokens.length))) return subj;
  if (s.tok(subj).pos !== 'NNS' || !HEADLINE_VERBS.test(s.word(subj)) || !s.kids(subj, 'dep').some((d) => d > subj))
    return subj;
  const name = s.kids(subj, 'compound').filter((c) => c < subj && /^NNPS?$/.test(s.tok(c).pos));
  return name.length ? name[name.length - 1] : subj;
}

/** Verbs of calling something something ("called the plan a disgrace"). */
const NAMING_VERBS = new Set(['call', 'label', 'dub', 'brand', 'term']);
/**
 * "“Okay,” I said, attempting to regroup", "Clinton said, answering a question at a town hall",
 * "Mr. Biden said, clutching the lectern with two hands": a participle set off by a comma after
 * a verb of saying, with no clause of its own, tells what the speaker did meanwhile, not what
 * was said; a participle of saying is a statement of its own ("…, calling the charge
 * “pathetic”", "…, adding that …").
 */
const doingMeanwhile = (s: SentenceView, v: number, c: number) =>
  SAY_VERBS.has(s.lemma(v).toLowerCase()) &&
  // (Not after a hope or a fear, whose clause the parser may break: "leaders hoped the meeting,
  // requested by Sanders, would be a moment of catharsis …, sending a signal that …".)
  !/^(hope|expect|fear|worry)$/.test(s.lemma(v).toLowerCase()) &&
  /^(advcl|xcomp|dep)$/.test(s.rel[c] ?? '') &&
  s.tok(c).pos === 'VBG' &&
  s.word(Math.min(...s.subtree(c)) - 1) === ',' &&
  s.kid(c, 'nsubj', 'nsubj:pass', 'mark', 'ccomp') === undefined;

/** Verbs whose first object is the addressee: "told reporters that …". */
const ADDRESSEE_VERBS = new Set(['tell', 'warn', 'assure', 'remind', 'inform', 'ask', 'promise']);
const CLAUSE_RELS = new Set(['ccomp', 'xcomp', 'parataxis', 'dep', 'advcl', 'obj']);

/**
 * "denounced the plan as an attack on workers", "slammed Kaine for his work …", "blamed the
 * bank for refusing …": what the object is called, or blamed or praised for, is part of the
 * content.
 */
const asComplement = (s: SentenceView, c: number) =>
  (s.rel[c] === 'obl' && s.kids(c, 'case').some((k) => /^(as|for|over|of)$/i.test(s.word(k)))) ||
  (s.rel[c] === 'advcl' && s.tok(c).pos === 'VBG' && s.kids(c, 'mark').some((k) => /^for$/i.test(s.word(k))));

/**
 * "warned farmers about a scam, after hackers targeted …": a clause of time, reason or
 * condition hung on the cue tells when or why it was said, not what.
 */
const circumstance = (s: SentenceView, c: number) =>
  s.rel[c] === 'advcl' &&
  (s
    .kids(c, 'mark')
    .some((m) =>
      /^(after|before|when|while|because|since|until|once|as|if|though|although|whereas)$/i.test(s.word(m)),
    ) ||
    // ("said when asked whether …": the parser's "when" a modifier, not a mark; only where the
    // clause has no subject: "have not said when they would take it up" is what was said.)
    (s.kid(c, 'nsubj', 'nsubj:pass', 'csubj') === undefined &&
      s.kids(c, 'advmod').some((m) => m === Math.min(...s.subtree(c)) && /^(when|whenever|where)$/i.test(s.word(m)))));

/** Verbs whose content is a question: "asked Trump if he would …" ("if" is no condition). */
const QUESTION_VERBS = new Set(['ask', 'wonder', 'inquire', 'query']);
const questionAsked = (s: SentenceView, c: number, lemma: string) =>
  QUESTION_VERBS.has(lemma) && s.kids(c, 'mark').some((m) => /^(if|whether)$/i.test(s.word(m)));

/** A quotation opened right after the verb at `v` and a comma or colon: its first and last token. */
function quotationAfter(s: SentenceView, v: number): [number, number] | undefined {
  if (!/^[,:]$/.test(s.word(v + 1)) || !isOpenQuote(s.word(v + 2))) return undefined;
  // (Closed by its own kind of mark: not the apostrophe or the single mark of a quotation
  // inside it.)
  const closes: Record<string, string[]> = { '“': ['”'], '``': ["''", '”'], '"': ['"', '”'], '‘': ['’'] };
  const want = closes[s.word(v + 2)] ?? [];
  for (let k = v + 3; k <= s.tokens.length; k++)
    if (want.includes(s.word(k))) return k > v + 3 ? [v + 2, k] : undefined;
  return undefined;
}

/**
 * "We asked our followers which candidate won Thursday's debate": a question opened by a
 * question word that the parser hung on the verb of asking as a loose "dep".
 */
const whQuestion = (s: SentenceView, c: number, lemma: string) =>
  QUESTION_VERBS.has(lemma) &&
  s.rel[c] === 'dep' &&
  // (Not where the sentence opens with "Asked": `askedFirst` reads those, up to the comma.)
  !askedOpening(s) &&
  // (Nor a question the verb's own relative clause asks: "another question that asked how …".)
  !/^(that|which)$/i.test(s.word(s.kid(s.head[c], 'nsubj') ?? 0)) &&
  /^(which|who|whom|whose|what|why|how|when|where|whether|if)$/i.test(s.word(Math.min(...s.subtree(c))));

/**
 * After a relay cue that reports the clause before it ("X won, the commission said on Monday,
 * …"), what follows a comma is the writer's comment on that clause: a participle with no
 * subject ("dealing a blow to …") or a noun phrase ("a stunning rise for …").
 */
function commentAfterRelay(s: SentenceView, v: number, c: number): boolean {
  // (Or hung as a loose "dep" on a word of that clause: "… raised more than $12 million in the
  // third quarter, his campaign said Wednesday, padding an enormous financial advantage …", where
  // the tagger also read "padding" as a noun.)
  if (!c || !/^(parataxis|dep)$/.test(s.rel[v] ?? '') || s.head[v] >= v || s.word(s.subtree(c)[0] - 1) !== ',')
    return false;
  if (s.rel[v] === 'dep' && (s.kid(v, 'nsubj') === undefined || s.word(Math.min(...s.subtree(v)) - 1) !== ','))
    return false;
  const participle =
    s.tok(c).pos === 'VBG' || (s.tok(c).pos === 'NN' && /ing$/i.test(s.word(c)) && s.rel[c] === 'xcomp');
  return (
    (participle && s.kid(c, 'nsubj') === undefined) ||
    (s.rel[c] === 'obj' && /^NNS?$/.test(s.tok(c).pos) && s.subtree(c)[0] > v + 1)
  );
}

/**
 * "COP29 agrees $300 billion climate deal", "Countries agreed on Sunday to a finance target of
 * $300 billion a year to help …": what is agreed to is a thing, no statement (an agreement,
 * an event); "agreed to buy …", "agreed that …" are what they agreed.
 */
function agreedOn(s: SentenceView, v: number, first: number, last: number): boolean {
  if (s.lemma(v) !== 'agree') return false;
  // (A thing: no verb in what would be the content; "agree the top 1 percent would be …" is a
  // clause.)
  const verbless = !s.tokens.slice(first - 1, last).some((t) => t.pos.startsWith('VB'));
  if (verbless && s.kids(v, 'obj').some((o) => s.subtree(o)[0] <= first)) return true;
  // ("agreed … to a target … to help …": the infinitive after what was agreed to.)
  return (
    /^to$/i.test(s.word(first)) &&
    s.kids(v, 'obl').some((o) => o > v && o < first && s.kids(o, 'case').some((c) => /^to$/i.test(s.word(c))))
  );
}

/**
 * '"…!!" Musk wrote on X, the social media platform he owns': where something was written or
 * said, right after the cue and set off by a comma, which the parser hung inside a clause, is
 * no content.
 */
function medium(s: SentenceView, v: number, first: number): boolean {
  if (first !== v + 1 || !/^(on|via|in)$/i.test(s.word(first)) || s.rel[first] !== 'case') return false;
  const where = s.head[first];
  // (A quotation after it is what was written.)
  if (s.tokens.slice(where).some((t) => isOpenQuote(t.word))) return false;
  return (
    (s.tok(where).pos === 'NNP' ||
      /^(x|twitter|facebook|instagram|telegram|television|tv|radio)$/i.test(s.word(where))) &&
    s.word(where + 1) === ','
  );
}

/**
 * "complained about the mesh and the polystyrene boards used to cover windows": a participle
 * with no subject, auxiliary or mark of its own, right after a noun, that the parser hung on
 * the cue as a loose "dep", describes that noun; it is not what was said.
 */
const reducedRelative = (s: SentenceView, c: number) =>
  s.rel[c] === 'dep' &&
  s.tok(c).pos === 'VBN' &&
  /^NNS?$/.test(s.tok(c - 1)?.pos ?? '') &&
  s.kid(c, 'nsubj', 'nsubj:pass', 'aux', 'aux:pass', 'mark', 'cop') === undefined &&
  // (Not one with a clause of its own, which may be what was said: "said in an interview taped
  // before the attacks that the United States had “contained” the Islamic State".)
  !s.subtree(c).some((k) => s.rel[k] === 'ccomp');

/** Content that comes after the cue: the complements on its right, the addressee skipped. */
function rightContent(
  s: SentenceView,
  v: number,
  subj: number | undefined,
  lemma: string,
  clauseOnly = false,
): [number, number, number?] | undefined {
  // A relay in parataxis ("…, Anadolu reports") is another statement, not this one's content.
  const relay = (c: number) => s.rel[c] === 'parataxis' && SPEECH_VERBS.has(s.lemma(c)) && !!s.kid(c, 'nsubj');
  // "X won the election, the commission said on Monday, dealing a blow to …": a participle
  // after a cue that reports the clause before it is the writer's comment on that clause.
  // (So is a noun phrase set off after it: "…, provisional results showed on Monday, a stunning
  // rise for a man who …".)
  const tail = (c: number) => commentAfterRelay(s, v, c);
  // "Maduro declared winner of disputed election; opposition cries foul": a clause after a
  // semicolon is a sentence of its own.
  // Nor is what the parser hangs on the cue after another cue joined to it ("declared five days
  // of mourning and said the region's fate would be determined …": "determined" is what
  // "said" reports).
  const semicolon =
    s.children[v].find((c) => c > v && (s.word(c) === ';' || (s.rel[c] === 'conj' && anotherCue(s)(c)))) ?? Infinity;
  let kids = s.children[v].filter(
    (c) =>
      c > v &&
      c < semicolon &&
      c !== subj &&
      CLAUSE_RELS.has(s.rel[c] ?? '') &&
      !relay(c) &&
      !circumstance(s, c) &&
      !tail(c) &&
      !afterThing(s, v, c) &&
      !mediumParticiple(s, c) &&
      !doingMeanwhile(s, v, c) &&
      !reducedRelative(s, c),
  );
  // ("said in a statement posted on Facebook that …": the clause, not the medium's participle.)
  const posted = postedThat(s, v);
  if (posted.length) kids = kids.map((k) => posted.find((c) => s.head[c] === k) ?? k);
  const addressee = ADDRESSEE_VERBS.has(lemma)
    ? s.kids(v, 'obj', 'iobj').find((o) => o > v && !s.tok(o).pos.startsWith('VB'))
    : undefined;
  if (ADDRESSEE_VERBS.has(lemma)) {
    kids = kids.filter((k) => k !== addressee);
    // "told the AP her group never worked with Manafort": the parser makes what was told a
    // relative clause on the one told; a clause right after the addressee with a subject of its
    // own, no relative pronoun, is what was said.
    // (Only after one told who is named, not "asked the supporters he met to vote early", a
    // relative clause; and not where the verb has an infinitive of its own.)
    const named =
      addressee !== undefined &&
      (/^(NNPS?|PRP)$/.test(s.tok(addressee).pos) || /^(PERSON|ORGANIZATION)$/.test(s.tok(addressee).ner ?? ''));
    // (Or any one told, where "that" can only be the mark: `thatAsMark`.)
    const told =
      addressee === undefined || s.kid(v, 'xcomp') !== undefined
        ? undefined
        : s.kids(addressee, 'acl:relcl').find((c) => {
            if (!named && !thatAsMark(s, c)) return false;
            const subject = s.kid(c, 'nsubj', 'nsubj:pass');
            const own = s.subtree(addressee, (k) => k === c);
            return (
              subject !== undefined &&
              !/^(who|whom|which|that|whose)$/i.test(s.word(subject)) &&
              Math.min(...s.subtree(c)) === Math.max(...own) + 1 &&
              (!/^(who|whom|which|that|whose|where|when)$/i.test(s.word(Math.min(...s.subtree(c)))) || thatAsMark(s, c))
            );
          });
    const clausal = kids.some((k) => ['ccomp', 'parataxis', 'dep'].includes(s.rel[k] ?? ''));
    // ("He reminded the room that the president had fired …": or a "that" clause the parser
    // made a complement of the one told.)
    const thatOnAddressee =
      told === undefined && !clausal && addressee !== undefined
        ? s
            .kids(addressee, 'ccomp')
            .find((c) => s.kids(c, 'mark').some((m) => m === Math.min(...s.subtree(c)) && /^that$/i.test(s.word(m))))
        : undefined;
    if (thatOnAddressee !== undefined) kids.push(thatOnAddressee);
    if (told !== undefined && !clausal) {
      kids.push(told);
      // (And the rest of a list the parser hung on the verb: "… faced charges of felony
      // discharge of a firearm, obstruction of justice and witness tampering".)
      const end = Math.max(...s.subtree(told));
      if (thatAsMark(s, told))
        kids.push(...s.kids(v, 'obj').filter((o) => o > end && s.word(o - 1) === ',' && /^NN/.test(s.tok(o).pos)));
    }
    // "told the residents who had gathered outside that the water was safe": a "that" clause
    // the parser hung inside a relative clause on the one told, whose verb reports nothing,
    // is what was told (from "that" on).
    const inside =
      addressee === undefined || told !== undefined || clausal
        ? undefined
        : s
            .kids(addressee, 'acl:relcl')
            // (A verb that reports nothing, "gathered": not an adjective that may, "who were
            // worried that …", nor a cue, nor "so … that".)
            .filter(
              (c) =>
                s.tok(c).pos.startsWith('VB') &&
                !CUE_LEMMAS.some((set) => set.has(s.lemma(c))) &&
                !s.subtree(c).some((k) => /^(so|such)$/i.test(s.word(k))),
            )
            .flatMap((c) => s.kids(c, 'advcl', 'ccomp'))
            .map((d) => s.kids(d, 'mark').find((m) => /^that$/i.test(s.word(m))))
            .find((m) => m !== undefined);
    if (inside !== undefined) {
      const d = s.head[inside];
      const ids = s.subtree(d, anotherCue(s)).filter((k) => k > inside);
      if (ids.length) return [inside, Math.max(...ids)];
    }
  }

  // "said in a message to the nation that Iran had "imposed" the ceasefire …": a "that" clause
  // the parser hung on a noun in a phrase on the cue, where the cue has no clause of its own, is
  // what was said. (Not in a phrase of what it answers, "told reporters in the wake of
  // revelations that …", "in response to the ruling that …"; nor on a noun that takes such a
  // clause itself, "claims that …", "the fact that …".)
  if (!kids.some((k) => ['ccomp', 'parataxis', 'dep', 'xcomp'].includes(s.rel[k] ?? ''))) {
    const hung = s
      .kids(v, 'obl')
      .filter((o) => o > v && o < semicolon && !AFTERMATH.test(s.lemma(o)))
      .flatMap((o) => s.subtree(o))
      .find(
        // (The tagger may call "that" a determiner, which the parser hangs on the clause as a
        // "dep": "told analysts on a conference call that the company had seen …".)
        (c) =>
          s.rel[c] === 'ccomp' &&
          s
            .kids(c, 'mark', 'dep')
            .some((m) => /^that$/i.test(s.word(m)) && (s.rel[m] === 'mark' || m === s.head[c] + 1)) &&
          /^NN/.test(s.tok(s.head[c])?.pos ?? '') &&
          !AFTERMATH.test(s.lemma(s.head[c])) &&
          !SPEECH_NOUNS.has(s.lemma(s.head[c])) &&
          !CLAUSE_NOUNS.test(s.lemma(s.head[c])),
      );
    if (hung !== undefined) kids.push(hung);
  }
  // "said on Tuesday that …": a bare object noun is only content when nothing clausal follows.
  const clausal = kids.filter((k) => s.rel[k] !== 'obj' || s.tok(k).pos.startsWith('VB') || s.kid(k, 'mark', 'nsubj'));
  // "said the attackers, armed with sophisticated weapons, exchanged fire with …": the parser
  // made the clause's subject the object of "said" and its verb, after a comma, a conjunct of
  // it.
  let brokenClause: number | undefined;
  if (lemma === 'say' && !clausal.length) {
    const o = kids.find((k) => s.rel[k] === 'obj' && /^NNS?$/.test(s.tok(k).pos));
    const verb =
      o === undefined
        ? undefined
        : s.kids(v, 'conj').find(
            (c) =>
              c > o &&
              c < semicolon &&
              /^VB[DZ]$/.test(s.tok(c).pos) &&
              s.word(c - 1) === ',' &&
              s.kid(c, 'nsubj', 'nsubj:pass', 'cc') === undefined &&
              !anotherCue(s)(c) &&
              // (With an aside set off between: not "said a prayer for the victims, laid a
              // wreath …", acts in a row.)
              s.tokens.some(
                (_, x) =>
                  x + 1 > o && x + 1 < c && s.word(x) === ',' && /^VB[NG]$/.test(s.tok(x + 1).pos) && x + 1 !== c,
              ),
          );
    if (verb !== undefined) {
      clausal.push(o!, verb);
      brokenClause = verb;
    }
  }
  // "said Putin has been a leader": the parser makes the clause's subject the verb's object
  // and the rest a complement; a name right before the clause belongs to it (and so does one
  // set off by commas: "said the exercises, involving the army, …, were “a stern warning”").
  const first = clausal.length ? Math.min(...clausal.flatMap((k) => s.subtree(k))) : 0;
  const justBefore = (k: number) => {
    let end = first - 1;
    while (end > k && s.word(end) === ',' && s.head[end] === v) end--;
    return Math.max(...s.subtree(k)) === end;
  };
  // (After the one told, too: "told reporters the strike was “a lethal strike”".)
  const subjectAsObject = kids.find(
    (k) =>
      !clausal.includes(k) &&
      s.rel[k] === 'obj' &&
      (!ADDRESSEE_VERBS.has(lemma) || (addressee !== undefined && k > addressee)) &&
      justBefore(k),
  );
  const lastClause = clausal.length ? Math.min(...s.subtree(clausal[clausal.length - 1])) : 0;
  if (subjectAsObject !== undefined) clausal.push(subjectAsObject);
  // (A clause of its own, with a subject or "that"/"whether": not a participle after a comma,
  // "assume the presidency, topping Ronald Reagan", nor "is assured to be …".)
  const finite = (k: number) =>
    s.kid(k, 'nsubj', 'nsubj:pass') !== undefined ||
    s.kids(k, 'mark').some((m) => /^(that|whether|if)$/i.test(s.word(m)));
  // (Nor a clause that is another cue's, left out below: "assures his audience he will tell
  // the “bigots” … to “shut up”" reports nothing once "tell" is its own statement.)
  if (clauseOnly && !clausal.some((k) => finite(k) && !anotherCue(s)(k))) return undefined;
  // (Nor an infinitive with no subject of its own: "a training session on how to remind people
  // where …".)
  if (clauseOnly && s.kid(v, 'mark') !== undefined && s.kid(v, 'nsubj') === undefined) return undefined;
  const use = clausal.length ? clausal : kids;
  if (!use.length) return undefined;
  const ids = use.filter((k) => !anotherCue(s)(k)).flatMap((k) => s.subtree(k, anotherCue(s)));
  // What evidence shows or finds something as goes on after the object.
  // (Evidence, not someone showing something ("Neither Trump nor his opponents showed much of an
  // appetite for blood in their final debate"), nor a relative clause ("The polls that show
  // Johnson at 10 percent have …").)
  const evidence =
    s.rel[v] !== 'acl:relcl' &&
    (subj === undefined ||
      (s.tok(subj).ner !== 'PERSON' && !/^(PRP|WDT|WP)$/.test(s.tok(subj).pos) && !forPeople(s.word(subj))));
  const shown =
    use === kids && evidence && EVIDENCE_SHOWN.test(lemma) ? kids.find((k) => s.rel[k] === 'obj') : undefined;
  if (shown !== undefined)
    for (const c of s.children[v])
      if (
        c > shown &&
        c < semicolon &&
        /^(obl|advmod)$/.test(s.rel[c] ?? '') &&
        !tail(c) &&
        // (Not the source of it all: "Officers found a gun …, according to the commissioner".)
        !/^according$/i.test(s.word(Math.min(...s.subtree(c))))
      )
        ids.push(...s.subtree(c, anotherCue(s)));
  if (!ids.length) return undefined;

  // The clause a subject taken from the object is the subject of is what was said: the content
  // ends no sooner than its first word.
  if (brokenClause !== undefined) return [...range(s, ids), brokenClause];
  return subjectAsObject === undefined ? range(s, ids) : [...range(s, ids), lastClause];
}

/** "…, a source said." — the clause before the speaker is what was said. */
function relayContent(s: SentenceView, v: number, subj: number): [number, number] | undefined {
  // (Never an infinitive: "… and that he had asked his envoy to warn Qatar" relays nothing
  // before it.)
  // (The "to" right before it: the parser may hang a "to" from inside a quotation on a closing
  // "said". A relay due or expected to be made is one: "…, Reeves was due to say in a speech".)
  const infinitive =
    s.tok(v).pos === 'VB' &&
    s.kids(v, 'mark').some((m) => /^to$/i.test(s.word(m)) && m >= v - 2) &&
    !/^(due|expect|set|schedule|likely|go|about|poise|slate|plan)$/i.test(s.lemma(s.head[v]));
  // (Nor a verb that reports a clause after it, which another cue took: "she told him she would
  // oppose the cuts" relays nothing before it.)
  const told = s.kids(v, 'obj', 'iobj').find((o) => o > v);
  const reportsAfter =
    told !== undefined &&
    s.children[v].some(
      (c) =>
        c > told &&
        Math.min(...s.subtree(c)) === Math.max(...s.subtree(told)) + 1 &&
        /^(ccomp|parataxis)$/.test(s.rel[c] ?? '') &&
        s.kid(c, 'nsubj', 'nsubj:pass') !== undefined,
    );
  if (infinitive || reportsAfter) return undefined;
  // "Having said that, her aides said she would campaign …": the parser hung the cue and its
  // subject on the clause after them, which is what was said.
  const host = s.head[v];
  if (s.rel[v] === 'parataxis' && host > v && subj < v) {
    const ids = s.subtree(host, (c) => c === v).filter((k) => k > v && s.rel[k] !== 'punct');
    // (Only where the clause follows the cue at once: "The golf industry, she said, is …" is
    // a parenthetical relay, read below.)
    if (ids.length && Math.min(...ids) === v + 1) return [v + 1, Math.max(...ids)];
  }
  // "She thanked López Obrador, who congratulated her in a video posted on social media": a
  // verb inside a relative clause, whose speaker is the noun the clause hangs on, relays
  // nothing of the sentence around it. (A relay whose speaker the parser hangs inside such a
  // clause is one: "“… in the camps that were cleared,” Katz said".)
  for (let c = v; c; c = s.head[c])
    if (/^acl/.test(s.rel[c] ?? '')) {
      if (!s.subtree(c).includes(subj)) return undefined;
      break;
    }
  const subjStart = Math.min(...s.subtree(subj));
  const lastWord = lastWordOf(s);
  // "her low approval ratings (at one point as low as 19 percent, Gutin says) hurt …": a relay
  // inside brackets relays what the brackets hold before it.
  let open = 0;
  for (let k = subjStart - 1; k >= 1 && !open; k--) {
    if (/^(\)|-RRB-)$/.test(s.word(k))) break;
    if (/^(\(|-LRB-)$/.test(s.word(k))) open = k;
  }
  if (open && /^(\)|-RRB-)$/.test(s.word(v + 1)) && s.word(subjStart - 1) === ',' && subjStart - 2 > open)
    return [open + 1, subjStart - 2];
  const tail = s.subtree(
    v,
    (c) =>
      c !== subj && !['advmod', 'aux', 'obl', 'nmod', 'punct', 'obj', 'iobj'].includes(s.rel[c] ?? '') && c < subjStart,
  );
  if (Math.max(...tail) < lastWord - 3) {
    // "But to prevent problems, he said, local officials should be vigilant": the sentence
    // around a parenthetical relay is the content.
    const from = Math.min(subjStart, v);
    const to = Math.max(...tail.filter((k) => s.rel[k] !== 'punct'));
    const commaBefore = from > 1 && s.word(from - 1) === ',';
    const commaAfter = s.word(to + 1) === ',';
    // (Not a relay a participle of saying follows to the end: "…, the interior ministry said,
    // adding that rescue work was continuing." relays the clause before it only; "Russia is
    // playing interference, they say, imposing new import restrictions …" relays it all.)
    const after = trailingParticiple(s, v)[1];
    if (commaBefore && after !== undefined && SPEECH_VERBS.has(s.lemma(after)) && from > 2) return [1, from - 2];
    // ("…, political analysts say; in 2012, Romney stumbled …": a relay closing the first half
    // of a sentence a semicolon divides relays that half.)
    if (!(commaBefore && s.word(to + 1) === ';'))
      return commaBefore && commaAfter && from > 2 ? [1, lastWord] : undefined;
  }
  let end = (strandedModifier(s, Math.min(subjStart, v)) ?? Math.min(subjStart, v)) - 1;
  while (end > 1 && /^[,—–:-]$/.test(s.word(end))) end--;
  if (end < 2) return undefined;
  // (From the last semicolon before it: "The finalists were Paris, France; Rome, Italy,
  // organizers say; and Madrid" relays the list's end, not its start.)
  let start = 1;
  for (let k = end; k > 1; k--)
    if (s.word(k) === ';') {
      start = k + 1;
      break;
    }
  return end > start ? [start, end] : undefined;
}

/** Verbs of how often, whether or when something happens, which report no one's view. */
const ASPECT_VERBS = new Set(['tend', 'happen', 'begin', 'start', 'cease', 'stop', 'resume']);

/**
 * Statements with a verb as cue ("said that …", "accused X of …", "…, a source said"). The
 * end of what a verb reports after it is the content model's choice where one is trained
 * (`endModel`; null: the dependency rule's end, as `scripts/train-content.ts` needs).
 */
export function verbCues(s: SentenceView, endModel: ContentModel | null = contentModel()): Draft[] {
  const out: Draft[] = [];
  const model = cueModel();
  for (let v = 1; v <= s.tokens.length; v++) {
    const t = s.tok(v);
    const lemma = s.lemma(v);
    // "Hope Hicks": the first name of a person, read by the tagger as a verb, is no cue (a verb
    // inside a title-case headline's run of names still is: "Chris Christie Calls Hillary …").
    if (!t.pos.startsWith('VB')) continue;
    if (t.ner === 'PERSON' && s.tok(v - 1)?.ner !== 'PERSON' && s.tok(v + 1)?.ner === 'PERSON') continue;
    // "Tell MAMA, a group that …, said …": a capitalised verb opening the sentence in the
    // imperative before a capitalised word is the first word of a name, not an order.
    if (
      v === 1 &&
      t.pos === 'VB' &&
      /^\p{Lu}/u.test(s.word(v + 1) ?? '') &&
      !/^(I|I'm)$/.test(s.word(v + 1) ?? '') &&
      s.kid(v, 'nsubj', 'aux', 'mark') === undefined
    )
      continue;
    // A verb outside the lexicon is a cue only where it reports a proposition ("encouraged
    // farmers to join …"; "unveiled a new logo" reports no one's words), PolNeAR train counts
    // for the verb itself (a frame alone does not: "Parnevik shot a 62 to take the lead") and
    // the model trained there is confident it is one.
    const regarded = seenAs(s, v);
    const learned = !(SPEECH_VERBS.has(lemma) || lemma === 'rule' || PREPOSITION_CUES.has(lemma) || regarded);
    // ("A federal judge … blocked …, ruling that the president had exceeded his authority": what
    // a court rules is its statement, where a "that" clause says what; not "ruled out", "ruled
    // on the appeal".)
    if (lemma === 'rule' && !s.kids(v, 'ccomp').some((c) => c > v && /^that$/i.test(s.word(Math.min(...s.subtree(c))))))
      continue;
    let p = 0;
    // (Nor where what is done is a number: "shot a 62 to take the lead", "won 6-3 to reach the
    // final" are scores; the infinitive is what they were for.)
    const scored = s.kids(v, 'obj').some((o) => s.tok(o).pos === 'CD');
    if (learned) {
      // (Nor a verb of how often or whether something happens: "Shallow earthquakes tend to
      // cause more damage", "began to fall"; where PolNeAR marks "tend to favor", the cue is
      // the verb after it.)
      if (ASPECT_VERBS.has(lemma)) continue;
      if (!model || !asksModel(s, v) || !lemmaCounts(model, lemma) || scored) continue;
      p = cueProbability(model, cueFeatures(s, v));
      if (p < model.threshold) continue;
    }
    if (INFINITIVE_ONLY_CUES.has(lemma) && !s.kids(v, 'xcomp').some((x) => x > v && s.kid(x, 'mark') !== undefined))
      continue;
    // "That said, Cruz cannot …", "Having said that, …", "Needless to say, …": a discourse
    // phrase opening the sentence, no one saying anything.
    if (lemma === 'say') {
      const comma = s.tokens.findIndex((x) => x.word === ',') + 1;
      if (comma > v && DISCOURSE_SAYING.test(s.text(1, comma - 1).toLowerCase())) continue;
    }
    // "the bill would add $3.3 trillion to the debt", "Google maintained a monopoly": adding
    // something to something, keeping something, is no saying.
    const addedTo = (o: number) => s.kids(o, 'case').some((c) => s.word(c).toLowerCase() === 'to');
    const added = s.kid(v, 'obj');
    // ("Stir the sauce for ten minutes, add salt and pepper": an instruction, no one adding a word.)
    if (
      lemma === 'add' &&
      t.pos === 'VB' &&
      s.kid(v, 'nsubj', 'aux', 'mark') === undefined &&
      /^(ROOT|conj|parataxis|dep)$/.test(s.rel[v] ?? 'ROOT') &&
      s.kid(v, 'ccomp') === undefined
    )
      continue;
    if (lemma === 'add' && added !== undefined && [...s.kids(v, 'obl'), ...s.kids(added, 'nmod')].some(addedTo))
      continue;
    if (lemma === 'maintain' && s.kid(v, 'ccomp') === undefined) continue;
    // "Vantec is recalling about 1.2 million power banks", "Ford recalls trucks": a product
    // recall, of goods, remembers nothing ("recalled three meetings" does).
    if (
      lemma === 'recall' &&
      s.kid(v, 'ccomp') === undefined &&
      s.kids(v, 'obj').some(
        (o) =>
          RECALLED_GOODS.test(s.lemma(o)) ||
          (/^banks?$/i.test(s.word(o)) && s.kids(o, 'compound').some((c) => /^power$/i.test(s.word(c)))) ||
          // (Or a count of anything a company recalls: "Toyota recalled 1.2 million Priuses".)
          (s.kid(o, 'nummod') !== undefined &&
            s
              .kids(v, 'nsubj')
              .some(
                (k) =>
                  s.tok(k).ner === 'ORGANIZATION' ||
                  /^(company|automaker|carmaker|maker|firm|manufacturer|retailer)$/i.test(s.word(k)),
              )),
      )
    )
      continue;
    // "Rust Belt states that have lost jobs …": the noun, read as the verb; the verb "states"
    // reports a clause with a subject of its own ("The rule states that courts should …", "The
    // indictment states Smith lied"), not a relative pronoun.
    // (Nor after a word that only a noun follows: "the states Indiana, Michigan … all supported",
    // "which states he could win", "50 states", "swing states".)
    if (
      lemma === 'state' &&
      /^VB[ZP]$/.test(t.pos) &&
      (/^(DT|WDT|CD|JJ|PRP\$)$/.test(s.tok(v - 1)?.pos ?? '') ||
        !s.kids(v, 'ccomp').some((c) => {
          const subject = s.kid(c, 'nsubj', 'nsubj:pass');
          return subject !== undefined && !/^(that|which|who)$/i.test(s.word(subject));
        }))
    )
      continue;
    if (lemma === 'find' && !aFinding(s, v)) continue;
    // "Mr. Cruz seemed to mock his vague tough talk": seeming to say or to take a stance is the
    // saying's own statement, hedged; the verb after it is the cue.
    // (Not seeming to know, agree or understand: a state of mind is the writer's impression.)
    // (Seeming to imply, indicate or show something is saying it: "She appeared to imply that
    // …", "her communications seem to show that …".)
    const sayingAfter = (x: number) => {
      const l = s.lemma(x).toLowerCase();
      return isCueVerb(s)(x) && (!ATTITUDE_VERBS.has(l) || SAYING_ATTITUDES.has(l)) && l !== 'agree';
    };
    if (seeming(s, v) && s.kids(v, 'xcomp').some(sayingAfter)) continue;
    // "will not report for duty": reporting somewhere, not reporting something.
    if (
      lemma === 'report' &&
      s.kid(v, 'ccomp', 'obj') === undefined &&
      s.kids(v, 'obl').some((o) => s.kids(o, 'case').some((c) => /^(for|to)$/i.test(s.word(c))))
    )
      continue;
    // "Nvidia forecast fails to impress investors": a noun the tagger read as the cue, before
    // the sentence's own verb, which has no subject (a clause said would have one).
    if (
      s.kids(v, 'obj', 'ccomp').includes(v + 1) &&
      /^VB[ZPD]$/.test(s.tok(v + 1).pos) &&
      s.kid(v + 1, 'nsubj', 'nsubj:pass', 'mark') === undefined
    )
      continue;
    // "hours after a weak jobs report in August": "a" before a plural subject right before the
    // verb makes the verb the noun that phrase ends in.
    const plural = s.kid(v, 'nsubj');
    if (
      plural === v - 1 &&
      /^NNP?S$/.test(s.tok(plural).pos) &&
      s.kids(plural, 'det').some(
        (d) =>
          /^an?$/i.test(s.word(d)) &&
          s.tokens.slice(d, plural - 1).every((t) => /^(JJ|NN|VBG)/.test(t.pos)) &&
          // (Not "A few analysts said", "a handful of lawmakers".)
          !s.tokens
            .slice(d, plural - 1)
            .some((t) => /^(few|couple|dozen|handful|number|lot|host|series)$/i.test(t.word)),
      )
    )
      continue;
    // "20 believed to be alive": a participle modifying a noun reports no one's words (the
    // tagger sometimes calls it a past tense, VBD).
    // (But "Steele, who was lieutenant governor …, said Perez could help …": a verb of saying
    // in the past after a comma, with a clause of its own, that the parser hung on the relative
    // clause before it, says that clause.)
    const hungSaying =
      t.pos === 'VBD' &&
      SAY_VERBS.has(lemma) &&
      s.word(v - 1) === ',' &&
      s.kid(v, 'nsubj', 'nsubj:pass') === undefined &&
      s.kids(v, 'ccomp').some((c) => c > v && s.kid(c, 'nsubj', 'nsubj:pass') !== undefined);
    // (Nor "…, the World Health Organization said on Tuesday, citing local sources.", where the
    // parser hung the closing "said" on the noun before the speaker's comma.)
    if (
      /^VB[ND]$/.test(t.pos) &&
      (s.rel[v] === 'acl' || s.rel[v] === 'amod') &&
      !s.kid(v, 'nsubj', 'aux') &&
      !hungSaying &&
      !(t.pos === 'VBD' && SAY_VERBS.has(lemma) && apposRelay(s, v) !== undefined) &&
      // (Nor ", said Moldovans had defended …", made a modifier of the subject after it.)
      !(
        t.pos === 'VBD' &&
        SAY_VERBS.has(lemma) &&
        s.rel[v] === 'amod' &&
        s.word(v - 1) === ',' &&
        hungOnContent(s, v) !== undefined
      )
    )
      continue;
    // ("said in a video posted to X": the medium's participle, which the parser may hang loose
    // on the cue as a verb of its own.)
    // (Hung on the cue or on the medium it names; "In video posted on social media of the
    // scene, the young woman appears to …" still reports what the video shows.)
    if (mediumParticiple(s, v) && [s.head[v], s.head[s.head[v] ?? 0]].some((h) => !!h && SPEECH_VERBS.has(s.lemma(h))))
      continue;
    // "too early to tell whether …", "a right to know …", "a meeting to discuss the talks":
    // a verb of knowing, showing or discussing as an infinitive with no subject of its own
    // reports nobody's words.
    if (UNSAID.has(lemma) && s.kid(v, 'mark') !== undefined && !s.kid(v, 'nsubj')) continue;
    // "there were grounds to believe that …", "no reason to think …": the parser made the noun
    // the infinitive's subject; a reason to believe is nobody's belief.
    const reasonFor = s.kid(v, 'nsubj');
    if (
      reasonFor === v - 2 &&
      /^to$/i.test(s.word(v - 1)) &&
      /^(ground|reason|evidence|cause|need|basis|indication|sign)s?$/i.test(s.word(reasonFor))
    )
      continue;
    // "it was too early to talk about a meeting", "hard to say": an infinitive after an
    // adjective of time or difficulty, or one whose subject is "it", says what is early or hard,
    // not what anyone said ("The minister was quick to say that …" still is a statement).
    const host = s.head[v] ?? 0;
    const adjectiveHost =
      s.tok(host)?.pos.startsWith('JJ') &&
      (UNSAYING_ADJECTIVES.test(s.lemma(host)) || /^it$/i.test(s.word(s.kid(host, 'nsubj') ?? 0)));
    if (adjectiveHost && s.kid(v, 'mark') !== undefined && !s.kid(v, 'nsubj') && s.rel[v] === 'xcomp') continue;
    // "had called Sheinbaum to recognise her victory": a telephone call, not a call on someone
    // to do something ("called on Republicans to …").
    if (
      lemma === 'call' &&
      s.kid(v, 'obj') !== undefined &&
      s.kids(v, 'xcomp').some((x) => s.kids(x, 'mark').some((m) => s.word(m).toLowerCase() === 'to')) &&
      !s
        .kids(v, 'compound:prt', 'obl')
        .some(
          (k) =>
            /^(on|for|upon)$/i.test(s.word(k)) || s.kids(k, 'case').some((c) => /^(on|for|upon)$/i.test(s.word(c))),
        )
    )
      continue;
    // "The Senate confirmed Pete Hegseth as secretary of defense": a person confirmed in a post
    // (an appointment), not a fact confirmed.
    if (lemma === 'confirm' && s.kid(v, 'ccomp') === undefined && confirmedInPost(s, v)) continue;
    // "475 pledged delegates will be at stake": delegates bound to a candidate, not a pledge.
    if (/^pledged$/i.test(s.word(v)) && /^(super)?delegates?$/i.test(s.word(v + 1) ?? '')) continue;
    // "And, you know, I don't think …", "I mean, …": a filler, not a cue.
    if (
      /^(know|mean|see)$/.test(lemma) &&
      /^(you|i)$/i.test(s.word(s.kid(v, 'nsubj') ?? 0)) &&
      !s.kid(v, 'ccomp', 'obj', 'xcomp')
    )
      continue;
    const inverted = SAY_VERBS.has(lemma)
      ? (trailingRelay(s, v) ?? quotedSubject(s, v) ?? apposRelay(s, v) ?? nameBeforeRelay(s, v))
      : undefined;
    // "…, saying his rival would bring war": the parser read "saying" as the mark of the clause
    // it reports; that clause is the content, and the verb the clause hangs on has the speaker.
    // (Verbs of saying only: not "…, assuming shareholders approve", "…, suggesting investors
    // fear a recession".)
    const asMark =
      s.rel[v] === 'mark' && t.pos === 'VBG' && MARK_CUES.has(lemma) && s.word(v - 1) === ',' && (s.head[v] ?? 0) > v;
    const clauseHead = SAY_VERBS.has(lemma) ? hungOnContent(s, v) : undefined;
    const answer = SAY_VERBS.has(lemma) ? yesOrNo(s, v) : undefined;
    const vouched = asNoted(s, v);
    const passive = passiveStance(s, v);
    // "The plan, said to cost $2 million, was approved": hearsay no one is named for, which the
    // parser made the plan's saying.
    if (
      lemma === 'say' &&
      s.word(v - 1) === ',' &&
      /^to$/i.test(s.word(v + 1)) &&
      (s.tok(v + 2)?.pos === 'VB' || /^(be|have|cost|include|number|total|contain|involve)$/i.test(s.word(v + 2)))
    )
      continue;
    const midName = SAY_VERBS.has(lemma) && !ADDRESSEE_VERBS.has(lemma) ? namedBetweenCommas(s, v) : undefined;
    const asker = passiveAsker(s, v);
    if (comparedWith(s, v)) continue;
    // "A group of hackers calling itself Scattered Lapsus$ Hunters", "who call themselves “Gen
    // Z”": a name someone goes by, not something said. (A description is a view of oneself,
    // as PolNeAR marks it: "called themselves very conservative", "calling himself a Democrat".)
    if (
      /^(call|dub|style|name|brand)$/.test(lemma) &&
      /^(itself|themselves|himself|herself)$/i.test(s.word(v + 1)) &&
      s.kids(v, 'obj', 'iobj').includes(v + 1) &&
      // (With "the" before a name: "called themselves the High Military Command for the
      // Restoration of Order"; not "the party of workers".)
      /^\p{Lu}/u.test(
        s.word(
          isOpenQuote(s.word(v + 2)) || (/^the$/.test(s.word(v + 2)) && s.tok(v + 3)?.pos === 'NNP') ? v + 3 : v + 2,
        ) ?? '',
      ) &&
      // (A possessive opens a description: "calling itself Europe's leading investment bank".)
      !s.tokens.slice(v + 1, v + 4).some((t) => t.pos === 'POS')
    )
      continue;
    // "Cameroon's Biya, 92, declared winner of eighth term": a headline's passive without its
    // auxiliary, which the tagger read as a past tense with a bare post as its object; no one
    // spoke. (Not "declared victory", "declared a state of emergency".)
    if (measureDeclared(s, v)) continue;
    // (Nor, anywhere, the passive with its auxiliary: "Samia Suluhu Hassan was declared the
    // winner of last week's election".)
    // (In the passive the statement stays, as PolNeAR marks it, with no one named as its
    // speaker: the one declared winner did not speak.)
    const passiveCue = s.kid(v, 'aux:pass') !== undefined;
    const declaredPost =
      (s.index === 0 || passiveCue) &&
      /^(declare|name|proclaim|confirm|crown)$/.test(lemma) &&
      s
        .kids(v, 'obj', 'xcomp')
        .some(
          (o) =>
            (o === v + 1 || (passiveCue && o === v + 2 && /^(the|a)$/i.test(s.word(v + 1)))) &&
            /^(winner|victor|champion|president|leader|chairman|chair|candidate|nominee|successor|head|chief)$/i.test(
              s.word(o),
            ) &&
            (passiveCue || !s.kids(o, 'det', 'nmod:poss').length),
        );
    if (declaredPost && !passiveCue) continue;
    // "ask the judge to dismiss the case as a vindictive prosecution": throwing out a case is a
    // court's act, not a view ("dismissed the claims as baseless" is one).
    if (
      lemma === 'dismiss' &&
      s
        .kids(v, 'obj', 'nsubj:pass')
        .some((o) => /^(case|lawsuit|suit|indictment|appeal|petition|motion|complaint)s?$/i.test(s.word(o))) &&
      // (Not where it is dismissed as something: "Trump dismissed the lawsuit as a witch hunt".)
      !s.subtree(v).some((k) => k > v && /^as$/i.test(s.word(k)))
    )
      continue;
    const own =
      passive?.speaker ??
      asker ??
      inverted?.speaker ??
      (clauseHead === undefined ? undefined : hungSpeaker(s, v, clauseHead)) ??
      subjectOf(s, v) ??
      ledBy(s, v) ??
      releasedThenFound(s, v);
    const found =
      midName ??
      rootBeforeWhich(s, v) ??
      rootBeforeTime(s, v) ??
      inverted?.speaker ??
      relayedParticiple(s, v) ??
      (asMark ? markSpeaker(s, v) : undefined) ??
      reporterOf(s, v, own) ??
      coordinatedReporter(s, v) ??
      joinedPastNounClause(s, v) ??
      participleOfClause(s, v, own) ??
      (hungSaying ? relativeHost(s, v) : undefined) ??
      nameBeforeWho(s, v) ??
      own ??
      invertedSubject(s, v) ??
      whoAsObject(s, v) ??
      longSubject(s, v) ??
      (SAY_VERBS.has(lemma) ? nameRightAfter(s, v) : undefined);
    const aside = found === undefined ? undefined : parentheticalSpeaker(s, found, v);
    // "The United States is expected to withdraw", "he is believed to have …": the passive of
    // a verb of thinking or saying before an infinitive reports no one named; its subject is
    // what the expectation is about, not who holds it.
    // (Its subject may be shared with a verb it is joined to: "A second man … was wounded in the
    // arm and is expected to survive".)
    const hedge =
      s.kid(v, 'aux:pass') !== undefined &&
      (s.kid(v, 'nsubj:pass') !== undefined || s.rel[v] === 'conj') &&
      s.kids(v, 'xcomp').some((x) => s.kid(x, 'mark') !== undefined) &&
      !s.kids(v, 'obl').some((o) => s.kids(o, 'case').some((c) => s.word(c).toLowerCase() === 'by'));
    // "The WHO last declared …", with "WHO" read as "who": a subject that is a verb or an
    // adverb is the parser's mistake; the statement is kept without a speaker.
    const misparsed = (k: number | undefined) => k !== undefined && /^(VB|RB)/.test(s.tok(k).pos);
    // "JOHANNESBURG, May 20 (Reuters) - South Africa's Constitutional Court ruled …", the
    // parser making the dateline the subject: the speaker is the name set beside it after the dash.
    const filedAt = s.datelineEnd();
    // (Set beside it as an apposition, or as a loose "dep": "CLEVELAND - Former Attorney General
    // Michael Mukasey told …"; or hung anywhere under it, the name a modifier of the date.)
    const beyond = (k: number | undefined) => (k === undefined ? k : s.pastDateline(k, v));
    // "Asked on Fox News who leads the party, Trump said …", "When asked if …": the one a bare
    // participle of asking or telling shares its subject with is the one asked; who asked is
    // not told.
    // (It opens its clause, alone or after "when"/"if": not "has met the families and assured
    // them that …", a verb joined to another.)
    // (The tagger may call it a past tense after "when" or "if": "… when asked what …".)
    const askedOf =
      ADDRESSEE_VERBS.has(lemma) &&
      (t.pos === 'VBN' || (t.pos === 'VBD' && /^(when|if)$/i.test(s.word(v - 1) ?? ''))) &&
      s.rel[v] !== 'conj' &&
      s.kid(v, 'aux', 'aux:pass', 'nsubj', 'nsubj:pass') === undefined &&
      (v === 1 || /^[,;:—–-]$/.test(s.word(v - 1)) || /^(when|if|once|after|before|as)$/i.test(s.word(v - 1)));
    // ("what is often described as the state's second-biggest job": regarded in the passive,
    // by whoever the "by" phrase names, else by no one named.)
    // ("After saying he was nervous to ask a question, the student …": a gerund the parser hung
    // on what it reports, with no verb before it to give it a subject, names no one; the
    // parser has buried the one who spoke.)
    const gerundAlone =
      clauseHead !== undefined &&
      s.rel[v] === 'obl' &&
      !s.tokens.slice(0, Math.max(0, v - 2)).some((x) => /^VB[DZPN]?$/.test(x.pos));
    const regardedBy = regarded && s.kid(v, 'aux:pass') !== undefined ? byPhrase(s, v) : undefined;
    // ("The mayor was asked whether the plan would survive", "Residents were warned to stay
    // home": the one asked, told or warned, in the passive with no one named after "by", is not
    // who asked.)
    const askedPassively =
      ADDRESSEE_VERBS.has(lemma) &&
      s.kid(v, 'aux:pass') !== undefined &&
      s.kid(v, 'nsubj:pass') !== undefined &&
      asker === undefined;
    const subj = headlineVerbAsNoun(
      s,
      hedge || askedOf || askedPassively || gerundAlone || declaredPost || misparsed(aside ?? found)
        ? undefined
        : regarded && s.kid(v, 'aux:pass') !== undefined
          ? regardedBy
          : beyond(aside ?? found),
    );
    // "As improbable as it may seem, Mr. Clarke said the deal had played to his advantage": with
    // clauses on both sides of the cue, what was said is the one after it, unless the one
    // before is a quotation ("“…,” he told reporters, “…”").
    // ("asked Trump if he would …": the parser's "if" clause of condition is the question.)
    const ccomps = [...s.kids(v, 'ccomp', 'advcl', 'dep'), ...postedThat(s, v)]
      .filter(
        (c) =>
          c !== subj && (s.rel[c] === 'ccomp' || (c > v && (questionAsked(s, c, lemma) || whQuestion(s, c, lemma)))),
      )
      .filter((c) => !afterThing(s, v, c));
    const before = ccomps.find((c) => c < v);
    const first = before === undefined ? 0 : Math.min(...s.subtree(before));
    const quoted = before !== undefined && (isOpenQuote(s.word(first)) || isOpenQuote(s.word(first - 1)));
    const ccomp = (!quoted && ccomps.find((c) => c > v)) || ccomps[0];
    // [first word, last word, and the first word the content model may end it at]
    let content: [number, number, number?] | undefined;
    let confidence = 0.8;
    if (aside !== undefined) {
      content = [1, lastWordOf(s)];
      confidence = 0.6;
    } else if (midName !== undefined) {
      // (What was said is the sentence on both sides of ", said Doyle and others,".)
      content = [1, lastWordOf(s)];
      confidence = 0.7;
    } else if (inverted) {
      content = inverted.content;
      confidence = 0.8;
    } else if (clauseHead !== undefined && s.rel[v] === 'nsubj' && s.kid(v, 'obj') !== undefined) {
      // (", saying the takeover was …": the participle's object opens the clause it reports,
      // which is read below, as for any verb hung on what it reports; not its object alone.)
    } else if (vouched) {
      content = vouched;
      confidence = 0.7;
    } else if (passive) {
      content = passive.content;
      confidence = 0.6;
    } else if (ccomp && ccomp < v) {
      // “…,” Netanyahu said.
      content = withQuotes(s, ...range(s, s.subtree(ccomp, anotherCue(s))));
      confidence = 0.85;
      // ("Rhimes declared the need for strong will: “Change the world …,” she said": what the
      // writer says before a colon that opens the quotation is not what was said.)
      // (Not a colon inside the quotation: "“The message is simple: ‘Get out,’” Smith said.")
      if (content && isCloseQuote(s.word(content[1])) && !isOpenQuote(s.word(content[0]))) {
        const colon =
          s.tokens.findIndex(
            (t, k) => k + 1 > content![0] && k + 2 < content![1] && t.word === ':' && isOpenQuote(s.word(k + 2)),
          ) + 1;
        if (colon > 0) content = [colon + 1, content[1]];
      }
    } else if (SAY_VERBS.has(lemma) && s.rel[v] === 'csubj' && s.head[v] > v) {
      // "Trump said praise from Putin would not affect his policy": parsed as if "Trump said
      // praise" were the subject of "affect"; what follows the verb is what was said, after
      // whoever was told ("told reporters the talks were …").
      const told = s.kids(v, 'iobj').find((k) => s.subtree(k)[0] === v + 1);
      content = [told === undefined ? v + 1 : Math.max(...s.subtree(told)) + 1, lastWordOf(s)];
      confidence = 0.7;
    } else if (regarded) {
      content = regarded;
      confidence = 0.6;
    } else if (asMark) {
      // (Someone: "The index fell 2 percent, suggesting investors fear …" is no one's saying.)
      if (!namesSomeone(s, subj)) continue;
      // (Not into another cue: "…, thinking we're going to shut up," Quina Jones said.)
      const ids = s.subtree(s.head[v], (c) => c === v || anotherCue(s)(c)).filter((k) => k > v);
      let end = Math.max(...ids);
      const close = ids.find((k) => isCloseQuote(s.word(k)) && !ids.some((o) => o < k && isOpenQuote(s.word(o))));
      if (close !== undefined) end = close - 1;
      content = [Math.min(...ids), end];
      confidence = 0.6;
    } else if (answer !== undefined) {
      // ("said yes, yes, yes": the answer repeated.)
      let end = answer;
      while (s.word(end + 1) === ',' && s.word(end + 2)?.toLowerCase() === s.word(answer).toLowerCase()) end += 2;
      content = [answer, end];
      confidence = 0.7;
    } else if (
      (SAY_VERBS.has(lemma) || CLAUSE_SAY_VERBS.has(lemma)) &&
      (content = rightContent(s, v, subj, lemma, !SAY_VERBS.has(lemma)))
    ) {
      confidence = ccomp ? 0.85 : 0.7;
    } else {
      // Not an adjective ("All three appeared thin and pale"): how someone looked, not what
      // anyone said.
      const xcomp =
        XCOMP_CUES.has(lemma) || learned
          ? s
              .kids(v, 'xcomp')
              .find(
                (x) =>
                  !(
                    s.tok(x).pos.startsWith('JJ') &&
                    s.kid(v, 'obj') === undefined &&
                    s.kid(x, 'nsubj', 'ccomp', 'xcomp', 'obj', 'dep') === undefined
                  ),
              )
          : undefined;
      // ("which Mr. Trump called “a disgrace”": the object after the cue, not the relative
      // pronoun before it.)
      // ("calls Horgos “a mistake”", "called the former president less an asset than …": the
      // parser's indirect object, with what it is called hung on it, is the one called so.)
      const calledSo =
        NAMING_VERBS.has(lemma) && s.kid(v, 'obj') === undefined
          ? s
              .kids(v, 'iobj')
              .find((o) => o > v && !/self$|selves$/i.test(s.word(o)) && s.kids(o, 'dep').some((d) => d > o))
          : undefined;
      const objAfter = s.kids(v, 'obj').find((o) => o > v) ?? s.kid(v, 'obj') ?? calledSo;
      const obj =
        (OBJECT_CUES.has(lemma) || TARGET_CUES.has(lemma) || learned) && !commentAfterRelay(s, v, objAfter ?? 0)
          ? objAfter
          : undefined;
      const startAt = [xcomp, obj, ccomp].filter((x): x is number => x !== undefined && x > v);
      // "reminded voters that …": the addressee (ADDRESSEE_VERBS, as for "told reporters that")
      // is not what was said.
      const addressee = (c: number) => s.rel[c] === 'obj' && ADDRESSEE_VERBS.has(lemma) && ccomp !== undefined;
      if (startAt.length) {
        const right = s.children[v].filter(
          (c) =>
            c > v &&
            (!circumstance(s, c) || questionAsked(s, c, lemma)) &&
            !addressee(c) &&
            // Not a verb coordinated with the cue: "promised a veto and left the room", "described
            // the vote as a disgrace, but stopped short of …" — another predicate, not what was said.
            (['xcomp', 'obj', 'advcl', 'ccomp', 'dep'].includes(s.rel[c] ?? '') ||
              c === calledSo ||
              (obj !== undefined && c > obj && asComplement(s, c))) &&
            !anotherCue(s)(c),
        );
        const ids = right.flatMap((c) => s.subtree(c, anotherCue(s)));
        content = range(s, [...ids, ...startAt]);
        // "ordered the State Bank of India, the only lender …, to hand the names …": what the
        // one told is told to do is what was said; the content reaches it.
        // So does what the one accused is accused of ("accuses Duterte, 79, of crimes against
        // humanity").
        const told =
          obj === undefined
            ? undefined
            : right.find((c) => c > obj && (c === xcomp || (s.rel[c] === 'obl' && asComplement(s, c))));
        if (told !== undefined) content = [content[0], content[1], Math.min(...s.subtree(told))];
        // A learned cue is as sure as the model is, and never surer than a listed one.
        confidence = learned ? Math.min(0.6, Number(p.toFixed(2))) : 0.7;
      }
    }
    if (!content && clauseHead !== undefined) {
      content = range(
        s,
        s.subtree(clauseHead, anotherCue(s)).filter((k) => k > v),
      );
      // (Made a modifier, the verb opened a clause of time or contrast: what was said ends at
      // the first comma, semicolon or dash after it outside quotation marks, where the
      // sentence's own clause begins: "While only 7 percent said they are undecided, 27 percent
      // …"; so does a gerund's, "After saying he was nervous to ask a question, the man …".)
      if (content && (s.rel[v] === 'advcl' || s.rel[v] === 'obl')) {
        let open = false;
        for (let k = v + 1; k <= content[1]; k++) {
          const w = s.word(k);
          if (isOpenQuote(w) || isCloseQuote(w)) open = quoteOpenAfter(open, w);
          else if (!open && (/^[,;]$/.test(w) || s.tok(k).pos === ':') && k > content[0]) {
            content = [content[0], k - 1];
            break;
          }
        }
      }
      confidence = 0.6;
    }
    if (!content && (content = prepositionalContent(s, v, lemma))) confidence = 0.6;
    if (!content && subj && (RELAY_VERBS.has(lemma) || (s.rel[v] === 'parataxis' && SAY_VERBS.has(lemma)))) {
      // "X claimed progress, Anadolu reports." / "…, sources said."
      content = relayContent(s, v, subj);
      confidence = 0.6;
    }
    // "The moderator then asked, “With nukes?”", "Hale replied, “If I had to bet now, …”": a
    // quotation opened right after the verb and its comma or colon is what was said, however the
    // parser hung it (as a phrase, or the verb as an aside on a clause before it).
    // (Over a verb only where the content opened with a clause of time the parser took into
    // it, "After the host asked …, Hale replied, “…”": not a predicate set around the verb,
    // "No name change, he said, ''hides what it really is.''", which is what was said.)
    const quotedAfter = quotationAfter(s, v);
    // (Or by a participle, "Asked a direct question about this, Clinton said, “…”"; or over an
    // infinitive, "his eyes gleaming, as if to say, “Did you see me pull that off?”".)
    const openedByTime =
      !!content &&
      content[0] < v &&
      content[1] > v &&
      (/^(after|when|as|while|before|since|once|although|though|because|if)$/i.test(s.word(content[0])) ||
        (content[0] === 1 && /^VB[NG]$/.test(s.tok(1).pos)) ||
        s.tok(v).pos === 'VB');
    if (
      quotedAfter &&
      (!content || openedByTime) &&
      !(subj !== undefined && /^(who|that|which)$/i.test(s.word(subj)))
    ) {
      content = quotedAfter;
      confidence = 0.8;
    }
    if (!content) continue;
    if (medium(s, v, content[0])) continue;
    if (agreedOn(s, v, content[0], content[1])) continue;
    // ('"… very worrying," WHO Director-General Tedros … told reporters': what the parser hangs
    // on a quotation before the cue, after its closing mark, is the speaker's, not what was said.)
    if (isOpenQuote(s.word(content[0])) && content[1] < v) {
      let close = content[0] + 1;
      while (close < content[1] && !isCloseQuote(s.word(close))) close++;
      // (Only names: "“…” to drive up the stock price, she said" is mixed speech, all of it said.)
      // (Proper nouns only, none a verb: not a title-case headline, '"Forever Chemicals" Found In
      // Tap Water, Study Says'.)
      const rest = s.tokens.slice(close, content[1]);
      if (close < content[1] && rest.every((t) => /^(NNPS?|WP|HYPH)$/.test(t.pos) || /^[-–]$/.test(t.word)))
        content = [content[0], close, content[2]];
    }
    if (subj !== undefined && content[0] > v && setOff(s, subj, v, content[0])) content = [1, content[1]];
    // "Kim … said it showed the country's resolve …, state news agency KCNA reported on Friday":
    // what another's closing relay attributes ends where that relay begins.
    let ceiling = s.tokens.length;
    for (let c = v + 1; c <= s.tokens.length; c++) {
      const relayed = SAY_VERBS.has(s.lemma(c)) ? apposRelay(s, c) : undefined;
      const comma = relayed ? Math.min(...s.subtree(relayed.speaker)) - 1 : 0;
      if (content[0] < comma) ceiling = Math.min(ceiling, comma - 1);
    }
    // "NAIROBI, June 25 (Reuters) - Protesters stormed …, a doctors' group said": the dateline
    // is the writer's, not what was said.
    if (filedAt && v > filedAt && content[0] <= filedAt) content = [filedAt + 1, content[1], content[2]];
    // A headline with no full stop runs on into the next line's sentence for CoreNLP: what was
    // said stays on the cue's line.
    const [la, lb] = lineOf(s, v);
    let { a, b } = s.trim(Math.max(content[0], la), Math.min(content[1], lb));
    // ("Rhimes declared the need for strong will: “Change the world …,” she said", however the
    // parser hung the quotation: the writer's words before a colon that opens it are not what
    // was said.)
    // (Not where another speaker's verb comes before the colon and this speaker is someone else:
    // '… Trump said: "There will always be exceptions," the Times reported' is the Times's
    // report of Trump's saying.)
    if (b < v && isCloseQuote(s.word(b)) && !isOpenQuote(s.word(a))) {
      const colon = s.tokens.findIndex(
        (t, k) => k + 1 > a && k + 2 < b && t.word === ':' && isOpenQuote(s.word(k + 2)),
      );
      const sameSpeaker =
        subj === undefined ||
        /^(he|she|they|i|we)$/i.test(s.word(subj)) ||
        !s.tokens.slice(a - 1, colon).some((t, k) => t.pos.startsWith('VB') && SAY_VERBS.has(s.lemma(a + k)));
      if (colon >= 0 && sameSpeaker && !s.tokens.slice(a - 1, colon).some((t) => isQuote(t.word)))
        ({ a, b } = s.trim(colon + 2, b));
    }
    // (Not what someone regards something as: the "as" phrase ends it, and the model was not
    // trained on those.)
    // (Nor what was hung on the clause said: its end is the clause's, "who say they might vote
    // for him remain undecided".)
    if (
      endModel &&
      a > v &&
      content[1] <= lb &&
      !regarded &&
      clauseHead === undefined &&
      !vouched &&
      !passive &&
      answer === undefined
    )
      ({ a, b } = s.trim(a, contentEnd(endModel, s, v, a, b, isCueVerb(s), content[2])));
    if (b > ceiling) ({ a, b } = s.trim(a, ceiling));
    // "At the moment Sanders announced his candidacy last spring, Mook was holding a meeting …":
    // a cue in a clause that opens the sentence reports nothing of the main clause after it.
    // (Not "As The Atlantic reported, …", which vouches for the main clause.)
    const main = vouched ? Infinity : mainClauseAfter(s, v);
    if (a > v && a < main && b >= main) ({ a, b } = s.trim(a, main - 2));
    // "The Ohio governor said the U.S. needs to secure the border, but that he would not support
    // mass deportation": a second "that" clause the parser joined to the cue, not to the first
    // clause, is more of what was said.
    if (a > v && b < ceiling && s.kids(v, 'ccomp').some((c) => c >= a && c <= b)) {
      const more = s
        .kids(v, 'conj')
        .find(
          (k) =>
            k > b &&
            s.kids(k, 'mark').some((m) => /^that$/i.test(s.word(m)) && m <= b + 4) &&
            s.kid(k, 'nsubj', 'nsubj:pass') !== undefined,
        );
      if (more !== undefined) ({ a, b } = s.trim(a, Math.min(ceiling, Math.max(...s.subtree(more)))));
    }
    // "Meanwhile, a court sentenced him …, prosecutors said": the link to the sentence before,
    // set off by a comma, is the writer's, not what was said.
    if (a < v && CONNECTIVES.test(s.word(a)) && s.word(a + 1) === ',') ({ a, b } = s.trim(a + 1, b));
    // (One word is too little to be what was said, except a quotation mark or the one named
    // as the object of a stance: "Christie endorsed Trump".)
    // (A stance taken on someone, not "threatened Moscow", "promoting Georgescu".)
    const named =
      a === b &&
      a > v &&
      s.rel[a] === 'obj' &&
      s.head[a] === v &&
      /^NNPS?$/.test(s.tok(a).pos) &&
      /^(PERSON|ORGANIZATION)$/.test(s.tok(a).ner) &&
      STANCES_ON_SOMEONE.test(lemma);
    // (Nor what is denied, rejected or owned up to, named by a noun of its own: "He denies
    // wrongdoing", "rejected criticism", "admitted responsibility".)
    const owned =
      a === b &&
      s.rel[a] === 'obj' &&
      s.head[a] === v &&
      /^NNS?$/.test(s.tok(a).pos) &&
      OWNING.test(lemma) &&
      OWNED.test(s.lemma(a));
    if (b - a < 1 && !isQuote(s.word(a)) && !named && !owned && a !== answer) continue;
    // "A war broke out that has killed thousands": a relative clause the parser hung on a learned
    // cue as its complement (its relative pronoun, tagged WDT or IN, is the clause's subject)
    // reports nothing. (Not the demonstrative in "said that was wrong", tagged DT.)
    if (
      learned &&
      a > v &&
      /^(that|which)$/i.test(s.word(a)) &&
      /^(WDT|IN)$/.test(s.tok(a).pos) &&
      /^nsubj/.test(s.rel[a] ?? '')
    )
      continue;
    // "The law … was approved 64-0": a tally is nothing said.
    if (s.tokens.slice(a - 1, b).every((x) => x.pos === 'CD' || x.pos === 'HYPH' || x.word === '-')) continue;
    // (A speaker's span never takes in the dateline the parser hung on it.)
    const clipped = (span: Span): Span =>
      filedAt && span.start < s.tok(filedAt).characterOffsetEnd && v > filedAt
        ? { ...span, start: s.tok(filedAt + 1).characterOffsetBegin }
        : span;
    // "The FBI appears to have abandoned the crime scene", "Clinton seemed to gain the most":
    // how things seem is the writer's impression of the subject, not the subject's saying. No
    // one speaks, and what seems so runs from the subject ("it seems that …": from "that").
    // (From the verb's own subject only, right before it but for auxiliaries and adverbs: not
    // one it shares with a verb before "and" ("He sounded subdued … and seemed to take hope"),
    // nor a relative pronoun's noun ("to Mayor de Blasio, who … appeared to capitulate"), nor
    // a subject with a saying of its own, which would go inside: "Sanders, who sees himself as
    // the father of a new movement, doesn't appear ready to ease off".)
    // (Seeming to think, know or understand something is the subject's own view, hedged:
    // "Anderson seemed to think the outreach was phony" is Anderson's.)
    const minded = () => s.kids(v, 'xcomp').some((x) => s.tok(x).pos === 'VB' && MINDS.test(s.lemma(x).toLowerCase()));
    const seems = seeming(s, v) && a > v && subj !== undefined && !minded();
    if (seems) {
      const seemer = s.kid(v, 'nsubj');
      const seemerWords = seemer === undefined ? [] : s.subtree(seemer);
      const seemerEnd = Math.max(...seemerWords);
      const seemerBefore =
        seemer !== undefined &&
        !/^(it|this|that|there|who|which|whom)$/i.test(s.word(seemer)) &&
        !seemerWords.some((k) => k !== seemer && isCueVerb(s)(k)) &&
        s.tokens
          .slice(seemerEnd, v - 1)
          .every((_, k) => /^(aux|aux:pass|advmod|cop|punct)$/.test(s.rel[seemerEnd + k + 1] ?? ''));
      if (seemerBefore) ({ a, b } = s.trim(Math.min(a, ...seemerWords), b));
    }
    const speaker = seems ? undefined : subj;
    out.push({
      speaker: speaker ? clipped(onLine(speakerSpan(s, speaker, v), s, la, lb)) : null,
      speakerHead: speaker ? s.span(speaker, speaker) : undefined,
      speakerAppos: apposOf(s, speaker, v),
      cue: s.span(v, v),
      content: s.span(a, b),
      sentence: s.index,
      date: clauseDate(s, v, [a, b]),
      confidence,
      attitude: learned || !!regarded || ATTITUDE_VERBS.has(lemma),
      antecedent: antecedentOfObject(s, v),
    });
  }
  return out;
}

/**
 * "Florida, which she describes as her second home", "Hale, whom she described as …", "the
 * reform, which Mr. Trump called “a disgrace”": the noun a relative clause hangs on, where the
 * cue heads that clause and takes its relative pronoun as object (or, in the passive, subject).
 */
function antecedentOfObject(s: SentenceView, v: number): Span | undefined {
  if (s.rel[v] !== 'acl:relcl' || !s.head[v]) return undefined;
  // (The object only, with the clause's own subject beside it: the parser often calls a
  // subject "who" or "which" an object, "Reid, who has long expressed his admiration …".)
  if (s.kid(v, 'nsubj') === undefined) return undefined;
  const pronoun = s
    .kids(v, 'obj')
    .find((k) => k < v && /^(which|whom|that)$/i.test(s.word(k)) && /^(WDT|WP|IN)$/.test(s.tok(k).pos));
  if (pronoun === undefined) return undefined;
  // The noun the parser hangs the clause on; where that is a time, the word right before the
  // comma that opens the clause ("spent the weekend in Florida, which …"). "Which" never stands
  // for a person, "whom" always does.
  const person = /^whom$/i.test(s.word(pronoun));
  const fits = (k: number) => k >= 1 && s.tok(k).ner !== 'O' && (s.tok(k).ner === 'PERSON') === person;
  const head = s.head[v];
  const before = s.word(pronoun - 1) === ',' && pronoun > 2 ? pronoun - 2 : undefined;
  // (The word before only where the parser's noun is a time, as "the weekend": "the drawdown of
  // troops in Iraq, which they say left a vacuum" is about the drawdown, no entity.)
  const timed = /^(DATE|TIME|DURATION|SET)$/.test(s.tok(head).ner ?? '');
  const k = fits(head) && !timed ? head : timed && before !== undefined && fits(before) ? before : undefined;
  return k === undefined ? undefined : s.span(k, k);
}

/**
 * A speaker span as a reader would mark it: a parenthesis it opens is closed ("the organizer
 * Alliance to Reclaim Our Schools (AROS)"), and a signature's full stop is not part of the name
 * ("― Steve Quinlan."), an abbreviation's is ("Jr.", "Inc."), and an age set after it is not
 * ("Merz, 69").
 */
function tidySpeaker(span: Span, text: string): Span {
  const start = span.start;
  let end = span.end;
  const inside = text.slice(start, end);
  if ((inside.match(/\(/g) ?? []).length > (inside.match(/\)/g) ?? []).length && text.charAt(end) === ')') end++;
  if (
    /\p{L}{3,}\.$/u.test(text.slice(start, end)) &&
    !/\b(Jr|Sr|Inc|Co|Corp|Ltd|Bros|Assn|Dept)\.$/.test(text.slice(start, end))
  )
    end--;
  // ("Merz, 69, said …": the age set beside a name is no part of it.)
  const age = /(?<!\d),\s+\d{1,3}$/.exec(text.slice(start, end));
  if (age && age.index > 0) end = start + age.index;
  return { start, end };
}

/** Words that make a capitalised headline phrase a title, not a name ("Stealth Over Health: …"). */
const HEADLINE_LINKS = new Set([
  'a',
  'an',
  'the',
  'of',
  'over',
  'in',
  'on',
  'at',
  'for',
  'to',
  'from',
  'with',
  'by',
  'as',
  'about',
  'after',
  'before',
  'against',
  'and',
  'or',
  'is',
  'are',
  'was',
  'vs.',
]);

/** Headline labels before a colon that name a kind of story, not a speaker: "Analysis: …". */
const STORY_LABELS = new Set([
  'analysis',
  'opinion',
  'exclusive',
  'update',
  'updated',
  'breaking',
  'breaking news',
  'watch',
  'video',
  'live',
  'editorial',
  'review',
  'explainer',
  'factbox',
  'timeline',
  'factcheck',
  'fact check',
  'photos',
  'read',
  'correction',
  'clarification',
  'note',
  'byline',
  'email',
  'e-mail',
  'contact',
  'paid notice',
  'deaths',
  'obituary',
  'related',
  'see also',
  'photo',
  'source',
  'sources',
  'delegate update',
  'the latest',
  // (Clickbait labels: "BOOM: Trump Just Fired …", "Revealed: What … Actually Contain".)
  'boom',
  'revealed',
  'wow',
  'must see',
]);

/**
 * "Trump: ‘I will win’" (headlines) and "WALLACE: Governor, …" (transcripts): a name, a colon,
 * and what they said, to the end of the paragraph.
 */
function colonCues(s: SentenceView, text: string, mentions: Mention[], titleStart?: number): Draft[] {
  const colon = s.tokens.findIndex((t) => t.word === ':') + 1;
  // A transcript quoted paragraph by paragraph opens each with a quotation mark: "“PENCE: …".
  let from = 1;
  while (from < colon && isOpenQuote(s.word(from))) from++;
  // "Pence: Gennifer Flowers Won’t Be at Debate": in the headline (the article's first line),
  // capitalised words before a colon name who is quoted, unless they label the story.
  // (Or the line the reader took for the title, after a " date YYYY-MM-DD" lead.)
  const first = s.tokens[0].characterOffsetBegin;
  const headline = (s.index === 0 && !text.slice(0, first).trim()) || first === titleStart;
  let last = colon - 1;
  let linked = false;
  if (headline && colon > 0) {
    // ("EXCLUSIVE – Roger Stone: …": a story label and a dash before the name.)
    const dash = s.tokens.slice(from - 1, colon - 1).findIndex((x) => /^[–—-]+$/.test(x.word));
    const label = s.tokens.slice(from - 1, from - 1 + Math.max(dash, 0)).map((x) => x.word.toLowerCase());
    if (dash > 0 && STORY_LABELS.has(label.join(' '))) from += dash + 1;
    // ("Clinton to Planned Parenthood: …", "Former AG Mukasey at RNC: …", "Obama To Asians …: …":
    // whom or where it was said to, after the name.)
    // (Only before a name — "Trump to Meet Kim: …", "Fed to Raise Rates: …", "Biden on the
    // Brink: …", "Clinton at 70: …" are headlines of their own — and only after a name: the
    // tagger's or this stage's, never "Back to School: …", "Guide to Paris: …".)
    const link = s.tokens.slice(from - 1, colon - 1).findIndex((x, i) => i > 0 && /^(to|at|on|before)$/i.test(x.word));
    const after = from + link + 1;
    const nameNext =
      link > 0 &&
      (/^(PERSON|ORGANIZATION|LOCATION|CITY|COUNTRY|STATE_OR_PROVINCE|NATIONALITY|MISC|IDEOLOGY|RELIGION)$/.test(
        s.tok(after)?.ner ?? '',
      ) ||
        mentions.some((m) => !!m.entity && m.start === s.tok(after)?.characterOffsetBegin));
    if (link > 0) {
      if (!nameNext) return [];
      last = from + link - 1;
      linked = true;
    }
  }
  if (last - from + 1 < 1 || last - from + 1 > 4) return [];
  const before = s.tokens.slice(from - 1, last);
  // ("Mark Cuban: …", which the tagger calls a nationality; "Clinton camp: …": a person, body or
  // group this stage's mentions name, ending where the words before the colon end.)
  // (Or one word after it for those who speak for it: "Clinton camp", "Trump aides".)
  const nameEnd = /^(camp|campaign|aides?|allies)$/i.test(s.word(last)) && last > from ? last - 1 : last;
  const mentioned =
    headline &&
    mentions.some(
      (m) =>
        !!m.entity &&
        /^(person|organisation|group|court):/.test(m.entity) &&
        m.start <= s.tok(from).characterOffsetBegin &&
        s.tok(nameEnd).characterOffsetEnd <= m.end,
    );
  // "Gaza: …", "Brexit: …", "WASHINGTON: …": a place, a topic or a dateline labels the story.
  const speakerLike = before.every((t) => /^(O|TITLE|PERSON|ORGANIZATION)$/.test(t.ner));
  // (Split off by a link word, the name must be one: its last word the tagger's person or body,
  // or a mention of one.)
  const namedByTagger = /^(PERSON|ORGANIZATION)$/.test(s.tok(last).ner) && speakerLike;
  if (linked && !mentioned && !namedByTagger) return [];
  const named =
    mentioned ||
    before.every((t) => /^(PERSON|ORGANIZATION)$/.test(t.ner)) ||
    (speakerLike &&
      !STORY_LABELS.has(before.map((t) => t.word.toLowerCase()).join(' ')) &&
      (before.every((t) => /^[A-Z][A-Z.'-]+$/.test(t.word)) ||
        (headline &&
          before.every((t) => /^\p{Lu}[\p{L}.'’-]*$/u.test(t.word) && !HEADLINE_LINKS.has(t.word.toLowerCase())))));
  if (!named || colon >= s.tokens.length) return [];
  const start = s.tok(colon + 1).characterOffsetBegin;
  const paragraphEnd = text.indexOf('\n', start);
  let end = paragraphEnd < 0 ? text.length : paragraphEnd;
  while (end > start && /[\s"”’]/.test(text[end - 1]) && !/[”"’]/.test(text[end - 1])) end--;
  if (end - start < 3) return [];
  return [
    {
      speaker: s.span(from, last),
      cue: s.span(colon, colon),
      content: { start, end },
      sentence: s.index,
      confidence: 0.6,
    },
  ];
}

/**
 * The comma that closes an opening "According to <source>, …": the first after the source's
 * head word, past an apposition the parser hung on it ("According to Brian Wieser, an analyst
 * at Pivotal Research, …"); undefined where no words follow it.
 */
function sourceComma(s: SentenceView, from: number, source: number, mark = /^,$/): number | undefined {
  const sourceWords = new Set(s.subtree(source));
  let marks = 0;
  for (let k = from; k < lastWordOf(s); k++) {
    if (isQuote(s.word(k))) marks++;
    // (Not a comma inside a quoted title, "According to ''The Trumps: Three Generations …,''
    // by Gwenda Blair, …".)
    if (k <= source || !mark.test(s.word(k)) || marks % 2 === 1) continue;
    const next = k + 1;
    const nextComma = s.tokens.findIndex((x, j) => j + 1 > k && x.word === ',') + 1;
    const item = nextComma > next ? s.tokens.slice(k, nextComma - 1) : [];
    const itemIds = item.map((_, j) => k + 1 + j);
    const itemHead = itemIds.find((j) => !itemIds.includes(s.head[j]));
    // (Nor one in a list of the source's, "According to interviews with his friends, aides and
    // allies, he …": the words up to the next comma, no verb among them, joined to the source
    // and ending the list with "and"; not "According to police, the suspect and his brother,
    // both 20, fled".)
    if (
      item.some((x) => /^(and|or)$/i.test(x.word)) &&
      !item.some((x) => /^(VB|MD)/.test(x.pos)) &&
      itemHead !== undefined &&
      s.rel[itemHead] === 'conj' &&
      sourceWords.has(s.head[itemHead])
    )
      continue;
    // (Nor one before the source's title the parser took for a subject, "According to Maria
    // Lopez, a council spokeswoman, while …": a noun phrase with a title or role in it and no
    // verb, set between commas, with a clause after it; not "According to Lopez, the fund,
    // which …", nor "According to police, the man, 34, was arrested".)
    const described =
      item.length > 0 &&
      /^(DT|PRP\$|JJ|NNP?S?|CD)$/.test(item[0].pos) &&
      !item.some((x) => /^(VB|MD|IN)/.test(x.pos)) &&
      item.some((x) => x.ner === 'TITLE' || ROLE_NOUNS.has((x.lemma ?? '').toLowerCase())) &&
      nextComma < lastWordOf(s) &&
      !/^(W|VB|MD)/.test(s.tok(nextComma + 1).pos);
    if (described) continue;
    // (An apposition of the source, a phrase or relative clause hung on it, "According to the
    // poll, conducted in May, …", "According to documents from Diane D. Blair, a close friend
    // of Mrs. Clinton's, …", runs to the next comma.)
    const h = /^(appos|acl|acl:relcl)$/.test(s.rel[next] ?? '') ? next : s.head[next];
    if (/^(appos|acl|acl:relcl)$/.test(s.rel[h] ?? '') && sourceWords.has(s.head[h])) continue;
    return next <= lastWordOf(s) ? k : undefined;
  }
  return undefined;
}

/** A comma or dash that sets an aside off: "…, according to members …, was …", "… - 63 percent in 2014 -". */
const ASIDE_MARK = /^([,—–-]+|--)$/;

/** "According to X, …" and "…, according to X." */
function accordingTo(s: SentenceView): Draft[] {
  const out: Draft[] = [];
  for (let i = 1; i < s.tokens.length; i++) {
    if (s.word(i).toLowerCase() !== 'according' || s.word(i + 1).toLowerCase() !== 'to') continue;
    const source = s.head[i];
    if (!source) continue;
    const clause = s.head[source];
    const sourceIds = s.subtree(source);
    let ids: number[];
    if (clause) {
      ids = s.subtree(clause, (c) => c === source);
    } else {
      ids = s.tokens.map((_, k) => k + 1).filter((k) => !sourceIds.includes(k));
    }
    // "…, according to rights groups.": the sentence's closing punctuation hangs on the clause,
    // but what was said ends where the attribution begins.
    const sourceEnd = Math.max(...sourceIds);
    ids = ids.filter(
      (k) => k !== i && k !== i + 1 && !sourceIds.includes(k) && !(k > sourceEnd && /^\W+$/.test(s.word(k))),
    );
    // "…, not all campaigns require staffers to sign NDAs, according to John Weaver": where the
    // parser hung the source on a word that leaves no words beside a comma, what was said is
    // the sentence before "according to".
    if (!ids.some((k) => /\p{L}/u.test(s.word(k)))) ids = s.tokens.map((_, k) => k + 1).filter((k) => k < i);
    // "According to new financial documents he submitted to the government, Trump earned …":
    // opening the sentence, it attributes the rest of the sentence after the comma that closes
    // the source, whatever the parser hung the source on (here the relative clause), where the
    // sentence's own clause lies there.
    // (The parser may make the relative clause the root and the sentence's clause its
    // complement. The comma is the one right before that clause's subject, not one inside the
    // relative clause: "… he submitted in May, June and July, the mayor earned …".)
    const root = s.root;
    const subjectAfter = (k: number) => {
      const subject = s.kid(k, 'nsubj');
      return subject !== undefined && subject > sourceEnd ? Math.min(...s.subtree(subject)) : undefined;
    };
    const afterComma = (k: number) => {
      const from = subjectAfter(k);
      return from !== undefined && from - 1 > sourceEnd && s.word(from - 1) === ',' ? from : undefined;
    };
    const clauses = root > 0 ? [root, ...s.kids(root, 'ccomp', 'parataxis', 'dep')] : [];
    const from = clauses.map(afterComma).find((x) => x !== undefined);
    // (After no more than a link and its comma: "But, according to aides, he wants …", "Now,
    // according to the poll, some are swinging".)
    // (Or after a bare link: "But according to hacked documents, …".)
    const opening =
      i === s.datelineEnd() + 1 ||
      (i === s.datelineEnd() + 2 && CONNECTIVES.test(s.word(i - 1))) ||
      (s.word(i - 1) === ',' &&
        s.tokens.slice(s.datelineEnd(), i - 2).every((x) => /^(CC|RB)$/.test(x.pos)) &&
        i - 2 > s.datelineEnd());
    // "According to Sperry, while Mateen's role … was limited …, it is unclear …": what was
    // said starts right after the comma that closes the source (past a name set beside it,
    // "According to Brian Wieser, an analyst at Pivotal, …"), where that comes before the
    // clause's subject, or where the parser found no such subject ("According to … documents,
    // while the Democrats … have harsh things to say …, in private they …").
    const closing = opening ? sourceComma(s, i + 2, source) : undefined;
    const start = closing !== undefined ? closing + 1 : from;
    if (opening && start !== undefined)
      ids = s.tokens.map((_, k) => k + 1).filter((k) => k >= start && k <= lastWordOf(s));
    if (!ids.length) continue;
    // "Trump earned $1 million, according to new financial documents he submitted to the
    // government": set off after a clause of its own, "according to" attributes that clause,
    // not the relative clause the parser hung its source on after it.
    // (Nor, closing the sentence, the last clause the parser hung it on: "Clinton clinched the
    // nomination on Monday night, when superdelegates …, according to an AP count" attributes
    // all of it, not "when superdelegates …"; "… was paid $29,715; … and Trump Restaurants LLC
    // was paid $125,080, according to …" the whole list.)
    // (Nor where someone else's saying lies in the sentence before it and the parser hung the
    // source on a relative clause: "Jeff Weaver says his streak is proof …, which stood at 263
    // …, according to the AP" gives the AP the count only.)
    const otherSaying = s.tokens
      .slice(s.datelineEnd(), i - 2)
      .some((x, k) => x.pos.startsWith('VB') && SAY_VERBS.has(s.lemma(s.datelineEnd() + k + 1)));
    const relative = !!clause && s.rel[clause] === 'acl:relcl';
    if (
      (Math.min(...ids) > sourceEnd || (sourceEnd >= lastWordOf(s) && !(otherSaying && relative))) &&
      i > 4 &&
      s.word(i - 1) === ',' &&
      s.tokens.slice(s.datelineEnd(), i - 2).some((x) => /^VB[DZP]?$/.test(x.pos) || x.pos === 'MD')
    )
      ids = s.tokens.map((_, k) => k + 1).filter((k) => k > s.datelineEnd() && k < i - 1);
    // Set off in mid-sentence, between commas or dashes:
    // - "Notably absent from the conversation, according to members who spoke with reporters,
    //   was any mention of …": before it no verb, after it the clause's verb: the whole
    //   sentence is what the source says;
    // - "G4S receives, according to one report, $234 million …": right after the verb, and
    //   its object after the aside: the whole sentence too;
    // - "While most of those were elevated to the “confidential” level, according to a State
    //   Department official, two in the most recent batch were upgraded …": after a clause that
    //   opens the sentence, the main clause after the aside.
    // (Not "…, according to his own supporters, who are offering …", nor a list or a note in
    // brackets going on after it.)
    const asideEnd = opening ? undefined : sourceComma(s, i + 2, source, ASIDE_MARK);
    const idsBefore = ids;
    if (asideEnd !== undefined && ASIDE_MARK.test(s.word(i - 1)) && Math.max(...ids) < i) {
      const from = s.datelineEnd() + 1;
      const finite = (x: { pos: string }) => /^(VB[DZP]|MD)$/.test(x.pos);
      const before = s.tokens.slice(from - 1, i - 2);
      const after = s.tokens.slice(asideEnd, lastWordOf(s));
      const open =
        before.filter((x) => /^-LRB-|\($/.test(x.word)).length > before.filter((x) => /^-RRB-|\)$/.test(x.word)).length;
      const next = s.tok(asideEnd + 1);
      const goesOn = !open && next.pos !== 'CC' && !/^W/.test(next.pos) && !after.some((x) => x.word === 'according');
      // (Nor, for these two, a name set beside the source: "…, according to figures released
      // by Crowdpac, a start-up that tracks donations.")
      const commas = s.word(i - 1) === ',' && s.word(asideEnd) === ',' && !sourceIds.includes(asideEnd + 1);
      const everything = s.tokens.map((_, k) => k + 1).filter((k) => k >= from && k <= lastWordOf(s));
      if (goesOn && !before.some(finite) && after.some(finite)) ids = everything;
      else if (goesOn && commas && s.tok(i - 2).pos.startsWith('VB') && !after.some(finite)) ids = everything;
      else if (
        goesOn &&
        commas &&
        s.tok(from).pos === 'IN' &&
        before.some(finite) &&
        after.some((_, k) => {
          const subject = s.kid(asideEnd + k + 1, 'nsubj', 'nsubj:pass');
          return subject !== undefined && subject > asideEnd;
        })
      )
        ids = everything.filter((k) => k > asideEnd);
    }
    const [a0, b0] = range(s, ids);
    let { a, b } = s.trim(Math.max(a0, s.datelineEnd() + 1), b0);
    // ("Meanwhile, more than 10,100 Palestinians are held …, according to rights groups": the
    // link to the sentence before is the writer's.)
    if (a < i && CONNECTIVES.test(s.word(a)) && s.word(a + 1) === ',') ({ a, b } = s.trim(a + 2, b));
    if (b < a) continue;
    // (Set off in mid-sentence, the source ends with its aside, whatever the parser hung on it.)
    const sourceWords = s.subtree(source, (c) => c === i || s.rel[c] === 'case');
    // (So does one opening the sentence, at the comma that closes it: "According to AZCentral,
    // one … sign read, …" is AZCentral's, whatever the parser hung on it.)
    const end = ids !== idsBefore && asideEnd !== undefined ? asideEnd : opening ? closing : undefined;
    const clip = end !== undefined ? sourceWords.filter((k) => k < end) : sourceWords;
    const said = s.trim(Math.min(...clip), Math.max(...clip));
    const speaker = s.span(said.a, said.b);
    out.push({
      speaker,
      speakerHead: s.span(source, source),
      cue: s.span(i, i + 1),
      content: s.span(a, b),
      sentence: s.index,
      // When the source said it is not told; the content's own time ("… since October 2023,
      // according to the Health Ministry") is when it happened. The article's date stands.
      date: undefined,
      confidence: 0.8,
    });
  }
  return out;
}

/** What finds things, a sentence can open with "In …,": "In a CNN poll, …". */
const FINDING_NOUNS = /^(poll|survey|study|report|analysis)$/;
/** Where someone says things, a sentence can open with "In …,": "In an interview, …". */
// (Not a video, which shows people rather than has them speak: "In the video, Biden stumbles on
// the steps".)
const MEDIUM_NOUNS =
  /^(interview|statement|letter|memo|speech|tweet|post|filing|complaint|op-ed|column|editorial|affidavit|essay|book|podcast)$/;

/**
 * "In an NBC News/Wall Street Journal poll released Monday, 50 percent of respondents chose
 * Clinton", "In an interview with CNN, she compared abortion to the Holocaust": a sentence that
 * opens with "In" and a poll, a report or an interview set off by a comma tells what the poll
 * found (the poll speaks) or what the clause's subject said there (the subject speaks). Not
 * where the clause's verb is a cue of its own ("In a statement, the company said …"): that
 * cue's statement is the one.
 */
function inSource(s: SentenceView, text: string, mentions: Mention[]): Draft[] {
  const first = s.datelineEnd() + 1;
  if (!/^in$/i.test(s.word(first) ?? '')) return [];
  const source = s.head[first];
  if (!source || s.rel[first] !== 'case') return [];
  const noun = s.lemma(source).toLowerCase();
  const finding = FINDING_NOUNS.test(noun);
  if (!finding && !MEDIUM_NOUNS.test(noun)) return [];
  const clause = s.head[source];
  if (!clause || !/^obl/.test(s.rel[source] ?? '')) return [];
  const lemma = s.lemma(clause).toLowerCase();
  if ([SAY_VERBS, SPEECH_VERBS, OBJECT_CUES, TARGET_CUES, ATTITUDE_VERBS].some((l) => l.has(lemma))) return [];
  const sourceEnd = Math.max(...s.subtree(source));
  const subject = s.kids(clause, 'nsubj', 'nsubj:pass').find((k) => k > sourceEnd);
  if (s.word(sourceEnd + 1) !== ',' || subject === undefined) return [];
  const { a, b } = s.trim(Math.min(...s.subtree(subject)), lastWordOf(s));
  if (b <= a) return [];
  // (Where the clause's subject speaks, someone who can: not "In the debate, it was a different
  // story".)
  const speaker = finding ? s.subtreeSpan(source, (c) => c === first) : s.subtreeSpan(subject);
  const speakerHead = finding ? s.span(source, source) : s.span(subject, subject);
  if (!finding && !holdsViews(speaker, speakerHead, text, mentions)) return [];
  return [
    {
      speaker,
      speakerHead,
      cue: s.span(first, first),
      content: s.span(a, b),
      sentence: s.index,
      date: undefined,
      confidence: 0.6,
    },
  ];
}

/**
 * "Trump's claim that there have been thousands of shootings", "a New York Times report that
 * Trump lost $915 million": a noun of saying with its complement clause. The speaker is
 * the noun's possessor or a name compounded with it; without one the statement has none.
 */
/** What makes an attack one of force, or support material help. */
const MATERIAL =
  /^(murderous|deadly|terrorist|terror|suicide|missile|rocket|drone|air|armed|military|bomb|knife|gun|violent|fatal|lethal|chemical|cyber|physical|financial|logistical|naval|ground)$/i;
/** Those an attack of force is on: people, forces and places, not their words or records. */
const TARGETS_OF_FORCE =
  /^(troop|soldier|civilian|police|officer|goer|people|force|base|embassy|compound|camp|convoy|village|town|city|hospital|school|church|mosque|synagogue|target|facility|position|ship|vessel|plane)s?$/i;

function nounCues(s: SentenceView): Draft[] {
  const out: Draft[] = [];
  const ownerOf = (n: number) =>
    s.kid(n, 'nmod:poss') ?? s.kids(n, 'compound').find((c) => /^(PERSON|ORGANIZATION)$/.test(s.tok(c).ner) && c < n);
  for (let n = 1; n <= s.tokens.length; n++) {
    // "Trump's attacks on Curiel", "support for Israel": what the stance is taken on.
    const preps = s.tok(n).pos.startsWith('NN') ? STANCE_NOUNS.get(s.lemma(n)) : undefined;
    const on =
      preps &&
      s
        .kids(n, 'nmod')
        .find((c) => c > n && s.kids(c, 'case').some((k) => k === n + 1 && preps.has(s.word(k).toLowerCase())));
    // (Only a stance someone is named as taking: "his support for", "Trump's attacks on"; not
    // force or material help: "his murderous attack on club goers", "the group's attacks on
    // government troops", "Hamas's attack on Israel", "its military support for Kyiv".)
    const holder = on ? ownerOf(n) : undefined;
    const material =
      on &&
      (s.kids(n, 'amod', 'compound').some((m) => MATERIAL.test(s.word(m))) ||
        /^(LOCATION|CITY|COUNTRY|STATE_OR_PROVINCE|NATIONALITY)$/.test(s.tok(on).ner) ||
        (s.lemma(n) === 'attack' && TARGETS_OF_FORCE.test(s.lemma(on))));
    if (on && holder !== undefined && !material) {
      const ids = s.subtree(on, anotherCue(s)).filter((k) => k > n + 1);
      const { a, b } = s.trim(Math.min(...ids), Math.max(...ids));
      if (b >= a)
        out.push({
          speaker: s.subtreeSpan(holder, (c) => s.rel[c] === 'case'),
          cue: s.span(n, n + 1),
          content: s.span(a, b),
          sentence: s.index,
          date: undefined,
          confidence: 0.5,
          attitude: true,
        });
      continue;
    }
    if (!s.tok(n).pos.startsWith('NN') || !SPEECH_NOUNS.has(s.lemma(n))) continue;
    const clause = s
      .kids(n, 'acl', 'ccomp')
      .find((c) => c > n && s.kids(c, 'mark').some((m) => s.word(m).toLowerCase() === 'that' && m === n + 1));
    if (clause === undefined) continue;
    const [a0, b0] = range(s, s.subtree(clause, anotherCue(s)));
    const { a, b } = s.trim(a0, b0);
    if (b - a < 2) continue;
    const owner = ownerOf(n);
    out.push({
      speaker: owner === undefined ? null : s.subtreeSpan(owner, (c) => s.rel[c] === 'case'),
      cue: s.span(n, n),
      content: s.span(a, b),
      sentence: s.index,
      date: undefined,
      confidence: 0.6,
    });
  }
  return out;
}

/** What opens a question asked: "if", "whether", a question word, or "about". */
const QUESTION_OPENS = /^(if|whether|what|who|whom|whose|why|how|which|when|where|about)$/i;

/**
 * "Asked if her email practices were illegal, 46 percent of voters said yes", "Asked during a
 * January debate why he trailed …, Sanders said …", "When asked about the merger, she …": a
 * sentence that opens with "Asked" tells the question put, up to the comma that ends the
 * participle's clause, whatever the parser made of it (it often hangs the question on the main
 * verb). Nobody is named as asking. Only where no cue rule took "Asked".
 */
/** The "asked" of a sentence that opens with "Asked" or "When asked" (its token), or 0. */
const askedOpening = (s: SentenceView) =>
  /^asked$/i.test(s.word(1)) ? 1 : /^when$/i.test(s.word(1)) && /^asked$/i.test(s.word(2)) ? 2 : 0;

function askedFirst(s: SentenceView, found: Draft[]): Draft[] {
  const v = askedOpening(s);
  if (!v || found.some((d) => d.cue && d.cue.start === s.tok(v).characterOffsetBegin)) return [];
  // The question opens within a few words ("Asked on Fox News who …", "Asked specifically
  // what …"), before any comma.
  let a = v + 1;
  while (a <= s.tokens.length && a - v <= 8 && !QUESTION_OPENS.test(s.word(a)) && s.word(a) !== ',') a++;
  if (a > s.tokens.length || a - v > 8 || !QUESTION_OPENS.test(s.word(a))) return [];
  // It ends before the first comma outside quotation marks (a comma inside "…," ends it too,
  // with the closing mark).
  let open = false;
  let b = a;
  for (let k = a + 1; k <= s.tokens.length; k++) {
    const w = s.word(k);
    open = quoteOpenAfter(open, w);
    if (w === ',' && !open) break;
    // (Nor when it was asked: "Asked about it after a Republican debate, …".)
    if (!open && /^(after|during|before|following)$/i.test(w) && k > a + 1) break;
    if (w === ',' && isCloseQuote(s.word(k + 1) ?? '')) {
      b = k + 1;
      break;
    }
    b = k;
  }
  if (b - a < 1 || b === s.tokens.length) return [];
  return [{ speaker: null, cue: s.span(v, v), content: s.span(a, b), sentence: s.index, confidence: 0.6 }];
}

/**
 * "He made it clear that there was significant terrorist involvement", "the letter makes clear
 * that …": making something clear is saying it. The cue is "made (it) clear", the speaker whoever
 * made it clear, the content the clause after "clear". (Not "it is clear that …", the writer's.)
 */
function madeClear(s: SentenceView): Draft[] {
  const out: Draft[] = [];
  for (let v = 1; v <= s.tokens.length; v++) {
    if (s.lemma(v).toLowerCase() !== 'make' || !s.tok(v).pos.startsWith('VB')) continue;
    // ("made clear", "made it clear", "made it very clear", however the parser hung "clear".)
    let clear = v + 1;
    if (/^it$/i.test(s.word(clear))) clear++;
    if (/^(very|abundantly|perfectly|crystal|quite|absolutely)$/i.test(s.word(clear))) clear++;
    if (!/^clear$/i.test(s.word(clear))) continue;
    const c =
      [...s.kids(clear, 'ccomp'), ...s.kids(v, 'ccomp', 'xcomp')].find((k) => k > clear) ??
      (s.head[clear] > clear && s.rel[clear] === 'dep' ? s.head[clear] : undefined);
    const subj = subjectOf(s, v);
    if (c === undefined || subj === undefined) continue;
    // (Someone who can make a thing clear: a name, a pronoun, people or a body — not "common
    // sense", "Her advice", "The New York primary", "failing" — and not where it is denied or
    // only wished: "failing to make clear", "did not make clear".)
    const someone =
      namesSomeone(s, subj) ||
      forPeople(s.word(subj)) ||
      /^(police|government|ministry|campaign|office|department|agency|committee|court|party|company|administration|team|statement|letter|memo|report)$/i.test(
        s.word(subj),
      );
    const denied =
      s.kids(v, 'advmod', 'neg').some((n) => /^(not|n't|never)$/i.test(s.word(n))) ||
      (s.rel[v] === 'xcomp' && /^(fail|refuse|decline|neglect)$/i.test(s.lemma(s.head[v])));
    if (!someone || denied || /^(that|which|who)$/i.test(s.word(subj))) continue;
    const [first, last] = range(
      s,
      s.subtree(c).filter((k) => k > clear),
    );
    const { a, b } = s.trim(first, last);
    if (b - a < 1) continue;
    out.push({
      speaker: speakerSpan(s, subj, v),
      speakerHead: s.span(subj, subj),
      cue: s.span(v, clear),
      content: s.span(a, b),
      sentence: s.index,
      date: clauseDate(s, v, [a, b]),
      confidence: 0.7,
    });
  }
  return out;
}

/**
 * "The Club for Growth is reportedly spending $1.5 million on …": a clause the writer marks as
 * reported by someone unnamed is a statement with no speaker, "reportedly" its cue.
 */
function reportedly(s: SentenceView): Draft[] {
  const out: Draft[] = [];
  for (let r = 1; r <= s.tokens.length; r++) {
    if (!/^reportedly$/i.test(s.word(r)) || s.rel[r] !== 'advmod') continue;
    const clause = s.head[r];
    if (!clause || !s.tok(clause).pos.startsWith('VB')) continue;
    // (Its own clause: not another's clause hung on it, nor a cue's content reported after it.)
    const ids = s.subtree(clause, (c) => anotherCue(s)(c) || ['parataxis', 'conj'].includes(s.rel[c] ?? ''));
    const { a, b } = s.trim(Math.max(Math.min(...ids), s.datelineEnd() + 1), Math.max(...ids));
    if (b - a < 2) continue;
    out.push({ speaker: null, cue: s.span(r, r), content: s.span(a, b), sentence: s.index, confidence: 0.5 });
  }
  return out;
}

/** Verbs by which one voices what a noun object names ("voiced support for", "issued a warning that"). */
const EXPRESSING = new Set([
  'voice',
  'express',
  'issue',
  'make',
  'raise',
  'share',
  'offer',
  'sound',
  'deliver',
  'air',
  'lodge',
  'file',
  'level',
  'register',
  'signal',
  'give',
  'publish',
  'post',
  'write',
  'outline',
  'repeat',
  'reiterate',
  'state',
  'present',
  'submit',
  'send',
]);

/**
 * Who holds what a learned cue reports, as a span and its head word: a noun's owner ("Ms.
 * Clark's wish", without the "'s"), else, for a noun a verb of expressing takes as its object,
 * that verb's subject ("the senator voiced support for …"; not "Trump faced criticism", "dashing
 * hopes of …"); a verb's or an adjective's subject, and for the relative pronoun of a relative
 * clause, what it stands for ("Mr. Obama, who is confident that …").
 */
export function holderOf(s: SentenceView, v: number): { span: Span; head: number } | null {
  if (s.tok(v).pos.startsWith('NN')) {
    const owner = s.kid(v, 'nmod:poss');
    // (The owner's name, not what is set beside it: "Schilling, who had worked for …, 's post".)
    const aside = (c: number) =>
      c > owner! && ['acl', 'acl:relcl', 'appos', 'punct', 'parataxis', 'advcl'].includes(s.rel[c] ?? '');
    if (owner !== undefined) return { span: s.subtreeSpan(owner, (c) => s.rel[c] === 'case' || aside(c)), head: owner };
    const verb = s.head[v];
    const taker = verb && s.rel[v] === 'obj' && s.tok(verb).pos.startsWith('VB') && EXPRESSING.has(s.lemma(verb));
    const subject = taker ? subjectOf(s, verb) : undefined;
    return subject === undefined ? null : { span: speakerSpan(s, subject, verb), head: subject };
  }
  const holder =
    s.kids(v, 'nsubj', 'nsubj:pass').find((k) => k < v) ??
    (s.tok(v).pos.startsWith('VB') ? subjectOf(s, v) : undefined);
  // (A noun or a pronoun, not "Winning the primary was crucial …".)
  if (holder === undefined || !/^(NN|PRP|WP)/.test(s.tok(holder).pos)) return null;
  const clause = s.head[holder];
  const antecedent = clause ? s.head[clause] : undefined;
  if (/^W/.test(s.tok(holder).pos) && s.rel[clause ?? 0] === 'acl:relcl' && antecedent)
    return {
      span: s.subtreeSpan(antecedent, (k) => k > antecedent || s.rel[k] === 'case'),
      head: antecedent,
    };
  return { span: speakerSpan(s, holder, v), head: holder };
}

/**
 * Whether a learned statement's holder can hold a view: its head word is a personal pronoun,
 * a noun for people ("some voters", "the senator"), or in a mention of a person, body, group,
 * court or country of the article. Never "it" ("it was unclear whether …"), even where
 * coreference tied it to a name; not "Trump's decision", "a war", "provisional results".
 */
export function holdsViews(holder: Span, head: Span, text: string, mentions: Mention[]): boolean {
  const word = text.slice(head.start, head.end);
  if (/^(he|she|they|we|i|you)$/i.test(word)) return true;
  if (/^it$/i.test(word) || holder.end <= holder.start) return false;
  return (
    forPeople(word) ||
    mentions.some(
      (m) =>
        m.start <= head.start &&
        head.end <= m.end &&
        /^(person|organisation|group|court|country):/.test(m.entity ?? ''),
    )
  );
}

/**
 * What no rule found, where the attribution model is confident: "was passionate about the
 * reality of rural life", "confident that the bill would pass", "Senator Hale's remarks about
 * the tariffs". A candidate is left out where a statement already has its cue or overlaps its
 * content, or where its cue lies inside a quotation (what was quoted is attributed as a
 * whole); of candidates that overlap each other, the likelier one is kept. Only what someone
 * who can hold a view holds is kept (`holderOf`, `holdsViews`).
 */
function learnedDrafts(
  sentences: SentenceView[],
  taken: Draft[],
  quotes: { beginIndex: number; endIndex: number }[],
  mentions: Mention[],
  text: string,
  model: AttributionModel | null = attributionModel(),
): Draft[] {
  if (!model) return [];
  const found: { p: number; cue: Span; content: Span; draft: Draft }[] = [];
  for (const s of sentences) {
    for (const x of attributionCandidates(s)) {
      const cue = s.span(x.cue, x.cue);
      const content = s.span(x.a, x.b);
      if (taken.some((d) => clashes(d, cue, content))) continue;
      if (quotes.some((q) => within(cue, { start: q.beginIndex, end: q.endIndex }))) continue;
      // (Not what is scheduled or possible: "The U.N. Security Council was due to hold an
      // emergency meeting".)
      if (s.tok(x.cue).pos.startsWith('JJ') && SCHEDULED.test(s.lemma(x.cue))) continue;
      if (measureDeclared(s, x.cue)) continue;
      const p = attributionProbability(model, attributionFeatures(s, x));
      if (p < model.threshold) continue;
      // (Not "a story about the count", with no one holding it, nor "a war broke that has
      // killed …"; a plural proper noun is a group of people: "some Republicans".)
      const holder = holderOf(s, x.cue);
      if (!holder) continue;
      const head = s.span(holder.head, holder.head);
      if (s.tok(holder.head).pos !== 'NNPS' && !holdsViews(holder.span, head, text, mentions)) continue;
      found.push({
        p,
        cue,
        content,
        draft: {
          speaker: holder.span,
          cue,
          content,
          sentence: s.index,
          confidence: Math.min(0.6, Number(p.toFixed(2))),
          attitude: true,
        },
      });
    }
  }
  return likeliestApart(found).map((x) => x.draft);
}

/** Small words a title leaves in lower case. */
const TITLE_SMALL = /^(a|an|the|and|but|or|nor|for|of|in|on|at|to|by|with|from|as|vs\.?|v\.?|de|la|del|von|van)$/;

/**
 * A quotation in title case, every word but the small ones capitalised: the title of a book, a
 * show or a group ("“Indian Americans for Hillary 2008.”"), not words anyone said. (Not a
 * quotation in capitals, a headline's shout, nor one opening with a pronoun.)
 */
function titleCased(text: string): boolean {
  const words = text.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  if (words.length < 2 || words.every((w) => w === w.toUpperCase())) return false;
  // (Words someone says in title case, as tweets and signs do: "We Do Not Pay Candidates …".)
  if (
    /^(i|we|you|he|she|they|it|it's|it’s|i'm|i’m|we're|we’re|you're|you’re|don't|don’t|my|our|let's|let’s)$/i.test(
      words[0] ?? '',
    )
  )
    return false;
  return words.every((w, i) => /^[\p{Lu}\d]/u.test(w) || (i > 0 && TITLE_SMALL.test(w)));
}

/** Quotations of a paragraph's size: a stray quotation mark can pair across pages. */
const paragraphSizedQuote = (q: { beginIndex: number; endIndex: number }) => q.endIndex - q.beginIndex <= 800;

const within = (inner: Span, outer: { start: number; end: number }) =>
  inner.start >= outer.start && inner.end <= outer.end;

function overlap(a: Span, b: Span): number {
  const i = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  return i / Math.max(1, Math.min(a.end - a.start, b.end - b.start));
}

/**
 * “…” ― Pamela Padilla: a quotation signed with a dash and a name at the end of its line
 * (pull quotes, readers' voices, epigraphs).
 */
function signature(text: string, quoteEnd: number): { speaker: Span; cue: Span } | undefined {
  const m = /^[^\S\n]*([―—–]|--?)[^\S\n]*((?:[A-Z][\p{L}'’.-]*[^\S\n]*){1,5})[.,]?[^\S\n]*(?:\n|$)/u.exec(
    text.slice(quoteEnd, quoteEnd + 80),
  );
  if (!m) return undefined;
  const dash = quoteEnd + m.index + m[0].indexOf(m[1]);
  const name = m[2].trimEnd();
  const start = quoteEnd + m[0].indexOf(m[2]);
  return { speaker: { start, end: start + name.length }, cue: { start: dash, end: dash + m[1].length } };
}

/** '“…,” he said', '“…,” said Ana Ruiz', '“…” Priebus said': who says it right after a quotation, and the verb. */
export function signedAfter(text: string, quoteEnd: number): { speaker: Span; cue: Span } | undefined {
  const after = text.slice(quoteEnd, quoteEnd + 80);
  const verb = '(said|says|added|adds|replied|answered|told|asked|wrote|responded)';
  // (A word of a name: capitalised, with a full stop only after a title or an initial, so that
  // "said Smith. The council …" is Smith's.)
  const word = "(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|St|Jr|Sr|[A-Z])\\.|[A-Z][\\p{L}'’-]*)";
  const name = `((?:he|she|they|I|we)|${word}(?:[^\\S\\n]+${word}){0,3})`;
  const spans = (m: RegExpExecArray, who: string, cue: string) => {
    const w = quoteEnd + m.index + m[0].indexOf(who);
    const c = quoteEnd + m.index + m[0].indexOf(cue, who === m[1] ? m[0].indexOf(who) + who.length : 0);
    return { speaker: { start: w, end: w + who.length }, cue: { start: c, end: c + cue.length } };
  };
  // (Not a word that opens the next sentence: '“Enough.” That said, …', '“No.” But Smith said'.)
  const opener = /^(That|This|These|Those|But|And|So|Then|It|There|Yet|Or|Still|Now|The|A|An|In|On|At)\b/;
  const subjectFirst = new RegExp(`^[^\\S\\n]*${name}[^\\S\\n]+${verb}\\b`, 'u').exec(after);
  if (subjectFirst && !opener.test(subjectFirst[1])) return spans(subjectFirst, subjectFirst[1], subjectFirst[2]);
  const verbFirst = new RegExp(`^[^\\S\\n]*${verb}[^\\S\\n]+${name}`, 'u').exec(after);
  if (verbFirst && !/^(he|she|they|I|we)$/.test(verbFirst[2]) && !opener.test(verbFirst[2]))
    return spans(verbFirst, verbFirst[2], verbFirst[1]);
  return undefined;
}

function quoteDrafts(doc: ArticleDoc, sentences: SentenceView[], taken: Draft[], quotes: CoreQuote[]): Draft[] {
  const out: Draft[] = [];
  const docTokens = sentences.flatMap((s) => s.tokens.map((t) => ({ t, s })));
  for (const q of quotes) {
    const span = { start: q.beginIndex, end: q.endIndex };
    // Covered by a cue's statement, unless that cue is inside the quotation (its own words;
    // not for the stray pairs of quotation marks longer than a paragraph).
    const paragraphSized = paragraphSizedQuote(q);
    if (taken.some((d) => overlap(d.content, span) > 0.5 && !(paragraphSized && d.cue && within(d.cue, span))))
      continue;
    const words = q.text.split(/\s+/).length;
    const s = sentences[q.beginSentence];
    if (!s) continue;
    let speaker: Span | null = null;
    if (q.mentionBegin !== undefined && q.mentionEnd !== undefined && docTokens[q.mentionBegin]) {
      speaker = {
        start: docTokens[q.mentionBegin].t.characterOffsetBegin,
        end: docTokens[q.mentionEnd].t.characterOffsetEnd,
      };
    }
    // “A,” she said. “Yes, B.” — a short quotation going on after the cue is a piece of the
    // same statement (`joinPieces` joins them).
    const previous = [...taken, ...out].find(
      (d) =>
        d.cue &&
        d.sentence === q.beginSentence - 1 &&
        d.content.end <= d.cue.start &&
        d.cue.end <= s.start &&
        s.start - d.cue.end < 40,
    );
    // (The splitter hangs an archive-style opening '' on the sentence before.)
    const first = s.tokens[0]?.characterOffsetBegin;
    const opensSentence = first === q.beginIndex || (q.text.startsWith("''") && first === q.beginIndex + 2);
    // (The quote annotator gives an archive-style quotation as CoreNLP read it, opening ``.)
    // (Not one signed itself: '"Never," said Hedge. "You winning?" she asked'.)
    const answered = opensSentence ? signedAfter(doc.source.text, q.endIndex) : undefined;
    if (previous && words < 6 && /^([“"]|''|``)/.test(q.text) && opensSentence && !answered) {
      out.push({ speaker: previous.speaker, cue: previous.cue, content: span, sentence: s.index, confidence: 0.7 });
      continue;
    }
    // '“Absolutely,” he said when asked …', '“Probably.” Priebus said': a short quotation that
    // opens its sentence and is signed right after its closing mark is an answer, said.
    // (Not a cue with a clause of its own: '“Yes.” Smith said the deal was off.'; a quotation
    // after it is more of the same: '“My hope,” Girard said, “is …”'.)
    const ownStatement =
      !!answered &&
      [...taken, ...out].some(
        (d) =>
          d.cue &&
          d.cue.start === answered.cue.start &&
          !QUOTE_OPENS.test(doc.source.text.slice(d.content.start, d.content.end)),
      );
    if (answered && words < 5 && !ownStatement) {
      out.push({ speaker: answered.speaker, cue: answered.cue, content: span, sentence: s.index, confidence: 0.7 });
      continue;
    }
    // Scare quotes and quoted phrases ("so-called “experts”") are not statements; nor are titles
    // (“The Lead with Jake Tapper,” ''Chick Lit: The New Woman's Fiction.'').
    if (words < 5) continue;

    const signed = signature(doc.source.text, q.endIndex);
    if (signed) {
      out.push({ ...signed, content: span, sentence: s.index, confidence: 0.75 });
      continue;
    }
    // “A,” Mr. Barrett said. “B.” — B is a statement of its own, by the same speaker; so after
    // a longer tail ("''A,'' she told an audience at the Brookings Institution. ''B.''"), where
    // the quote annotator named no one.
    const turn =
      previous ??
      (speaker
        ? undefined
        : [...taken, ...out].find(
            (d) => d.cue && d.speaker && d.sentence === q.beginSentence - 1 && d.content.end <= d.cue.start,
          ));
    if (turn?.speaker && (opensSentence || q.beginIndex <= first + 1)) {
      out.push({ speaker: turn.speaker, cue: turn.cue, content: span, sentence: s.index, confidence: 0.7 });
      continue;
    }
    // '"The tower has caught the rocket!!" Musk wrote on X.': the splitter ends the sentence at
    // the quotation's own "!" or "?", and its cue opens the next one on the same line, right
    // after the speaker.
    const after = sentences.find((x) => x.tokens[0] && x.tokens[0].characterOffsetBegin >= q.endIndex);
    const endsSentence = sentences.some(
      (x) => x.tokens.length && Math.abs(x.tok(x.tokens.length).characterOffsetEnd - q.endIndex) <= 1,
    );
    if (
      after &&
      /[!?][”"'’]*\s*$/.test(q.text) &&
      endsSentence &&
      /^[ \t]*$/.test(doc.source.text.slice(q.endIndex, after.start))
    ) {
      let k = 1;
      while (k < after.tokens.length && /^(PERSON|ORGANIZATION)$/.test(after.tok(k).ner)) k++;
      const named = k > 1 || after.tok(1).pos === 'PRP';
      const cueAt = named && k > 1 ? k : 2;
      const cue = { start: after.tok(cueAt).characterOffsetBegin, end: after.tok(cueAt).characterOffsetEnd };
      // (Not a cue with a statement of its own: "He said the council …".)
      const own = [...taken, ...out].some((d) => d.cue && d.cue.start === cue.start);
      if (named && !own && SPEECH_VERBS.has(after.lemma(cueAt)) && after.tok(cueAt).pos.startsWith('VB')) {
        const who = { start: after.tok(1).characterOffsetBegin, end: after.tok(cueAt - 1).characterOffsetEnd };
        out.push({ speaker: speaker ?? who, cue, content: span, sentence: s.index, confidence: 0.75 });
        continue;
      }
      // ('"Why would we hand Chuck Schumer a veto …?" asked Sen. Ron Johnson of Wisconsin, who
      // said …': or the cue first, in lower case, and the name after it.)
      let n = 2;
      while (
        n <= after.tokens.length &&
        (/^NNP/.test(after.tok(n).pos) || (after.word(n) === 'of' && n > 2 && /^NNP/.test(after.tok(n + 1)?.pos ?? '')))
      )
        n++;
      const first = after.tok(1);
      // (The name ends there: not "asked President Trump's critics in a letter".)
      const ends = n > after.tokens.length || /^([,.;:]|in|on|at|during|after|before|while)$/i.test(after.word(n));
      if (
        n > 2 &&
        ends &&
        /^\p{Ll}/u.test(first.word) &&
        first.pos === 'VBD' &&
        SPEECH_VERBS.has(after.lemma(1)) &&
        after.tokens.slice(1, n - 1).some((t) => t.ner === 'PERSON' || t.ner === 'ORGANIZATION') &&
        ![...taken, ...out].some((d) => d.cue && d.cue.start === first.characterOffsetBegin)
      ) {
        const who = { start: after.tok(2).characterOffsetBegin, end: after.tok(n - 1).characterOffsetEnd };
        const asked = { start: first.characterOffsetBegin, end: first.characterOffsetEnd };
        out.push({ speaker: speaker ?? who, cue: asked, content: span, sentence: s.index, confidence: 0.75 });
        continue;
      }
    }
    // A title (“The Lead with Jake Tapper,” ''Chick Lit: The New Woman's Fiction.'') no cue
    // reports is no one's words.
    if (titleCased(q.text)) continue;
    const introduced = colonIntro(sentences, doc.source.text, q.beginIndex, speaker);
    if (introduced) {
      out.push({ ...introduced, content: span, sentence: s.index, confidence: 0.7 });
      continue;
    }
    out.push({ speaker, cue: null, content: span, sentence: s.index, confidence: speaker ? 0.7 : 0.5 });
  }
  return out;
}

/**
 * "She then addressed the supporters again: “Here is what I regret …”", "President Clinton
 * released the following statement: ⏎⏎ “Hillary and I offer our condolences …”": a quotation
 * right after a colon that ends a clause is said by that clause's subject (a name, a noun or a
 * personal pronoun), the clause's verb its cue; not by whoever else the clause names.
 */
function colonIntro(
  sentences: SentenceView[],
  text: string,
  begin: number,
  annotated: Span | null,
): Pick<Draft, 'speaker' | 'cue'> | undefined {
  let k = begin - 1;
  while (k >= 0 && /\s/.test(text[k])) k--;
  if (text[k] !== ':') return undefined;
  const s = sentences.find((x) => x.tokens.some((t) => t.characterOffsetBegin === k && t.word === ':'));
  if (!s) return undefined;
  const colon = s.tokenAt(k)!;
  // (The clause the colon closes: the nearest verb above it, or, where the colon hangs inside
  // the quotation, the sentence's root; the last clause joined with "and" before the colon that
  // has a subject of its own: "The Times made these allegations …, and Breitbart News
  // responded: …".)
  let v = s.clauseHead(s.head[colon] || s.root);
  if (v > colon) v = s.root;
  if (!v || v > colon || !s.tok(v).pos.startsWith('VB') || /^acl/.test(s.rel[v] ?? '')) return undefined;
  const later = s.kids(v, 'conj').filter((c) => c < colon && s.kid(c, 'nsubj') !== undefined);
  if (later.length) v = later[later.length - 1];
  const subject = s.kid(v, 'nsubj');
  if (subject === undefined || subject > v) return undefined;
  const t = s.tok(subject);
  // (Someone, or a body: "the union released …"; not "it", "this" or a number, nor a headline
  // in capitals: "RED STATES OUTNUMBER BLUE STATES … - Jeffrey M. Jones: “…”".)
  if (!(/^NN/.test(t.pos) || /^(he|she|they|we|i)$/i.test(t.word)) || /^[A-Z]{2,}$/.test(t.word)) return undefined;
  // (Where the quote annotator named someone, only a verb of saying, or a subject that names
  // someone, overrules it: "Sanders responded with a phrase …: “…”" stays Sanders's.)
  const saying =
    SPEECH_VERBS.has(s.lemma(v).toLowerCase()) ||
    /^(respond|reply|retort|address|release|issue)$/.test(s.lemma(v).toLowerCase());
  const named = /^(PERSON|ORGANIZATION)$/.test(t.ner) || /^(he|she|they|we|i)$/i.test(t.word);
  if (annotated && !(saying && named)) return undefined;
  const words = s.subtree(subject).filter((w) => w <= subject || !/^(acl|acl:relcl|appos)$/.test(s.rel[w] ?? ''));
  const { a, b } = s.trim(Math.min(...words), Math.max(...words.filter((w) => w < v)));
  return { speaker: s.span(a, Math.max(b, subject)), cue: s.span(v, v) };
}

/**
 * A cue's content that lies inside a quotation takes the whole quotation ("“A. B,” Trump
 * said" is one statement, though the parser gives only "B" to "said"). A cue inside the
 * quotation itself (“I think A. B,” Sanders said) is the quoted speaker's own words: its
 * content stays the clause it governs, and the quotation goes to the cue outside. Only
 * paragraph-sized quotations are passed in.
 */
function extendToQuotes(drafts: Draft[], quotes: { beginIndex: number; endIndex: number }[]): void {
  for (const d of drafts) {
    for (const q of quotes) {
      if (d.cue && within(d.cue, { start: q.beginIndex, end: q.endIndex })) continue;
      const inside = d.content.start >= q.beginIndex - 1 && d.content.end <= q.endIndex + 1;
      if (inside && (q.beginIndex < d.content.start || q.endIndex > d.content.end)) {
        d.content = { start: Math.min(q.beginIndex, d.content.start), end: Math.max(q.endIndex, d.content.end) };
      }
      // 'said that "if there's a large turnout I think we're going to do just fine. If it's a
      // low turnout, …"': a quotation that opens inside what a cue before it reports goes on to
      // its closing mark, over the sentence the parser ended it with.
      const opensInside = q.beginIndex > d.content.start && q.beginIndex < d.content.end && q.endIndex > d.content.end;
      if (opensInside && (!d.cue || d.cue.end <= d.content.start))
        d.content = { start: d.content.start, end: q.endIndex };
    }
  }
}

function kindOf(text: string, content: Span, docText: string): StatementKind {
  // Typographic, straight and typewriter marks (``…'' and the archive style ''…'').
  const body = docText.slice(content.start, content.end).replace(/[.,;:!?\s]+$/, '');
  const open = /^(“|"|‘|``|'')/.exec(body);
  const close = /(”|"|’|'')$/.exec(body);
  const inner = open && close ? body.slice(open[0].length, body.length - close[0].length) : body;
  if (open && close && inner.length > 0 && !/[“”"]|''|``/.test(inner)) return 'direct';
  if (/[“”"]|''|``/.test(body)) return 'mixed';
  return 'indirect';
}

/**
 * "Netanyahu said he hopes that …": a cue inside another statement's content, by the same
 * speaker (or none), only restates part of it, and is left out; so is an attitude the outer
 * speaker ascribes to someone else ("Lopez said farmers believe …", "aides said the ad shows
 * …"): that is the outer speaker's claim, not the farmers' statement. A different speaker's
 * words reported inside ("a source said Clinton had told police that …") stay a statement of
 * their own, as does everything inside a relay ("…, Anadolu reports").
 */
function withoutRestatements(drafts: Draft[], mentions: Mention[], text: string, sentences: SentenceView[]): Draft[] {
  // (A cue in the base form, "expected to argue that …", "for Ginsburg to criticize Trump",
  // "demanding that the candidates propose efforts …", tells what someone may, must or is to
  // say: inside another's words, no statement of its own.)
  // (An infinitive or a verb after a modal, not a present tense the tagger took for one
  // ("strategists fear that … and warn that …"); and not one after a verb of going on with it:
  // "started to portray the shooting as …", "taking to Twitter to call Fields …", "don't
  // hesitate to report …" tell of a saying that happened.)
  const baseForm = (d: Draft) => {
    const s = sentences[d.sentence];
    const v = s?.tokenAt(d.cue!.start);
    if (v === undefined || s.tok(v).pos !== 'VB') return false;
    const marked = s.kids(v, 'mark', 'aux').some((m) => /^(TO|MD)$/.test(s.tok(m).pos) || /^to$/i.test(s.word(m)));
    return marked && !GOING_ON.test(s.lemma(s.head[v] ?? 0).toLowerCase());
  };
  const who = (d: Draft) =>
    d.speaker
      ? (entityAt(mentions, d.speaker.start, d.speaker.end) ?? text.slice(d.speaker.start, d.speaker.end))
      : undefined;
  return drafts.filter((d) => {
    if (!d.cue) return true;
    const outer = drafts.find(
      (o) =>
        o !== d &&
        o.cue &&
        within(d.cue!, o.content) &&
        within(d.content, o.content) &&
        !/^(report|according)/i.test(text.slice(o.cue.start, o.cue.end)),
    );
    return !outer || (d.speaker !== null && !d.attitude && !baseForm(d) && who(d) !== who(outer));
  });
}

/** Verbs after which an infinitive tells what was done: "started to portray", "took to Twitter to call". */
const GOING_ON = /^(start|begin|continue|take|hesitate|proceed|go|rush|move|hasten|manage|dare)$/;

/** A speaker label starts just after the quotation mark at `mark` ("“PENCE: …"). */
const labelAfterMark = (labels: Draft[], mark: number) =>
  labels.some((l) => l.speaker!.start > mark && l.speaker!.start - mark <= 2);

/**
 * "“PENCE: Well, look, … ⏎⏎ “But the truth is …": in a transcript quoted paragraph by
 * paragraph, a paragraph that opens with a quotation mark and no speaker label goes on with
 * the turn before it; a stage direction ("“(CROSSTALK.)") or the next label ends the turn.
 * A turn is verbatim: direct speech.
 */
function continueTurns(labels: Draft[], text: string): void {
  for (const d of labels) {
    const lineStart = text.lastIndexOf('\n', d.speaker!.start - 1) + 1;
    if (!/^\s*["“]\s*$/.test(text.slice(lineStart, d.speaker!.start))) continue;
    let end = d.content.end;
    for (;;) {
      const gap = /^[^\S\n]*\n\s*/.exec(text.slice(end));
      if (!gap) break;
      const start = end + gap[0].length;
      if (!/^["“](?!\s*\()/.test(text.slice(start, start + 3)) || labelAfterMark(labels, start)) break;
      const lineEnd = text.indexOf('\n', start);
      end = lineEnd < 0 ? text.length : lineEnd;
      while (end > start && /\s/.test(text[end - 1])) end--;
    }
    d.content = { start: d.content.start, end };
    d.kind = 'direct';
  }
}

export function findStatements(doc: ArticleDoc): Statement[] {
  const sentences = need(doc, 'sentences', 'statements');
  const mentions: Mention[] = need(doc, 'mentions', 'statements');
  const text = doc.source.text;
  const articleId = doc.id;
  const titleStart = doc.source.title ? text.indexOf(doc.source.title) : undefined;
  let drafts: Draft[] = [];
  for (const s of sentences) {
    const found = [
      ...verbCues(s),
      ...nounCues(s),
      ...accordingTo(s),
      ...colonCues(s, text, mentions, titleStart),
      ...reportedly(s),
      ...madeClear(s),
    ];
    drafts.push(...found, ...askedFirst(s, found));
  }
  // "“PENCE: …": a transcript quoted paragraph by paragraph opens each line with a quotation
  // mark that the quote annotator pairs with the next line's; the speaker's label, not the
  // marks, says who speaks.
  const labels = drafts.filter((d) => d.speaker && d.cue && text.slice(d.cue.start, d.cue.end) === ':');
  continueTurns(labels, text);
  const coreQuotes = doc.annotation?.quotes ?? [];
  const allQuotes = [...coreQuotes, ...archiveQuotes(text, sentences, coreQuotes)]
    .sort((a, b) => a.beginIndex - b.beginIndex)
    .filter((q) => !labelAfterMark(labels, q.beginIndex));
  const quotes = allQuotes.filter(paragraphSizedQuote);
  // 'Ms. Okafor said the cuts would hurt. ''My students …': the splitter hangs the next
  // quotation's opening '' on this sentence, and the clause with it.
  for (const d of drafts) {
    const mark = allQuotes.find((q) => q.beginIndex > d.content.start && q.beginIndex + 2 === d.content.end);
    if (mark && text.slice(mark.beginIndex, d.content.end) === "''") {
      let end = mark.beginIndex;
      while (end > d.content.start && /\s/.test(text[end - 1])) end--;
      d.content = { start: d.content.start, end };
    }
  }
  extendToQuotes(drafts, quotes);
  // 'which Mr. Trump called ''a disgrace,'' blaming Bloomberg': a content after its cue that
  // opens with a quotation ends with it where a comma follows it (the rest is the writer's).
  for (const d of drafts) {
    if (!d.cue || d.cue.end > d.content.start) continue;
    const q = quotes.find(
      (x) => x.beginIndex <= d.content.start && d.content.start <= x.beginIndex + 2 && x.endIndex < d.content.end,
    );
    // (The comma inside the closing mark, ",''", or after it; and no clause going on after it:
    // "said ''within days,'' the troops would withdraw" is all said.)
    const comma = q && (/,\s*$/.test(q.text.replace(/[”"'’`]+$/, '')) || /^\s*,/.test(text.slice(q.endIndex)));
    // (A word of the quotation hung on a word after it: the quotation opens a longer clause.)
    const sv = sentences[d.sentence];
    const at = (k: number) => sv?.tok(k).characterOffsetBegin ?? -1;
    const inQuote = (k: number) => q !== undefined && at(k) >= q.beginIndex && at(k) < q.endIndex;
    const clause =
      !!sv &&
      sv.tokens.some((_, i) => {
        const h = sv.head[i + 1];
        return inQuote(i + 1) && !!h && !inQuote(h) && at(h) >= (q?.endIndex ?? 0) && at(h) < d.content.end;
      });
    if (q && comma && !clause) d.content = { start: q.beginIndex, end: q.endIndex };
  }
  drafts.push(...quoteDrafts(doc, sentences, drafts, allQuotes));
  // A cue inside a quotation ("“I think we can win,” she said") or inside a transcript line
  // ("PENCE: Well, look, you know, …") is part of what was quoted, not another statement: the
  // quotation or the line is attributed as a whole.
  const lines = labels.map((d) => d.content);
  drafts = drafts.filter(
    (d) =>
      !d.cue ||
      (!quotes.some((q) => within(d.cue!, { start: q.beginIndex, end: q.endIndex })) &&
        !lines.some((l) => within(d.cue!, l))),
  );
  drafts.push(...learnedDrafts(sentences, drafts, quotes, mentions, text));
  // "In a speech, Clinton laid out her proposals": last, and only where no statement lies in
  // what it would report ("In an interview, Jeffries reacted, saying: “…”" is the quotation's).
  for (const s of sentences)
    for (const d of inSource(s, text, mentions))
      if (!drafts.some((o) => (o.cue && within(o.cue, d.content)) || within(o.content, d.content))) drafts.push(d);

  // "Clinton: 547." in a delegate count: a content with no word in it is nothing said.
  // (A quoted number is a quotation: "“2,000,” he said.")
  drafts = drafts.filter((d) => {
    const said = text.slice(d.content.start, d.content.end);
    return /\p{L}/u.test(said) || (/\d/.test(said) && /^(“|"|''|``)/.test(said));
  });

  // Same content twice (two cues on one clause): keep the better one; at equal confidence,
  // the cue outside the content (the attribution) over one inside it.
  const cueInside = (d: Draft) => !!d.cue && within(d.cue, d.content);
  drafts.sort((a, b) => b.confidence - a.confidence || Number(cueInside(a)) - Number(cueInside(b)));
  const kept: Draft[] = [];
  for (const d of drafts) {
    if (kept.some((k) => k.content.start === d.content.start && k.content.end === d.content.end)) continue;
    kept.push(d);
  }
  drafts = kept.sort((a, b) => a.content.start - b.content.start);
  drafts = withoutRestatements(drafts, mentions, text, sentences);

  const fallback = doc.date ? { date: doc.date, precision: 'day' as const } : undefined;
  // "Moscow, which does not recognise the court, has dismissed the warrant": Russia.
  const entities = new Map(need(doc, 'entities', 'statements').map((e) => [e.id, e]));
  // "the former president told reporters": a title the article gives one person only.
  const roles = need(doc, 'roles', 'statements');
  const holder = (span: Span): string | undefined => {
    const m = /^[Tt]he (former |ex-)?([\p{L} -]+)$/u.exec(text.slice(span.start, span.end));
    if (!m) return undefined;
    // "the former president", "the Brazilian president": the title, with or without the word before it.
    const words = m[2].split(' ');
    const tries = [
      words.join(' '),
      ...(words.length > 1 && /^\p{Lu}/u.test(words[0]) ? [words.slice(1).join(' ')] : []),
    ];
    for (const t of tries) {
      const wanted = t.toLowerCase().replace(/^premier$/, 'prime minister');
      const people = new Set(
        roles
          .filter((r) => {
            const title = r.title.toLowerCase().replace(/^former /, '');
            // ("The secretary said" of "Secretary of State Marco Rubio", "the minister" of the one
            // "Foreign Minister" named: the title's head word, where one person holds such a title.)
            return (
              r.current === !m[1] &&
              (title === wanted ||
                (OFFICE_HEADS.test(wanted) &&
                  t === m[2] &&
                  (title.startsWith(`${wanted} of `) || (title.endsWith(` ${wanted}`) && !OFFICE_RANKS.test(title)))))
            );
          })
          .map((r) => r.personId),
      );
      if (people.size === 1) return [...people][0];
    }
    return undefined;
  };
  // "He said …" with no coreference chain to follow: the person named last within the two
  // sentences before it. (CoreNLP's genders for names were tried as a filter: as often wrong
  // as right on PolNeAR dev.)
  // (Not a man the article calls "Mr." for "she", nor a woman it calls "Ms.", "Mrs." or "Miss"
  // for "he": "“I'm confident …,” she said" after "Mr. Trump faced criticism …".)
  // (Read once per article: the genders each entity's names are given a title of.)
  const titles = new Map<string, Set<'m' | 'f'>>();
  for (const m of mentions) {
    if (!m.entity || m.kind !== 'name') continue;
    const g =
      titleGender(text.slice(m.start, m.end)) ??
      titleGender(text.slice(Math.max(0, m.start - 6), m.start), { before: true });
    if (g) titles.set(m.entity, (titles.get(m.entity) ?? new Set()).add(g));
  }
  const titled = (entity: string, gender: 'm' | 'f') => titles.get(entity)?.has(gender) ?? false;
  // A "he" or "she" speaker, and whether a person's titles allow it.
  const heOrShe = (span: Span): 'he' | 'she' | undefined => {
    const pronoun = text.slice(span.start, span.end).toLowerCase();
    return pronoun === 'he' || pronoun === 'she' ? pronoun : undefined;
  };
  const couldBe = (entity: string, pronoun: 'he' | 'she') =>
    entity.startsWith('person:') && !titled(entity, pronoun === 'he' ? 'f' : 'm');
  // ("Wilders, whose party … brought down the government of Prime Minister Dick Schoof, said he
  // would respect the result. He also said …": a "he" or "she" opening a sentence is the person
  // named as the subject of the sentence before, not whoever was named last in it.)
  // Speakers a quotation naming its speaker in full moved to another: span → [from, to].
  const selfNamed = new Map<string, [string, string]>();
  const previousSubject = (sentence: number): string | undefined => {
    const p = sentences[sentence - 1];
    const root = p?.root ?? 0;
    const subj = p && root >= 1 ? p.kid(root, 'nsubj') : undefined;
    if (!p || subj === undefined) return undefined;
    const at = p.tok(subj).characterOffsetBegin;
    return mentions.find((m) => m.kind === 'name' && m.entity?.startsWith('person:') && m.start <= at && at < m.end)
      ?.entity;
  };
  const lastPerson = (span: Span, sentence: number): string | undefined => {
    const pronoun = heOrShe(span);
    if (!pronoun) return undefined;
    const sv = sentences[sentence];
    // (Or the subject with no person named before it in its sentence: "“It will be very hard for
    // me …,” he wrote", after "President Donald Trump, who had urged New Yorkers to vote for
    // Cuomo, threatened …".)
    const k = sv?.tokenAt(span.start);
    const opens =
      sv?.tok(1).characterOffsetBegin === span.start ||
      (k !== undefined &&
        sv!.rel[k] === 'nsubj' &&
        !mentions.some(
          (m) =>
            m.kind === 'name' &&
            m.entity?.startsWith('person:') &&
            m.start >= sv!.tok(1).characterOffsetBegin &&
            m.start < span.start,
        ));
    const before = opens ? previousSubject(sentence) : undefined;
    if (before && couldBe(before, pronoun)) return before;
    return lastNamedBefore(mentions, span.start, sentence, (e) => couldBe(e, pronoun));
  };
  // The widest name in the speaker; not a place that only modifies a noun that is no name
  // ("The Santa Clara, California-based company", "A Jerusalem court"): the place did not speak.
  const widest = (span: Span, head: Span | undefined): string | undefined => {
    const id = entityAt(mentions, span.start, span.end);
    const common = head && !mentions.some((m) => m.kind === 'name' && m.start <= head.start && head.end <= m.end);
    const type = entities.get(id ?? '')?.type;
    // "Soldiers in Niger announced …": nor a country they are in.
    const at = mentions.find((m) => m.entity === id && m.start >= span.start && m.end <= span.end)?.start ?? 0;
    const located = /\b(in|at|from)\s+(the\s+)?$/i.test(text.slice(span.start, at));
    // "Ukraine's top commander said", "Netanyahu's spokesman said": a post whose holder is not
    // named is not its owner speaking.
    // (The name right after the post is its holder: "Trump's lawyer Todd Blanche".)
    // ("Qatar's Prime Minister Sheikh Mohammed …": titles may come between.)
    const holderNamed = at >= (head?.end ?? 0) && !/(^|\s)\p{Ll}/u.test(text.slice(head?.end ?? 0, at));
    const post = common && !holderNamed && ROLE_NOUNS.has(text.slice(head.start, head.end).toLowerCase());
    return post || (common && (type === 'Place' || (type === 'Country' && located))) ? undefined : id;
  };
  // "Vance warned against regulation of the industry, which he said could kill it": a "he" or
  // "she" who speaks in a relative clause is the person the sentence names as its subject
  // (CoreNLP's chain may reach back to someone in an earlier sentence).
  const boundTo = (d: Draft): string | undefined => {
    const pronoun = d.speaker && d.cue ? heOrShe(d.speaker) : undefined;
    if (!pronoun || !d.cue) return undefined;
    const sv = sentences[d.sentence];
    const v = sv?.tokenAt(d.cue.start);
    if (!sv || v === undefined) return undefined;
    let relative = false;
    for (let c = v, hops = 0; c && hops < 8 && !relative; c = sv.head[c], hops++) relative = sv.rel[c] === 'acl:relcl';
    const subject = relative && sv.root ? sv.kid(sv.root, 'nsubj') : undefined;
    if (subject === undefined || subject > v) return undefined;
    const t = sv.tok(subject);
    const named = mentions.find(
      (m) => m.kind === 'name' && m.entity && m.start <= t.characterOffsetBegin && t.characterOffsetEnd <= m.end,
    )?.entity;
    // (Not past another person named between them: "the shootings that Obama mentioned when he
    // announced …", "Khalif said … Clinton's rhetoric …, her comments … in which she said …".)
    const between = mentions.some(
      (m) =>
        m.entity?.startsWith('person:') &&
        m.entity !== named &&
        m.start > t.characterOffsetEnd &&
        m.end <= d.speaker!.start,
    );
    // (Nor over CoreNLP's chain where it leads to someone named earlier in the paragraph: "Farmer
    // Tom Jones … Trump imposed the tariffs, which he said had wrecked his business".)
    const chained = d.speakerHead && entityAt(mentions, d.speakerHead.start, d.speakerHead.end);
    const paragraph = Math.max(0, text.lastIndexOf('\n', t.characterOffsetBegin));
    const nearer =
      !!chained &&
      chained !== named &&
      mentions.some(
        (m) => m.kind === 'name' && m.entity === chained && m.start >= paragraph && m.end <= d.speaker!.start,
      );
    return named && !between && !nearer && couldBe(named, pronoun) ? named : undefined;
  };
  // "Tillis, who announced on Sunday …", where the parser left the name out of the speaker.
  // ("U.S. District Judge Paula Xinis in Maryland, who had told officials …": a "who" is the
  // person, not the place the person is in.)
  const antecedentOf = (span: Span): string | undefined => {
    const pronoun = text.slice(span.start, span.end);
    if (!/^(who|which)$/i.test(pronoun)) return undefined;
    // ("The United Steelworkers union, which …": a common noun may end the name's phrase.)
    const before = mentions.find(
      (m) => m.kind === 'name' && m.entity && /^(?:\s+\p{Ll}+)?\s*,\s*$/u.test(text.slice(m.end, span.start)),
    );
    const where = before && /^(who)$/i.test(pronoun) && (before.type === 'Place' || before.type === 'Country');
    if (!before || !where) return before?.entity;
    return mentions.find(
      (m) =>
        m.kind === 'name' &&
        m.type === 'Person' &&
        m.entity &&
        /^\s+(?:in|of|from)\s+(?:the\s+)?$/i.test(text.slice(m.end, before.start)),
    )?.entity;
  };
  const sentenceAt = (offset: number) =>
    sentences.find(
      (s) => s.tokens[0].characterOffsetBegin <= offset && offset < s.tokens[s.tokens.length - 1].characterOffsetEnd,
    )?.index;
  const statements = drafts.map((d) => {
    // An archive-style opening mark ("''This isn't tax reform,'' said …"), written like a
    // closing one (CoreNLP's splitter may even give it to the sentence before), opens this
    // quotation where it clings to the content's first word.
    if (
      /^(''|``)$/.test(text.slice(d.content.start - 2, d.content.start)) &&
      /^\s?$/.test(text.charAt(d.content.start - 3))
    )
      d.content = { start: d.content.start - 2, end: d.content.end };
    if (d.speaker) d.speaker = tidySpeaker(d.speaker, text);
    // "Outgoing President Macky Sall, who had tried …, also congratulated": the relative pronoun
    // of a clause set off inside the subject is no part of the speaker (it is, in "X, who said").
    const relative = d.speaker && /,\s*(?:who|which)$/.exec(text.slice(d.speaker.start, d.speaker.end));
    if (d.speaker && relative && relative.index > 0 && d.cue && /,/.test(text.slice(d.speaker.end, d.cue.start)))
      d.speaker = { start: d.speaker.start, end: d.speaker.start + relative.index };
    // The entity the speaker's head word names ("Mathilde Vu of the Norwegian Refugee Council"
    // is Vu), else the widest name in the speaker.
    // ("Boeing factory workers voted": workers who speak are not their employer.)
    // (Not "Doctors at Nasser Hospital said": a name after the workers is where they work, and
    // speaks for them.)
    // (Nor "nearly all of its 770 employees": the company "its" stands for.)
    const employer = d.speaker ? widest(d.speaker, d.speakerHead) : undefined;
    const lastSpoken = d.speaker ? (text.slice(d.speaker.start, d.speaker.end).split(/\s+/).pop() ?? '') : '';
    const headText = d.speakerHead ? text.slice(d.speakerHead.start, d.speakerHead.end) : undefined;
    // (Nor are supporters, critics, rivals, whoever is named beside them: "one Sanders supporter
    // wrote", "a harsh critic of Mr. Peña Nieto said". The head decides where there is one:
    // "Sanders' fundraising email to his supporters notes" is Sanders.)
    // ("Her coalition partner"; not "A senior partner at McKinsey", who is of the firm.)
    const spoken = d.speaker ? text.slice(d.speaker.start, d.speaker.end) : '';
    const followers =
      FOLLOWERS.test(headText ?? lastSpoken) &&
      !(/^partner$/i.test(headText ?? lastSpoken) && !/\b(his|her|its|their|our|my)\b|['’]s\b/i.test(spoken));
    // (Nor is someone's family, named after them: "his family said"; "His wife Stella Assange told"
    // is hers.)
    const headWorkers = headText !== undefined && (WORKERS.test(headText) || KIN.test(headText));
    const workforce = headWorkers || WORKERS.test(lastSpoken) || KIN.test(lastSpoken) || followers;
    // (Where the workers are named: the head, or the speaker's last word.)
    const staffAt = headWorkers ? d.speakerHead!.start : (d.speaker?.end ?? 0) - lastSpoken.length;
    const workers =
      followers ||
      (workforce &&
        employer !== undefined &&
        mentions.some((m) => m.entity === employer && m.end <= staffAt && m.start >= d.speaker!.start));
    // (Nor is a court or judge the article does not name the country or body named in it: "A
    // U.S. trade court ruling that …", "The EU's top court".)
    // ("A three-judge panel at the … Court of International Trade" is that court's.)
    const bench =
      headText !== undefined &&
      BENCH.test(headText) &&
      !mentions.some((m) => m.entity === employer && m.type === 'Court');
    // ("Qatar's Foreign Ministry spokesman Majed al-Ansari described …", the parser making the
    // post the head: the person named right after it.)
    const holderAfterPost =
      d.speaker && d.speakerHead && ROLE_NOUNS.has(text.slice(d.speakerHead.start, d.speakerHead.end).toLowerCase())
        ? mentions.find(
            (m) =>
              m.kind === 'name' &&
              m.type === 'Person' &&
              m.entity &&
              m.start > d.speakerHead!.end &&
              m.end <= d.speaker!.end &&
              /^\s+$/.test(text.slice(d.speakerHead!.end, m.start)),
          )?.entity
        : undefined;
    // ("Macron's office said": a person's office speaks for them, whatever chain CoreNLP put
    // "office" in.)
    const possessor =
      d.speaker &&
      d.speakerHead &&
      !workers &&
      !bench &&
      employer?.startsWith('person:') &&
      mentions.some(
        (m) =>
          m.kind === 'name' &&
          m.entity === employer &&
          m.start >= d.speaker!.start &&
          m.end < d.speakerHead!.start &&
          /^(?:'s|’s|')\s/.test(text.slice(m.end, m.end + 3)),
      )
        ? employer
        : undefined;
    const headEntity = d.speakerHead && entityAt(mentions, d.speakerHead.start, d.speakerHead.end);
    const ownHead = workforce && headEntity === employer ? undefined : headEntity;
    // ("Thiam's party, the Democratic Party of Ivory Coast, said": a body named beside a common
    // noun is who spoke, not the noun's owner nor a chain's guess.)
    const apposed = d.speakerAppos && entityAt(mentions, d.speakerAppos.start, d.speakerAppos.end);
    const bodyBeside =
      apposed &&
      /^(organisation|group|court):/.test(apposed) &&
      headEntity !== apposed &&
      !/^person:/.test(headEntity ?? '')
        ? apposed
        : undefined;
    const found = seatOf(
      d.speaker
        ? (boundTo(d) ??
            bodyBeside ??
            possessor ??
            // (Not where a chain put "Robinson's roommate" in Robinson's: the workers, kin
            // or followers of someone are not that someone.)
            ownHead ??
            holderAfterPost ??
            (d.speakerAppos && entityAt(mentions, d.speakerAppos.start, d.speakerAppos.end)) ??
            (workers || bench ? undefined : employer) ??
            (workforce ? undefined : antecedentOf(d.speaker)) ??
            (workforce ? undefined : holder(d.speaker)) ??
            // (The speaker of a quotation that goes on in the next sentence is in the one before.)
            lastPerson(d.speaker, sentenceAt(d.speaker.start) ?? d.sentence))
        : undefined,
      entities,
    );
    // ("Quiroga conceded defeat. “I called Rodrigo Paz to congratulate him,” he said": no one
    // quoted names himself in full; a "he" or "she" a chain gave the person the quotation names
    // is the subject of the sentence before, where that is someone else.)
    // (Nor, in words reported without quotation marks, by any of their names: "Investigators
    // believe he knew Vasquez, but …, she said" after the police chief's words is not Vasquez's.)
    const pronounSpeaker = d.speaker ? heOrShe(d.speaker) : undefined;
    const quoted = isOpenQuote(text.slice(d.content.start, d.content.start + 1));
    const namesSelf =
      pronounSpeaker &&
      found &&
      mentions.some(
        (m) =>
          m.kind === 'name' &&
          m.entity === found &&
          m.start >= d.content.start &&
          m.end <= d.content.end &&
          (!quoted || /\s/.test(text.slice(m.start, m.end))),
      );
    // ("Earle-Sears … fired back that Spanberger had voted for “every … bill Nancy Pelosi put in
    // front of her.” She called …": a "he" or "she" opening a sentence is not a person named
    // last inside someone's quotation, but the subject of the sentence before.)
    const lastNamed = found?.startsWith('person:')
      ? mentions.filter((m) => m.kind === 'name' && m.entity === found && m.end <= d.speaker!.start).at(-1)
      : undefined;
    const opening = !!d.speaker && sentences[d.sentence]?.tok(1).characterOffsetBegin === d.speaker.start;
    const quotedOnly =
      pronounSpeaker &&
      opening &&
      lastNamed &&
      allQuotes.some((q) => q.beginIndex <= lastNamed.start && lastNamed.end <= q.endIndex);
    const other = namesSelf || quotedOnly ? previousSubject(d.sentence) : undefined;
    const speakerEntity = other && other !== found && couldBe(other, pronounSpeaker!) ? other : found;
    if (speakerEntity !== found && d.speaker)
      selfNamed.set(`${d.speaker.start}:${d.speaker.end}`, [found!, speakerEntity!]);
    const about = [
      ...new Set(
        mentions
          .filter(
            (m) =>
              m.entity &&
              m.start >= d.content.start &&
              m.end <= d.content.end &&
              m.entity !== speakerEntity &&
              // "I", "we" in what is said are the speaker, whatever coreference made of them.
              !(m.kind === 'pronoun' && FIRST_PERSON.test(m.text)) &&
              // "Trump said he might travel …": the "he" that opens what a person said is the
              // speaker (CoreNLP's chain sometimes gives it to another man named before), unless
              // the sentence names whom the chain gives it ("Obama … said she has the judgment").
              !(
                m.kind === 'pronoun' &&
                /^(he|she)$/i.test(m.text) &&
                speakerEntity?.startsWith('person:') &&
                /^(that\s+)?$/i.test(text.slice(d.content.start, m.start)) &&
                !mentions.some((n) => n.kind === 'name' && n.entity === m.entity && n.sentence === d.sentence)
              ),
          )
          .map((m) => m.entity!)
          // (And what the relative pronoun the cue takes stands for.)
          .concat(
            [d.antecedent && entityAt(mentions, d.antecedent.start, d.antecedent.end)].filter(
              (e): e is string => !!e && e !== speakerEntity,
            ),
          ),
      ),
    ];
    // ("Economists polled by Reuters expect one more cut in September": a time ahead that a cue in
    // the present tense takes is what is expected; the saying is the article's.)
    const sv = sentences[d.sentence];
    const cueAt = d.cue && sv ? sv.tokenAt(d.cue.start) : undefined;
    const ahead =
      !!d.date && !!doc.date && d.date.date > doc.date && cueAt !== undefined && /^VB[PZ]$/.test(sv!.tok(cueAt).pos);
    const date = d.date && !ahead ? notAfter(d.date, doc.date) : fallback;
    return {
      id: factId('statement', articleId, d.content.start, d.content.end),
      speaker: d.speaker ? { ...d.speaker, entityId: speakerEntity } : null,
      cue: d.cue,
      content: d.content,
      kind: d.kind ?? kindOf(text, d.content, text),
      date: date?.date,
      datePrecision: date?.precision,
      about,
      sentence: d.sentence,
      confidence: d.confidence,
    };
  });
  // (What else that "he" says goes with it: "…,” he said, adding that his party would …".)
  for (const st of statements) {
    const fix = st.speaker && selfNamed.get(`${st.speaker.start}:${st.speaker.end}`);
    if (fix && st.speaker!.entityId === fix[0]) {
      st.speaker = { ...st.speaker!, entityId: fix[1] };
      st.about = st.about.filter((e) => e !== fix[1]);
    }
  }
  itAfterBody(statements, text, mentions);
  return joinPieces(withRelays(withoutThingsSaid(statements, text), text), text, articleId);
}

/** Things that "show", "confirm" or "point to" something, which no one is. */
const THINGS = /^(numbers|data|results?|ruling|decision|verdict|evidence|statistics|findings)$/i;

/**
 * "Kimball said the numbers pointed to “a genuine toss-up.”", "Schwab said the ruling confirmed
 * that …": what a thing shows inside what someone said is that someone's statement, not one of
 * its own.
 */
function withoutThingsSaid(statements: Statement[], text: string): Statement[] {
  return statements.filter((st) => {
    if (!st.speaker || st.speaker.entityId) return true;
    const head = /(\S+)$/.exec(text.slice(st.speaker.start, st.speaker.end))?.[1] ?? '';
    if (!THINGS.test(head)) return true;
    return !statements.some(
      (o) =>
        o !== st &&
        o.speaker &&
        o.content.start <= Math.min(st.speaker!.start, st.content.start) &&
        Math.max(st.speaker!.end, st.content.end) <= o.content.end,
    );
  });
}

/** Head words of offices "the secretary", "the minister" may name (not "the candidate", anyone). */
const OFFICE_HEADS = /^(secretary|minister|chancellor|governor|mayor|ambassador|commissioner|envoy|prosecutor)$/;
/** Titles that are another office than the head word's own ("Prime Minister", "Deputy Mayor", "press secretary"). */
const OFFICE_RANKS = /^(prime|deputy|lieutenant|lt\.?|press|vice|assistant|under|first|chief|acting|junior|state)\b/;

/** Goods a company recalls (the verb's object), not anything one remembers. */
const RECALLED_GOODS =
  /^(vehicle|car|truck|suv|van|motorcycle|product|unit|device|battery|charger|phone|laptop|toy|bottle|package|jar|batch|tablet|pill|drug|medicine|dose|appliance|heater|stroller|helmet|seat)s?$/i;

/**
 * "…, the automaker said in a statement. Job cuts will be made …, it added.": an "it" that no
 * chain named speaks for the body whose statement comes last before it, in its sentence or the
 * one before (an "it" speaks for a body, not a person).
 */
function itAfterBody(statements: Statement[], text: string, mentions: Mention[]): void {
  const SAYING =
    /^(said|says|added|adds|told|tells|warned|noted|stated|announced|insisted|argued|claimed|stressed|urged|denied)$/i;
  for (const st of statements) {
    if (!st.speaker || st.speaker.entityId || !/^it$/i.test(text.slice(st.speaker.start, st.speaker.end))) continue;
    if (!st.cue) continue;
    const before = statements
      .filter((o) => o.speaker?.entityId && o.speaker.start < st.speaker!.start)
      .sort((a, b) => b.speaker!.start - a.speaker!.start)[0];
    // (Only a saying: "… the ministry said. It shows homicides rose 12%" is the report's; or
    // any cue where the "it" opens what the body said: "The U.N. rights office said it was
    // shocked … and called for an investigation".)
    const opens = before !== undefined && before.content.start === st.speaker.start;
    if (!SAYING.test(text.slice(st.cue.start, st.cue.end)) && !opens) continue;
    if (
      !before ||
      st.sentence - before.sentence > 1 ||
      !/^(organisation|court|country):/.test(before.speaker!.entityId!)
    )
      continue;
    // (Nor past another body named since: "…, a decision criticised by the opposition Semilla
    // party. It said …".)
    const since = mentions.some(
      (m) =>
        m.entity &&
        m.entity !== before.speaker!.entityId &&
        /^(organisation|court|country|group):/.test(m.entity) &&
        m.start > before.speaker!.end &&
        m.end <= st.speaker!.start,
    );
    if (!since) st.speaker = { ...st.speaker, entityId: before.speaker!.entityId };
  }
}

/**
 * "Netanyahu claimed progress, Anadolu reports": the inner statement was relayed through
 * the outer speaker (ACCORDING_TO in the graph), as is everything an outlet's "according to"
 * or report wraps.
 */
function withRelays(statements: Statement[], text: string): Statement[] {
  for (const inner of statements) {
    const outer = statements.find(
      (o) =>
        o !== inner &&
        o.speaker?.entityId &&
        o.speaker.entityId !== inner.speaker?.entityId &&
        o.content.start <= inner.content.start &&
        inner.content.end <= o.content.end &&
        (inner.speaker ? o.content.start <= inner.speaker.start && inner.speaker.end <= o.content.end : true) &&
        /^(report|according)/i.test(o.cue ? text.slice(o.cue.start, o.cue.end) : ''),
    );
    if (outer) inner.accordingTo = outer.speaker!.entityId;
  }
  return statements;
}

const QUOTE_OPENS = /^\s*(“|"|‘|``|'')/;

/** What was said in a statement: its pieces, or its content. */
export const piecesOf = (s: Statement): Span[] => s.parts ?? [s.content];

/**
 * "“It is too soon to give people hope,” Netanyahu said in a video released by his office. “We
 * are currently working ceaselessly on it.”": a quotation the writer's words break into pieces,
 * held together by one cue and speaker, is one statement, as attribution corpora mark it
 * (PolNeAR, PARC): its content runs from the first piece to the last, `parts` are the pieces,
 * and the words between them are the writer's. Pieces join only where each opens with a
 * quotation mark ("She said the cuts would hurt. “My students …”" stays two statements).
 */
export function joinPieces(statements: Statement[], text: string, articleId: string): Statement[] {
  const out: Statement[] = [];
  const sameAttribution = (a: Statement, b: Statement) =>
    !!a.cue &&
    !!b.cue &&
    a.cue.start === b.cue.start &&
    a.cue.end === b.cue.end &&
    a.speaker?.start === b.speaker?.start &&
    a.speaker?.end === b.speaker?.end;
  const sorted = [...statements].sort((a, b) => a.content.start - b.content.start);
  const joined = new Set<Statement>();
  for (const s of sorted) {
    if (joined.has(s)) continue;
    let cur = s;
    for (const next of sorted) {
      if (joined.has(next) || next === s || next.content.start < cur.content.end) continue;
      // (Sorted by start: a quotation paragraphs away is no piece of this one.)
      if (next.content.start - cur.content.end > 1500) break;
      // (Or a quotation no cue covers that the quote annotator gives the same speaker, or no
      // one, in the next sentence: '"A," said Tom Hedge, …, referring to the loans. "B."', and
      // '“A,” he predicted. “B.”' where no cue was found. Not one it gives an unresolved "he":
      // measured, worse. One it gives another named speaker, since 0.5.80: PolNeAR train +0.0002,
      // the annotator's guess wrong in 25 of 28 such pairs.)
      const goesOn =
        !next.cue &&
        ((!!next.speaker?.entityId && next.speaker.entityId === cur.speaker?.entityId) ||
          // (No one, or someone else the annotator guessed: only right after a quotation that
          // closes, in the same paragraph: '“Romanians have chosen a European path,” Dan told
          // cheering supporters …. “We have a lot of work ahead of us …”' is still Dan's.)
          ((!next.speaker || (!!next.speaker.entityId && !!cur.speaker?.entityId)) &&
            !!cur.speaker &&
            /(”|"|’|'')[.,!?]?\s*$/.test(text.slice(cur.content.start, cur.content.end)) &&
            // (Someone else's only within one line: some sources break paragraphs with a single
            // line break, and the next one's quotation is often another speaker's.)
            !(next.speaker ? /\n/ : /\n\s*\n/).test(text.slice(cur.content.end, next.content.start)))) &&
        next.sentence <= s.sentence + 1 &&
        /(^|[.!?]["”’']*)\s*$/.test(text.slice(cur.content.end, next.content.start));
      if (
        !(sameAttribution(cur, next) || goesOn) ||
        !QUOTE_OPENS.test(text.slice(next.content.start, next.content.end)) ||
        !QUOTE_OPENS.test(text.slice(cur.content.start, cur.content.end))
      )
        continue;
      // (Nobody else speaking between them: a statement set in the attribution's own sentence
      // ("“A,” Sanders said, according to CNN. “B.”", "replied Obama, whose criticism … has
      // sharpened") or the same speaker's ('… Mr. Hedge said, referring to the resorts') is no
      // break; "“A,” Ms. Epstein said. Mr. Amar said that …: “B.”" is.)
      const between = sorted.some(
        (o) =>
          o !== next &&
          o !== s &&
          !joined.has(o) &&
          o.content.start >= cur.content.end &&
          o.content.start < next.content.start &&
          o.sentence !== s.sentence &&
          !(!!o.speaker?.entityId && o.speaker.entityId === cur.speaker?.entityId),
      );
      if (between) break;
      const parts = [...piecesOf(cur), next.content];
      const kinds = new Set(parts.map((p) => kindOf(text, p, text)));
      cur = {
        ...cur,
        id: factId('statement', articleId, cur.content.start, next.content.end),
        content: { start: cur.content.start, end: next.content.end },
        parts,
        pieces: [...(cur.pieces ?? [cur]), next],
        kind: kinds.size === 1 ? [...kinds][0] : 'mixed',
        about: [...new Set([...cur.about, ...next.about])],
        accordingTo: cur.accordingTo ?? next.accordingTo,
        confidence: Math.min(cur.confidence, next.confidence),
      };
      joined.add(next);
    }
    out.push(mostlySaid(cur));
  }
  return out;
}

/**
 * '"These are strange days," said Peter Morgan, a lawyer for the Sierra Club, who has been
 * challenging the coal industry over water pollution issues for years. "I don't know …"': where
 * the writer's words between the pieces are more than the pieces, a content from the first piece
 * to the last would be mostly not what was said, so the content is the longest piece; `parts`
 * still lists them all, and the id is still the whole's.
 */
function mostlySaid(s: Statement): Statement {
  if (!s.parts) return s;
  const said = s.parts.reduce((n, p) => n + p.end - p.start, 0);
  if (s.content.end - s.content.start - said <= said) return s;
  const longest = s.parts.reduce((x, p) => (p.end - p.start > x.end - x.start ? p : x));
  return { ...s, content: { start: longest.start, end: longest.end } };
}

/**
 * The pieces of a statement in pieces as the statements they were, for the graph: each with its
 * own span, id, kind, about, events and confidence, and the whole statement's id as
 * `attributionId`. A statement in one piece is itself.
 */
export function splitPieces(s: Statement): Statement[] {
  return s.pieces ? s.pieces.map((p) => ({ ...p, attributionId: s.id })) : [s];
}

export const statementsStage: Stage = {
  name: 'statements',
  requires: ['sentences', 'mentions', 'entities', 'roles', 'annotation'],
  adds: ['statements'],
  run: (doc) => ({ ...doc, statements: findStatements(doc) }),
};
