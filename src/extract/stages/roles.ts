// Titles and roles ("Israeli Prime Minister Benjamin Netanyahu", "US envoy Steve Witkoff",
// "his former Defense Minister Yoav Gallant") become role facts of the person, never people.
import { entityId } from '../ids.ts';
import { canonicalCountry, countryOfDemonym } from '../lexicon/places.ts';
import { HONORIFICS } from '../lexicon/names.ts';
import { ROLE_NOUNS, TITLE_WORDS } from '../lexicon/roles.ts';
import { need, type Stage } from '../pipeline.ts';
import type { SentenceView } from '../syntax.ts';
import type { LocalEntity, Mention, RoleFact } from '../types.ts';
import { entityOfToken } from './entities.ts';

/** Titles the tagger leaves untagged before a name ("said Justice Cármen Lúcia"). */
const UNTAGGED_TITLES = new Set(['Justice', 'Judge']);

/** Abbreviations that begin a longer title rather than end one ("Lt. Gov." is one title). */
const TITLE_PREFIXES = new Set(['Lt.', 'Vice', 'Deputy', 'Acting', 'Assistant', 'Associate']);

/** A title as the graph keeps it: abbreviations written out, spaces single ("Lt. Gov." = "Lieutenant Governor"). */
export const fullTitle = (text: string) =>
  text
    .split(/\s+/)
    .map((w) => TITLE_WORDS[w] ?? w)
    .join(' ');

/**
 * Roles set beside a name: "Alexander Matheou, the federation's regional director", "Min Aung
 * Hlaing, the head of the junta", "Meta's chief global affairs officer, Joel Kaplan". The
 * title is the role noun with its modifiers; it is of the organisation, country or place that
 * owns it ("the federation's", "of the IFRC", "EU") where the text names one.
 */
function appositiveRoles(
  s: SentenceView,
  mentions: Mention[],
  byId: Map<string, LocalEntity>,
  roles: RoleFact[],
): RoleFact[] {
  const out: RoleFact[] = [];
  const people = mentions.filter((m) => m.kind === 'name' && m.type === 'Person' && m.entity && m.sentence === s.index);
  for (const person of people) {
    const head = [...s.tokens.keys()]
      .map((x) => x + 1)
      .filter((x) => s.tok(x).characterOffsetBegin >= person.start && s.tok(x).characterOffsetEnd <= person.end)
      .find(
        (x) =>
          s.tok(s.head[x] ?? 0)?.characterOffsetBegin < person.start ||
          s.tok(s.head[x] ?? 0)?.characterOffsetEnd > person.end ||
          !s.head[x],
      );
    if (head === undefined) continue;
    const nouns = [...s.kids(head, 'appos'), ...(s.rel[head] === 'appos' && s.head[head] ? [s.head[head]] : [])].filter(
      (n) => ROLE_NOUNS.has(s.lemma(n).toLowerCase()) && /^NN$/.test(s.tok(n).pos) && s.tok(n).ner !== 'PERSON',
    );
    for (const n of nouns) {
      const mods = s.kids(n, 'amod', 'compound').filter((k) => k < n);
      let current = true;
      let ofId: string | undefined;
      const words: number[] = [];
      for (const k of mods) {
        const w = s.word(k).toLowerCase();
        if (w === 'former' || w === 'then') {
          current = false;
          continue;
        }
        const owner = entityOfToken(s, k, mentions);
        const country = countryOfDemonym(s.word(k)) ?? canonicalCountry(s.word(k));
        if (owner && byId.get(owner)?.type !== 'Person') ofId = owner;
        else if (country) ofId = entityId('Country', country);
        else if (/^\p{Ll}/u.test(s.word(k)) || /^(Chief|Senior|Deputy|Vice)$/.test(s.word(k)))
          words.push(...s.subtree(k).filter((x) => x < n));
      }
      // (Not a possessive pronoun: "Its chief executive, Jake Wood," after a sentence about
      // the foundation, which CoreNLP's coreference may give to another body.)
      for (const p of s.kids(n, 'nmod:poss').filter((k) => s.tok(k).pos !== 'PRP$')) {
        const owner = entityOfToken(s, p, mentions);
        if (owner && byId.get(owner)?.type !== 'Person') ofId = owner;
      }
      for (const p of s.kids(n, 'nmod')) {
        if (!s.kids(p, 'case').some((c) => /^(of|at|for)$/i.test(s.word(c)))) continue;
        const owner = entityOfToken(s, p, mentions);
        if (owner && byId.get(owner)?.type !== 'Person') ofId ??= owner;
      }
      const first = Math.min(n, ...words);
      let title = [...new Set([...words, n])]
        .sort((a, b) => a - b)
        .map((k) => s.word(k))
        .join(' ');
      // "the head of the junta": what the post is of, where no entity names it.
      const of = s
        .kids(n, 'nmod')
        .find((p) => p > n && s.kids(p, 'case').some((c) => s.word(c).toLowerCase() === 'of'));
      let last = n;
      if (!ofId && of !== undefined && s.subtree(of).length <= 4) {
        title = `${title} ${s.text(n + 1, Math.max(...s.subtree(of)))}`;
        last = Math.max(...s.subtree(of));
      }
      const span = s.span(Math.min(first, ...s.kids(n, 'nmod:poss').flatMap((p) => s.subtree(p))), last);
      const again = (r: RoleFact) =>
        r.personId === person.entity &&
        (r.title.toLowerCase() === title.toLowerCase() || (r.span.start < span.end && span.start < r.span.end));
      if (!/^[\p{L} -]+$/u.test(title) || roles.some(again)) continue;
      out.push({
        personId: person.entity!,
        title: current ? title : `former ${title}`,
        ofId,
        current,
        span,
        sentence: s.index,
      });
    }
  }
  return out;
}

