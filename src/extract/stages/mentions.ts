// Stage 3: entity mentions with a domain type. Starts from CoreNLP's NER mentions and fixes
// what the raw engine gets wrong: outlets tagged as people, courts as plain organisations,
// nationality + institution ("Israeli army") as an organisation of that country, unnamed
// collectives that act or speak ("rights groups", "the Israeli opposition") as groups.
import type { CoreEntityMention } from '../corenlp/types.ts';
import {
  GROUP_HEADS,
  GROUP_QUALIFIERS,
  OUTLETS,
  OUTLET_NOUNS,
  STATE_ORG_HEADS,
  isCourtName,
} from '../lexicon/organisations.ts';
import { KNOWN_PLACES, canonicalCountry, countryOfDemonym } from '../lexicon/places.ts';
import { need, type Stage } from '../pipeline.ts';
import type { SentenceView } from '../syntax.ts';
import type { EntityType, Mention } from '../types.ts';

/** A mention as found, before entities are formed: carries its canonical name. */
export interface NamedMention extends Mention {
  name: string;
  /** For "Israeli army": the country it belongs to. */
  country?: string;
  outlet?: boolean;
  /** First and last token (1-based, inclusive) in its sentence. */
  tokens: [number, number];
}

const NAME_NER = new Set(['PERSON', 'ORGANIZATION', 'COUNTRY', 'LOCATION', 'CITY', 'STATE_OR_PROVINCE']);
const PRONOUN_POS = new Set(['PRP', 'PRP$', 'WP', 'WP$']);

function typeOf(
  m: CoreEntityMention,
  s: SentenceView,
): { type: EntityType; name: string; outlet?: boolean } | undefined {
  const text = m.text.replace(/\s+/g, ' ').trim();
  const lower = text.toLowerCase();
  const prev = s.tok(m.tokenBegin); // token before the mention (tokens are 1-based; tokenBegin is 0-based)
  const theName = prev && prev.word === 'The' && m.tokenBegin > 0 ? `The ${text}` : text;
  const next = s.tok(m.tokenEnd + 1);
  const nextLower = next?.word.toLowerCase() ?? '';
  const outletNoun = OUTLET_NOUNS.has(nextLower) && (m.ner === 'ORGANIZATION' || m.ner === 'PERSON');
  if (OUTLETS.has(lower) || OUTLETS.has(theName.toLowerCase()) || outletNoun) {
    return { type: 'Organisation', name: OUTLETS.has(theName.toLowerCase()) ? theName : text, outlet: true };
  }
  switch (m.ner) {
    case 'PERSON': {
      // "…, Anadolu reports." — a lone capitalised subject of "reports" is an outlet.
      const head = m.tokenEnd;
      if (m.tokenEnd - m.tokenBegin === 1 && /^report/.test(s.lemma(s.head[head] ?? 0)) && s.rel[head] === 'nsubj') {
        return { type: 'Organisation', name: text, outlet: true };
      }
      return { type: 'Person', name: text };
    }
    case 'ORGANIZATION':
      if (isCourtName(text)) return { type: 'Court', name: theName === text ? text : text };
      if (KNOWN_PLACES.has(lower)) return { type: 'Place', name: text };
      return { type: 'Organisation', name: theName };
    case 'COUNTRY': {
      if (KNOWN_PLACES.has(lower)) return { type: 'Place', name: text };
      return { type: 'Country', name: canonicalCountry(text) ?? text };
    }
    default: {
      const country = canonicalCountry(text);
      if (country && !KNOWN_PLACES.has(lower)) return { type: 'Country', name: country };
      return { type: 'Place', name: text };
    }
  }
}

/**
 * CoreNLP's mentions, cut where they cross a line break (a headline or table row is not
 * part of the next line's name) and trimmed of punctuation tokens at either end.
 */
function pieces(m: CoreEntityMention, s: SentenceView): CoreEntityMention[] {
  const out: CoreEntityMention[] = [];
  let from = m.tokenBegin;
  const push = (a: number, b: number) => {
    while (a < b && /^[\p{P}\p{S}]+$/u.test(s.tokens[a].word)) a++;
    while (b > a && /^[\p{P}\p{S}]+$/u.test(s.tokens[b - 1].word)) b--;
    if (a >= b) return;
    const first = s.tokens[a];
    const last = s.tokens[b - 1];
    out.push({
      ...m,
      tokenBegin: a,
      tokenEnd: b,
      characterOffsetBegin: first.characterOffsetBegin,
      characterOffsetEnd: last.characterOffsetEnd,
      text: s.tokens
        .slice(a, b)
        .map((t, i, arr) => t.originalText + (i < arr.length - 1 ? t.after : ''))
        .join(''),
    });
  };
  for (let k = m.tokenBegin + 1; k < m.tokenEnd; k++) {
    if (s.tokens[k].before.includes('\n')) {
      push(from, k);
      from = k;
    }
  }
  push(from, m.tokenEnd);
  return out;
}

