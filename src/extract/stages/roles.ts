// Titles and roles ("Israeli Prime Minister Benjamin Netanyahu", "US envoy Steve Witkoff",
// "his former Defense Minister Yoav Gallant") become role facts of the person, never people.
import { entityId } from '../ids.ts';
import { canonicalCountry, countryOfDemonym } from '../lexicon/places.ts';
import { need, type Stage } from '../pipeline.ts';
import type { SentenceView } from '../syntax.ts';
import type { LocalEntity, Mention, RoleFact } from '../types.ts';

/** Abbreviated title words, written out so that one title is one string ("Gov." = "Governor"). */
const TITLE_WORDS: Record<string, string> = {
  'Gov.': 'Governor',
  'Sen.': 'Senator',
  'Sens.': 'Senators',
  'Rep.': 'Representative',
  'Reps.': 'Representatives',
  'Lt.': 'Lieutenant',
  'Gen.': 'General',
  'Sec.': 'Secretary',
  'Secy.': 'Secretary',
  'Atty.': 'Attorney',
  'Amb.': 'Ambassador',
  'Pres.': 'President',
  'Col.': 'Colonel',
  'Capt.': 'Captain',
  'Sgt.': 'Sergeant',
  'Adm.': 'Admiral',
  'Cmdr.': 'Commander',
  'Maj.': 'Major',
  'Supt.': 'Superintendent',
  'Insp.': 'Inspector',
  'Det.': 'Detective',
  'Prof.': 'Professor',
  'Rev.': 'Reverend',
};

/** Abbreviations that begin a longer title rather than end one ("Lt. Gov." is one title). */
const TITLE_PREFIXES = new Set(['Lt.', 'Vice', 'Deputy', 'Acting', 'Assistant', 'Associate']);

/** A title as the graph keeps it: abbreviations written out, spaces single ("Lt. Gov." = "Lieutenant Governor"). */
export const fullTitle = (text: string) =>
  text
    .split(/\s+/)
    .map((w) => TITLE_WORDS[w] ?? w)
    .join(' ');