const APPOINTING = new Set([
  'appoint',
  'name',
  'nominate',
  'elect',
  'choose',
  'select',
  'promote',
  'install',
  'confirm',
]);
/** Words about the holder rather than the post ("the country's first female finance minister"). */
const NOT_OF_POST = /^(first|second|third|new|female|male|youngest|oldest|only|sole|longtime|permanent)$/i;

/**
 * Posts given by an appointment: "Starmer appointed Rachel Reeves as the country's first
 * female finance minister", "David Lammy was named foreign secretary".
 */
function appointedRoles(s: SentenceView, mentions: Mention[], byId: Map<string, LocalEntity>): RoleFact[] {
  const out: RoleFact[] = [];
  const personAt = (k: number) => {
    const hit = entityOfToken(s, k, mentions);
    return hit && byId.get(hit)?.type === 'Person' ? hit : undefined;
  };
  for (let v = 1; v <= s.tokens.length; v++) {
    if (!s.tok(v).pos.startsWith('VB') || !APPOINTING.has(s.lemma(v))) continue;
    const passive = s.kid(v, 'nsubj:pass');
    const person =
      passive !== undefined
        ? personAt(passive)
        : s
            .kids(v, 'obj')
            .map(personAt)
            .find((x) => x);
    if (!person) continue;
    const post = [
      ...s.kids(v, 'obl').filter((o) => s.kids(o, 'case').some((c) => s.word(c).toLowerCase() === 'as')),
      ...s.kids(v, 'xcomp'),
      ...(passive !== undefined ? s.kids(v, 'obj') : []),
    ].find((n) => s.tok(n).pos.startsWith('NN') && (ROLE_NOUNS.has(s.lemma(n)) || s.tok(n).ner === 'TITLE'));
    if (post === undefined || personAt(post)) continue;
    const words = s
      .kids(post, 'amod', 'compound')
      .filter((k) => k < post && !NOT_OF_POST.test(s.word(k)) && !entityOfToken(s, k, mentions))
      .flatMap((k) => s.subtree(k).filter((x) => x < post && !NOT_OF_POST.test(s.word(x))));
    // ("confirmed Pete Hegseth as secretary of defense": the department in lower case is the
    // post's own words.)
    const department = s
      .kids(post, 'nmod')
      .filter(
        (n) =>
          n > post &&
          /^NN$/.test(s.tok(n).pos) &&
          /^\p{Ll}/u.test(s.word(n)) &&
          s.kids(n, 'case').some((c) => /^of$/i.test(s.word(c))) &&
          s.subtree(n).length === 2,
      )
      .flatMap((n) => s.subtree(n));
    const first = Math.min(post, ...words);
    const title = [...new Set([...words, post, ...department])]
      .sort((a, b) => a - b)
      .map((k) => s.word(k))
      .join(' ');
    if (!/^[\p{L} -]+$/u.test(title)) continue;
    const owner = [...s.kids(post, 'nmod:poss'), ...s.kids(post, 'compound')]
      .map((k) => entityOfToken(s, k, mentions))
      .find((e) => e && byId.get(e)?.type !== 'Person');
    const last = Math.max(post, ...department);
    out.push({ personId: person, title, ofId: owner, current: true, span: s.span(first, last), sentence: s.index });
  }
  return out;
}