function nerMentions(s: SentenceView): NamedMention[] {
  const out: NamedMention[] = [];
  for (const m of s.sentence.entitymentions.flatMap((x) => (NAME_NER.has(x.ner) ? pieces(x, s) : []))) {
    const first = m.tokenBegin + 1;
    const last = m.tokenEnd;
    const span = { start: m.characterOffsetBegin, end: m.characterOffsetEnd };
    const allPronouns = s.tokens.slice(m.tokenBegin, m.tokenEnd).every((t) => PRONOUN_POS.has(t.pos));
    if (allPronouns) {
      out.push({ ...span, sentence: s.index, text: m.text, kind: 'pronoun', name: m.text, tokens: [first, last] });
      continue;
    }
    const typed = typeOf(m, s);
    if (!typed) continue;
    out.push({
      ...span,
      sentence: s.index,
      text: m.text,
      kind: 'name',
      type: typed.type,
      name: typed.name,
      outlet: typed.outlet,
      tokens: [first, last],
    });
  }
  return out;
}

function covered(taken: NamedMention[], i: number): boolean {
  return taken.some((m) => m.kind === 'name' && m.tokens[0] <= i && i <= m.tokens[1]);
}

/** "Israeli army", "the Palestinian Authority" style: nationality word + institution noun. */
function stateOrgMentions(s: SentenceView, taken: NamedMention[]): NamedMention[] {
  const out: NamedMention[] = [];
  for (let i = 1; i < s.tokens.length; i++) {
    const t = s.tok(i);
    const country = countryOfDemonym(t.word);
    if (!country || covered(taken, i)) continue;
    for (const len of [2, 1]) {
      const words = s.tokens.slice(i, i + len).map((x) => x.word.toLowerCase());
      if (words.length < len || !STATE_ORG_HEADS.has(words.join(' '))) continue;
      if (covered(taken, i + len)) continue;
      const last = i + len;
      out.push({
        ...s.span(i, last),
        sentence: s.index,
        text: `${t.word} ${words.join(' ')}`,
        kind: 'name',
        type: 'Organisation',
        name: `${t.word} ${words.join(' ')}`,
        country,
        tokens: [i, last],
      });
      break;
    }
  }
  return out;
}

/** Relations that make a noun phrase an actor or a speaker. */
function actsOrSpeaks(s: SentenceView, i: number): boolean {
  const rel = s.rel[i] ?? '';
  if (rel === 'nsubj' || rel === 'obl:agent' || rel === 'nmod:agent') return true;
  if (rel === 'obl' || rel === 'nmod') {
    const cases = s.kids(i, 'case').map((c) => s.word(c).toLowerCase());
    if (cases.includes('according') || cases.includes('by')) return true;
  }
  if (rel === 'conj') return actsOrSpeaks(s, s.head[i]);
  return false;
}

function groupMentions(s: SentenceView, taken: NamedMention[]): NamedMention[] {
  const out: NamedMention[] = [];
  for (let i = 1; i <= s.tokens.length; i++) {
    const t = s.tok(i);
    const word = t.word.toLowerCase();
    if (!GROUP_HEADS.has(word) || !t.pos.startsWith('NN') || covered(taken, i)) continue;
    if (!actsOrSpeaks(s, i)) continue;
    // Left edge: contiguous qualifiers (nationalities, "rights", "aid", "and" between them).
    let first = i;
    let qualified = false;
    for (let k = i - 1; k >= 1; k--) {
      const w = s.tok(k).word;
      const lw = w.toLowerCase();
      if (countryOfDemonym(w) || GROUP_QUALIFIERS.has(lw)) {
        first = k;
        qualified = true;
        continue;
      }
      const before = k > 1 ? s.tok(k - 1).word : '';
      if (
        (lw === 'and' || lw === ',') &&
        (countryOfDemonym(before) || GROUP_QUALIFIERS.has(before.toLowerCase())) &&
        !GROUP_HEADS.has(before.toLowerCase())
      ) {
        continue;
      }
      break;
    }
    let last = i;
    // "families of the hostages" (read off the tokens: parsers often attach the "of" phrase
    // to the first conjunct).
    if (s.word(i + 1) === 'of') {
      for (let j = i + 2; j <= Math.min(i + 4, s.tokens.length); j++) {
        if (s.tok(j).pos.startsWith('NN')) {
          last = j;
          if (!s.tok(j + 1)?.pos.startsWith('NN')) break;
        } else if (last > i) break;
      }
      if (last > i) qualified = true;
    }
    // "the Palestinian group Hamas": a description of a named entity, not a group.
    const named = (k: number) => covered(taken, k);
    if (s.kids(i, 'appos').some(named) || named(i + 1)) continue;
    if (word === 'opposition') qualified = true;
    if (!qualified) continue;
    while (first < i && ['and', ','].includes(s.tok(first).word.toLowerCase())) first++;
    const span = s.span(first, last);
    const text = s.sentence.tokens
      .slice(first - 1, last)
      .map((x, j, arr) => x.word + (j < arr.length - 1 ? x.after : ''))
      .join('');
    out.push({ ...span, sentence: s.index, text, kind: 'name', type: 'Group', name: text, tokens: [first, last] });
  }
  return out;
}

export function findMentions(sentences: SentenceView[]): NamedMention[] {
  const out: NamedMention[] = [];
  for (const s of sentences) {
    const ner = nerMentions(s);
    const orgs = stateOrgMentions(s, ner);
    const groups = groupMentions(s, [...ner, ...orgs]);
    out.push(...ner, ...orgs, ...groups);
  }
  return out.sort((a, b) => a.start - b.start);
}

export const mentionsStage: Stage = {
  name: 'mentions',
  requires: ['sentences'],
  adds: ['mentions'],
  run(doc) {
    return { ...doc, mentions: findMentions(need(doc, 'sentences', 'mentions')) };
  },
};