export function findRoles(sentences: SentenceView[], mentions: Mention[], entities: LocalEntity[]): RoleFact[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const roles: RoleFact[] = [];
  for (const s of sentences) {
    const titles: { text: string; tokenBegin: number; tokenEnd: number; characterOffsetEnd: number }[] =
      s.sentence.entitymentions.filter((m) => m.ner === 'TITLE');
    // An abbreviated title the tagger left untagged ("Sen. Bernie Sanders" opening a sentence).
    for (let k = 1; k < s.tokens.length; k++) {
      const w = s.tok(k);
      if (!TITLE_WORDS[w.word] || w.ner === 'TITLE' || s.tok(k + 1).ner !== 'PERSON') continue;
      titles.push({ text: w.word, tokenBegin: k - 1, tokenEnd: k, characterOffsetEnd: w.characterOffsetEnd });
    }
    titles.sort((a, b) => a.tokenBegin - b.tokenBegin);
    for (const t of titles) {
      // The person right after the title (allowing nothing in between).
      const after = s.tok(t.tokenEnd + 1);
      if (!after) continue;
      const person = mentions.find(
        (m) => m.kind === 'name' && m.type === 'Person' && m.start === after.characterOffsetBegin && m.entity,
      );
      if (!person) continue;
      let current = true;
      let prefix = '';
      let ofId: string | undefined;
      let first = t.tokenBegin + 1;
      // Words before the title: "former", a nationality, a country, an organisation or a place
      // ("former Kharkiv governor", "New York Mayor").
      for (let k = t.tokenBegin, steps = 0; k >= 1 && steps < 3; k--, steps++) {
        const w = s.tok(k);
        const lw = w.word.toLowerCase();
        if (lw === 'former' || lw === 'ex' || lw === 'then') {
          current = false;
          first = k;
          continue;
        }
        // "Senate Majority Leader", "Deputy Prime Minister": a word the tagger left out of the title.
        if (/^(Majority|Minority|Deputy|Acting|Interim|Vice|Assistant)$/.test(w.word) && k + steps === t.tokenBegin) {
          prefix = `${w.word} ${prefix}`;
          first = k;
          continue;
        }
        // "ex-Defence Minister": the rest of the word is part of the title.
        if (/^ex-\p{L}/iu.test(w.word) && k === t.tokenBegin) {
          current = false;
          prefix = `${w.word.slice(3)} `;
          first = k;
          continue;
        }
        const demonym = countryOfDemonym(w.word);
        const country = demonym ?? canonicalCountry(w.word);
        if (country) {
          ofId = entityId('Country', country);
          first = k;
          continue;
        }
        // "his former Defense Minister": the possessor's own country or organisation.
        if (w.pos === 'PRP$') {
          const owner = mentions.find((m) => m.entity && m.start === w.characterOffsetBegin)?.entity;
          const ownerRole = roles.find((r) => r.personId === owner && r.ofId);
          if (ownerRole) ofId = ownerRole.ofId;
          first = k;
          break;
        }
        const org = mentions.find(
          (m) =>
            m.kind === 'name' &&
            m.entity &&
            m.end === w.characterOffsetEnd &&
            (m.type === 'Organisation' || m.type === 'Country' || m.type === 'Place'),
        );
        if (org) {
          ofId = org.entity;
          while (k > 1 && s.tok(k).characterOffsetBegin > org.start) k--;
          first = k;
          continue;
        }
        break;
      }
      const personEntity = byId.get(person.entity!);
      if (!personEntity) continue;
      // "candidate Gov. Mike Pence", "panel Chairman Rep. Jason Chaffetz": two titles the tagger
      // tagged as one, each a role of its own (the words before the title go with the first).
      let inner: number | undefined;
      for (let k = t.tokenBegin + 2; k <= t.tokenEnd; k++)
        if (TITLE_WORDS[s.word(k)] && !TITLE_PREFIXES.has(s.word(k - 1))) inner = inner ?? k;
      // A title as held: written out, and "former" when it is no longer.
      const held = (text: string) => (current ? fullTitle(text) : `former ${fullTitle(text)}`);
      if (inner !== undefined) {
        roles.push({
          personId: personEntity.id,
          title: held(s.text(inner, t.tokenEnd)),
          current,
          span: { start: s.tok(inner).characterOffsetBegin, end: t.characterOffsetEnd },
          sentence: s.index,
        });
      }
      roles.push({
        personId: personEntity.id,
        title: held(prefix + (inner === undefined ? t.text : s.text(t.tokenBegin + 1, inner - 1))),
        ofId,
        current,
        span: {
          start: s.tok(first).characterOffsetBegin,
          end: inner === undefined ? t.characterOffsetEnd : s.tok(inner - 1).characterOffsetEnd,
        },
        sentence: s.index,
      });
    }
  }
  return roles;
}

/** Countries a role or an organisation points to but the text never names become entities too. */
function withReferencedCountries(entities: LocalEntity[], roles: RoleFact[]): LocalEntity[] {
  const known = new Set(entities.map((e) => e.id));
  const extra: LocalEntity[] = [];
  const wanted = [...roles.map((r) => r.ofId), ...entities.map((e) => e.partOf)].filter((x): x is string => !!x);
  for (const id of wanted) {
    if (known.has(id) || !id.startsWith('country:')) continue;
    const name = canonicalCountry(id.slice('country:'.length).replace(/-/g, ' '));
    if (!name) continue;
    known.add(id);
    extra.push({ id, type: 'Country', name, aliases: [], mentions: [], confidence: 0.8 });
  }
  return [...entities, ...extra];
}

export const rolesStage: Stage = {
  name: 'roles',
  requires: ['sentences', 'mentions', 'entities'],
  adds: ['roles', 'entities'],
  run(doc) {
    const entities = need(doc, 'entities', 'roles');
    const roles = findRoles(need(doc, 'sentences', 'roles'), need(doc, 'mentions', 'roles'), entities);
    return { ...doc, roles, entities: withReferencedCountries(entities, roles) };
  },
};