export function findRoles(sentences: SentenceView[], mentions: Mention[], entities: LocalEntity[]): RoleFact[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  // The organisation, court, country or place named by a name that ends at `offset` ("ICC
  // prosecutor Karim Khan").
  const ownerEndingAt = (offset: number) =>
    mentions.find(
      (m) =>
        m.kind === 'name' &&
        m.entity &&
        m.end === offset &&
        (m.type === 'Organisation' || m.type === 'Court' || m.type === 'Country' || m.type === 'Place'),
    );
  const roles: RoleFact[] = [];
  for (const s of sentences) {
    const titles: { text: string; tokenBegin: number; tokenEnd: number; characterOffsetEnd: number }[] =
      s.sentence.entitymentions.filter((m) => m.ner === 'TITLE');
    // A post the tagger left untagged right before a name ("EU competition chief Teresa Ribera"),
    // with the lower-case words that make it ("competition").
    for (let k = 2; k < s.tokens.length; k++) {
      const w = s.tok(k);
      // ("Fed Chair Jerome Powell": capitalised as well.)
      if (
        w.ner === 'TITLE' ||
        !/^NNP?$/.test(w.pos) ||
        !ROLE_NOUNS.has(w.lemma.toLowerCase()) ||
        s.tok(k + 1).ner !== 'PERSON'
      )
        continue;
      if (titles.some((t) => t.tokenBegin < k && k <= t.tokenEnd)) continue;
      let a = k;
      while (
        a > 1 &&
        /^(NN|JJ)$/.test(s.tok(a - 1).pos) &&
        /^\p{Ll}/u.test(s.word(a - 1)) &&
        !/^(former|then)$/.test(s.word(a - 1))
      )
        a--;
      // ("Chief Human Resources Officer Katrin Vogel": a chief officer's title in capitals, back
      // to "Chief".)
      if (w.word === 'Officer') {
        let c = k - 1;
        while (c > 1 && k - c < 5 && /^NNPS?$/.test(s.tok(c).pos) && s.word(c) !== 'Chief') c--;
        if (s.word(c) === 'Chief') a = c;
      }
      titles.push({ text: s.text(a, k), tokenBegin: a - 1, tokenEnd: k, characterOffsetEnd: w.characterOffsetEnd });
    }
    // An abbreviated title the tagger left untagged ("Sen. Bernie Sanders" opening a sentence,
    // "Justice Luiz Fux").
    for (let k = 1; k < s.tokens.length; k++) {
      const w = s.tok(k);
      if (!(TITLE_WORDS[w.word] || UNTAGGED_TITLES.has(w.word)) || w.ner === 'TITLE' || s.tok(k + 1).ner !== 'PERSON')
        continue;
      titles.push({ text: w.word, tokenBegin: k - 1, tokenEnd: k, characterOffsetEnd: w.characterOffsetEnd });
    }
    titles.sort((a, b) => a.tokenBegin - b.tokenBegin);
    // "Prime Minister Sheikh Hasina": an honorific the tagger put in the title that the name
    // keeps (mentions.ts) leaves the title.
    for (const t of titles) {
      const last = s.tok(t.tokenEnd);
      if (t.tokenEnd - t.tokenBegin < 2) continue;
      if (!mentions.some((m) => m.kind === 'name' && m.type === 'Person' && m.start === last.characterOffsetBegin))
        continue;
      t.tokenEnd -= 1;
      t.text = s.text(t.tokenBegin + 1, t.tokenEnd);
      t.characterOffsetEnd = s.tok(t.tokenEnd).characterOffsetEnd;
    }
    for (const t of titles) {
      // The person right after the title (allowing nothing in between).
      const after = s.tok(t.tokenEnd + 1);
      if (!after) continue;
      // ("Marine Le Pen": a word of a person's name the fine-grained rules took for a title.)
      const opening = s.tok(t.tokenBegin + 1);
      if (
        mentions.some(
          (m) =>
            m.kind === 'name' &&
            m.type === 'Person' &&
            m.start <= opening.characterOffsetBegin &&
            t.characterOffsetEnd <= m.end,
        )
      )
        continue;
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
        if (
          /^(Majority|Minority|Deputy|Acting|Interim|Vice|Assistant|Senior|Chief|District|Circuit|Appeals|Democratic|Republican)$/.test(
            w.word,
          ) &&
          k + steps === t.tokenBegin
        ) {
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
        // (Not the country at the end of a body's name: "Air France chairman Christian Blanc".)
        const named = ownerEndingAt(w.characterOffsetEnd);
        // ("Tunisian director Leila Haddad", "British actor Oliver Grant": a nationality before a
        // profession says where someone is from, not whom they serve; stop there.)
        if (demonym && PROFESSIONS.test(t.text)) break;
        if (country && !(named && named.start < w.characterOffsetBegin)) {
          ofId = entityId('Country', country);
          first = k;
          continue;
        }
        // "Iran's Supreme Leader Ayatollah Ali Khamenei": the possessor's post.
        // (A name that holds its possessive, "Boatmen's chairman", is the owner below.)
        if (/^['’]s$/.test(w.word) && k > 1 && !ofId && !named) {
          const owner = ownerEndingAt(s.tok(k - 1).characterOffsetEnd);
          if (!owner) break;
          ofId = owner.entity;
          k--;
          while (k > 1 && s.tok(k).characterOffsetBegin > owner.start) k--;
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
        const org = ownerEndingAt(w.characterOffsetEnd);
        if (org) {
          ofId = org.entity;
          while (k > 1 && s.tok(k).characterOffsetBegin > org.start) k--;
          first = k;
          continue;
        }
        // "Conservative leader Kemi Badenoch": the party the article names by the word's plural
        // ("the Conservatives").
        // (Or by the two words' plural: "Liberal Democrat leader Ed Davey".)
        const pluralOf = (name: string) =>
          [...byId.values()].find((e) => e.type === 'Organisation' && e.name === `${name}s`);
        const two =
          k > 1 && /^\p{Lu}\p{Ll}+$/u.test(s.word(k - 1)) ? pluralOf(`${s.word(k - 1)} ${w.word}`) : undefined;
        const party = !ofId && /^\p{Lu}\p{Ll}+$/u.test(w.word) ? (two ?? pluralOf(w.word)) : undefined;
        if (party) {
          ofId = party.id;
          first = two ? k - 1 : k;
          if (two) k--;
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
      // A title as held: written out, and "former" when it is no longer ("Prime Minister Sheikh
      // Mohammed …": an honorific before the name is no part of the post).
      const post = (text: string) => fullTitle(text).replace(new RegExp(` (${HONORIFICS.source})$`), '');
      const held = (text: string) => (current ? post(text) : `former ${post(text)}`);
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
    roles.push(...appositiveRoles(s, mentions, byId, roles));
    roles.push(...appointedRoles(s, mentions, byId));
  }
  return roles;
}

/**
 * Titles of a trade or an art, not an office of any state (the whole title: "intelligence
 * director" is one; not a coach or a player, who may play for the country).
 */
const PROFESSIONS =
  /^((film |theatre |theater )?director|filmmaker|actor|actress|writer|author|novelist|poet|singer|musician|artist|painter|photographer|journalist|reporter|scientist|researcher|economist|designer|chef|model|comedian|rapper|producer|composer|architect|billionaire|businessman|businesswoman|entrepreneur|activist|dissident)s?$/i;

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

/**
 * "British Deputy Prime Minister Angela Rayner" and "Rayner, the deputy prime minister": one
 * post, written one way (as before a name, capitalised), so the graph holds it once; and
 * "former Peruvian President Ollanta Humala" then "former President Ollanta Humala": of the one
 * place or body the article names for that post, where it names one.
 */
function oneSpelling(roles: RoleFact[]): RoleFact[] {
  const key = (r: RoleFact) => `${r.personId}|${r.title.toLowerCase()}`;
  const capitalised = new Map<string, string>();
  const of = new Map<string, Set<string>>();
  for (const r of roles) {
    if (/^\p{Lu}/u.test(r.title) && !capitalised.has(key(r))) capitalised.set(key(r), r.title);
    if (r.ofId) of.set(key(r), (of.get(key(r)) ?? new Set()).add(r.ofId));
  }
  return roles.map((r) => {
    const owners = of.get(key(r));
    return {
      ...r,
      title: capitalised.get(key(r)) ?? r.title,
      ofId: r.ofId ?? (owners?.size === 1 ? [...owners][0] : undefined),
    };
  });
}

export const rolesStage: Stage = {
  name: 'roles',
  requires: ['sentences', 'mentions', 'entities'],
  adds: ['roles', 'entities'],
  run(doc) {
    const entities = need(doc, 'entities', 'roles');
    const roles = oneSpelling(findRoles(need(doc, 'sentences', 'roles'), need(doc, 'mentions', 'roles'), entities));
    return { ...doc, roles, entities: withReferencedCountries(entities, roles) };
  },
};
