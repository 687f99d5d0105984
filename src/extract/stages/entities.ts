// Stage 4: mentions that refer to the same thing in one article become one local entity.
// Names first ("Netanyahu" → "Benjamin Netanyahu", "ICC" → "International Criminal Court"),
// then CoreNLP's coreference chains attach pronouns ("he", "his") to the entity their chain
// names, and outlet nominals ("the daily") attach to the outlet named last.
import { entityId } from '../ids.ts';
import { SPEECH_VERBS } from '../lexicon/cues.ts';
import { KIN, KIN_GENDER, ROLE_NOUNS } from '../lexicon/roles.ts';
import {
  ARMED_GROUPS,
  BODY_NOUNS,
  GENERIC_FIRST_WORDS,
  GROUP_NAME_ENDS,
  GROUP_NOMINALS,
  KNOWN_COMPANIES,
  NAMED_GROUPS,
  NOT_GROUPS,
  OTHER_GROUPS,
  OUTLET_NOMINALS,
  TRADE_NOMINALS,
  TRADE_UNION_NAME,
  UNION_NOMINALS,
} from '../lexicon/organisations.ts';
import { KNOWN_PLACES, canonicalCountry, countryOfCapital, countryOfDemonym } from '../lexicon/places.ts';
import { surnameOf, titleGender, withoutArticle } from '../lexicon/names.ts';
import { need, type Stage } from '../pipeline.ts';
import { isCloseQuote, isOpenQuote, type SentenceView } from '../syntax.ts';
import type { EntityType, LocalEntity, Mention } from '../types.ts';
import type { NamedMention } from './mentions.ts';

// ("FTC" for "U.S. Federal Trade Commission" too: a country before a body's name is no part
// of its acronym.)
const initials = (name: string) =>
  name
    .replace(/^(U\.S\.|US) (?=\p{Lu})/u, '')
    .split(/\s+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join('');

const lastWord = (name: string) => name.split(/\s+/).pop() ?? name;

/** Whether a person's family name is more than its last word ("de Moraes", "von der Leyen"). */
const particleSurname = (name: string) => name.includes(' ') && surnameOf(name).endsWith(` ${lastWord(name)}`);

interface Draft {
  type: EntityType;
  name: string;
  aliases: Set<string>;
  mentions: NamedMention[];
  country?: string;
  outlet?: boolean;
}

/**
 * Whether the noun at k is (part of) a preposition's object: "on the messaging app Telegram"
 * (through compounds and appositions to the noun the preposition marks).
 */
function inPrepositionalPhrase(s: SentenceView | undefined, k: number): boolean {
  if (!s) return false;
  for (let n = k, hops = 0; n && hops < 4; n = s.head[n] ?? 0, hops++) {
    if (s.kids(n, 'case').some((c) => s.tok(c).pos === 'IN' || s.tok(c).pos === 'TO')) return true;
    if (!/^(compound|appos|flat|flat:name)$/.test(s.rel[n] ?? '')) return false;
  }
  return false;
}

/** The draft a name refers to, if an existing one matches it unambiguously. */
function match(drafts: Draft[], m: NamedMention, introduced = false, beforePanel = false): Draft | undefined {
  const same = drafts.filter((d) => d.type === m.type || (isOrgLike(d.type) && isOrgLike(m.type!)));
  // ("Democrats on the Senate panel said": the chamber's name before "panel" is its committee.)
  if (beforePanel) {
    const panels = same.filter(
      (d) => / (Committee|Subcommittee|Caucus)$/.test(d.name) && d.name.split(/\s+/)[0] === m.name,
    );
    if (panels.length === 1) return panels[0];
  }
  const exact = same.find((d) => d.name.toLowerCase() === m.name.toLowerCase() || d.aliases.has(m.name));
  if (exact) return exact;
  if (m.type === 'Person') {
    const single = !m.name.includes(' ');
    const hits = same.filter((d) =>
      // Case aside: "VOGEL:" in a transcript is Anna Vogel.
      single
        ? surnameOf(d.name).toLowerCase() === withoutArticle(m.name).toLowerCase() ||
          // ("Moraes" for "Alexandre de Moraes", whose family name has a particle.)
          (lastWord(d.name) === m.name && particleSurname(d.name))
        : (lastWord(m.name).toLowerCase() === d.name.toLowerCase() && !d.name.includes(' ')) ||
          // "Braga Netto" after "Walter Braga Netto", "Lula da Silva" after "Luiz Inacio Lula da Silva".
          d.name.toLowerCase().endsWith(` ${m.name.toLowerCase()}`),
    );
    // "Corey Comperatore … “Corey died a hero”": a given name alone is the one person the
    // article named with it, where no surname is that word.
    const given = single
      ? same.filter((d) => d.name.includes(' ') && d.name.split(/\s+/)[0].toLowerCase() === m.name.toLowerCase())
      : [];
    // ("Issa Tchiroma Bakary … Tchiroma rejected the outcome": or a name's middle word, where
    // one person's name alone has it; many names are not given name and surname.)
    // (Not one the article introduces as someone new: "Ali, a shopkeeper in Lahore, said".)
    const middle =
      single && m.name.length > 2 && !introduced
        ? same.filter((d) => {
            const words = d.name.split(/\s+/);
            return words.length >= 3 && words.slice(1, -1).includes(m.name);
          })
        : [];
    if (single && !hits.length) return given.length === 1 ? given[0] : middle.length === 1 ? middle[0] : undefined;
    // "President Prabowo Subianto … national police chief Listyo Sigit Prabowo … Prabowo
    // cancelled a trip": a word that is one person's given name and another's surname is,
    // as for a shared surname below, the one the article introduced first.
    if (single && given.length) hits.push(...given.filter((d) => !hits.includes(d)));
    // "Julian Assange … His wife Stella Assange … Assange was not in court": a surname two
    // people share is, in news, the one the article introduced first.
    if (single && hits.length > 1) {
      const first = (d: Draft) => Math.min(...d.mentions.map((x) => x.start));
      const [a, b] = [...hits].sort((x, y) => first(x) - first(y));
      return first(a) < first(b) ? a : undefined;
    }
    return hits.length === 1 ? hits[0] : undefined;
  }
  if (isOrgLike(m.type!)) {
    const hits = same.filter(
      (d) =>
        (m.name.length >= 2 && m.name === m.name.toUpperCase() && initials(d.name) === m.name) ||
        (d.name === d.name.toUpperCase() && initials(m.name) === d.name) ||
        d.name.replace(/^The /, '') === m.name.replace(/^The /, '') ||
        // "Mercantile" after "Mercantile Bancorp Inc": the distinctive first word alone; not an
        // acronym that names the body another is part of ("UN" beside "UN General Assembly").
        // ("Amazon" after "Amazon.com Inc": its web address too.)
        (!m.name.includes(' ') &&
          d.name.includes(' ') &&
          d.name.split(/\s+/)[0].replace(/\.com$/i, '') === m.name &&
          !GENERIC_FIRST_WORDS.has(m.name.toLowerCase()) &&
          // (Not a chamber's committee: "Senate" is not the Senate Judiciary Committee; but "the
          // Senate panel" is.)
          (beforePanel || !/ (Committee|Subcommittee|Caucus)$/.test(d.name)) &&
          !(m.name === m.name.toUpperCase() && PART_OF_BODY.test(d.name))) ||
        // "the Commission" after "the European Commission", "Senate Majority Leader" after "the
        // U.S. Senate": the body's head noun alone.
        (!m.name.includes(' ') && BODY_HEADS.has(m.name) && d.name.includes(' ') && lastWord(d.name) === m.name) ||
        // "Supreme Court says …" in the headline, "The U.S. Supreme Court on Thursday …" below:
        // one name is the other with its country before it.
        countryBefore(d.name, m.name) ||
        countryBefore(m.name, d.name),
    );
    return hits.length === 1 ? hits[0] : undefined;
  }
  return undefined;
}

/** Nouns by which an article names again a company it named ("the company said"). */
const COMPANY_NOMINALS = new Set(['company', 'firm']);

/**
 * Whether a group noun between `from` and `to` (offsets) brings in a group other than `d`: one not
 * set beside a mention of `d` ("Al-Shabaab, the terrorist group", "militant group Hamas").
 */
function anotherGroupBetween(
  sentences: SentenceView[],
  from: number,
  to: number,
  d: { mentions: NamedMention[] },
  same: (offset: number) => boolean,
) {
  for (const s of sentences) {
    for (let k = 1; k <= s.tokens.length; k++) {
      const t = s.tok(k);
      if (t.characterOffsetBegin <= from || t.characterOffsetBegin >= to) continue;
      if (!OTHER_GROUPS.test(t.word) || !t.pos.startsWith('NN') || same(t.characterOffsetBegin)) continue;
      const beside = d.mentions.some(
        (m) => m.sentence === s.index && (m.tokens[0] === k + 1 || (m.tokens[1] < k && k - m.tokens[1] <= 7)),
      );
      if (!beside) return true;
    }
  }
  return false;
}

/**
 * Whether the article calls the body of mention `m` by a noun `noun` accepts: the noun right
 * before the name ("the charity World Central Kitchen", "militant group Hamas") or after its
 * comma, within the phrase set beside it ("OpenAI, the startup behind ChatGPT", "Al-Shabaab, the
 * terrorist group based in Somalia").
 */
function calledBy(sentences: SentenceView[], m: NamedMention, noun: (word: string) => boolean): boolean {
  const s = sentences[m.sentence];
  if (!s) return false;
  const [a, b] = m.tokens;
  if (noun(s.word(a - 1)?.toLowerCase() ?? '')) return true;
  if (s.word(b + 1) !== ',') return false;
  for (let k = b + 2; k <= Math.min(b + 7, s.tokens.length); k++) {
    if (noun(s.word(k).toLowerCase()) && s.tok(k).pos.startsWith('NN')) return true;
    if (/^[,.;:()]$/.test(s.word(k))) return false;
  }
  return false;
}

/**
 * A company's name: one of the known companies, or one with a company's suffix ("Boatmen's
 * Bancshares Inc"; not "Group", which names the International Crisis Group too).
 */
const isCompanyName = (name: string) =>
  KNOWN_COMPANIES.has(name) || /\b(Inc|Corp|Corporation|Co|Ltd|Holdings|PLC|plc|AG|SA|SE|NV|LLC)\.?$/.test(name);

/** Whether `long` is `short` with a country or its adjective before it ("U.S. Supreme Court"). */
function countryBefore(long: string, short: string): boolean {
  if (!short.includes(' ') || !long.endsWith(` ${short}`)) return false;
  const before = long.slice(0, -short.length - 1);
  return !!canonicalCountry(before) || !!countryOfDemonym(before);
}

/** Names of a body that is part of another ("UN General Assembly", "EU Commission"). */
const PART_OF_BODY =
  / (Assembly|Council|Commission|Committee|Agency|Office|Court|Parliament|Ministry|Mission|Secretariat|Department|Envoy|Programme|Program|Fund|Bank|Forces)$/;

/** Head nouns by which an article names again a body it named in full ("the Commission"). */
/** Names of public bodies "the agency" may stand for (the WHO, the IAEA, FEMA, UNHCR). */
const PUBLIC_BODY_NAME =
  /\b(Organi[sz]ation|Agency|Administration|Programme|Program|Fund|Office|Authority|Service|Commissioner for Refugees)$/;

const BODY_HEADS = new Set([
  'Commission',
  'Council',
  'Parliament',
  'Assembly',
  'Senate',
  'Congress',
  'Ministry',
  'Agency',
  'Committee',
  'Tribunal',
  'Court',
  'Bank',
  'Fund',
  'Department',
  'Authority',
  'Board',
  'Institute',
  'Foundation',
  'Union',
]);

const isOrgLike = (t: EntityType) => t === 'Organisation' || t === 'Court';

function better(a: string, b: string): string {
  // Prefer the longer, fuller form as the canonical name ("Benjamin Netanyahu" over "Netanyahu").
  const wa = a.split(/\s+/).length;
  const wb = b.split(/\s+/).length;
  if (wa !== wb) return wa > wb ? a : b;
  // "Istanbul" over a dateline's "ISTANBUL".
  if (a.toLowerCase() === b.toLowerCase() && shouted(a) !== shouted(b)) return shouted(a) ? b : a;
  return a.length >= b.length ? a : b;
}

/** A name written in capitals that is no acronym ("ISTANBUL", "GAZA CITY"; not "NATO"). */
const shouted = (name: string) => name === name.toUpperCase() && /\p{Lu}{4,}/u.test(name) && /[AEIOU]/.test(name);

/** A place or person known only from a line in capitals is named as it is spoken ("Istanbul"). */
const spoken = (type: EntityType, name: string) =>
  (type === 'Place' || type === 'Person') && shouted(name)
    ? name.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase())
    : name;

/** Prepositions that make the name they govern a place ("in Washington", "from Jordan"). */
const LOCATIVE = new Set([
  'in',
  'at',
  'from',
  'to',
  'near',
  'into',
  'across',
  'around',
  'outside',
  'inside',
  'toward',
  'towards',
  'through',
  'via',
]);

/**
 * A one-word organisation or place that is the surname of a person the article names in full
 * is that person. An organisation: unless the article names one in full with that word. A place
 * ("Neil Jordan … with Jordan using thousands of extras", "MaliVai Washington … Washington, who
 * climbed back"): the tagger's gazetteer knows the place, not the person. Unless the article
 * uses the word as a place too: governed by a locative preposition anywhere ("in Washington";
 * not "in Jordan's film"), or, for a country named by its own name, never alone as the
 * person's name elsewhere ("Trevor Holland … Holland was moved" is the person).
 */
function surnamesMistyped(sentences: SentenceView[], names: NamedMention[]): void {
  const surnames = new Set(
    // (The last word too: "Moraes" alone for "Alexandre de Moraes".)
    names
      .filter((m) => m.type === 'Person' && m.name.includes(' '))
      .flatMap((m) => [surnameOf(m.name), lastWord(m.name)]),
  );
  const byWord = new Map<string, NamedMention[]>();
  // "the Zamzam displacement camp … taken control of Zamzam … confirmed in Zamzam": a word
  // the tagger calls a person in one place and a place in another, that is no one's given name
  // or surname in the article, is the place.
  const people = names.filter((m) => m.type === 'Person' && m.name.includes(' ')).flatMap((m) => m.name.split(/\s+/));
  for (const m of names) {
    if (m.type !== 'Person' || m.name.includes(' ') || people.includes(m.name)) continue;
    const place = names.find((o) => o.type === 'Place' && o.name === m.name);
    // (Or that names a camp: "the Zamzam camp in North Darfur"; "the Clinton camp" is Hillary
    // Clinton's.)
    const campOf = (x: NamedMention) => {
      const s = sentences[x.sentence];
      // ("the Zamzam displacement camp": the camp may come a word later.)
      const after = [s?.word(x.tokens[1] + 1) ?? '', s?.word(x.tokens[1] + 2) ?? ''];
      const camp = /^camps?$/.test(after[0]) || (/^\p{Ll}+$/u.test(after[0]) && /^camps?$/.test(after[1]));
      return !!s && camp && /^the$/i.test(s.word(x.tokens[0] - 1) ?? '');
    };
    // (Where the name is never a person's alone elsewhere: "the Sanders camp … Sanders compared".)
    const camp = campOf(m) && !names.some((o) => o !== m && o.type === 'Person' && o.name === m.name && !campOf(o));
    if (!place && !camp) continue;
    if (!place) {
      m.type = 'Place';
      continue;
    }
    m.type = 'Place';
    m.country = place.country;
  }
  // "Elon Musk's $56 billion pay package at Tesla" tagged an organisation, with "Elon Musk" a
  // person elsewhere: the full name of a person the article names is that person, where the
  // article calls it, or its surname alone ("Musk"), a person more often ("Der Spiegel" stays
  // the magazine).
  const count = (name: string, type: EntityType) => names.filter((o) => o.name === name && o.type === type).length;
  const retype = names.filter(
    (m) =>
      (m.type === 'Organisation' || m.type === 'Place') &&
      m.name.includes(' ') &&
      !m.outlet &&
      count(m.name, 'Person') > 0 &&
      count(m.name, 'Person') + count(surnameOf(m.name), 'Person') > count(m.name, m.type!),
  );
  // "Tesla" tagged a place twice and an organisation three times: a one-word name the article
  // uses more often as an organisation, that is no country, capital or listed place, is one
  // (not a dateline or headline in capitals, "CHICAGO").
  const asOrganisation = names.filter(
    (m) =>
      m.type === 'Place' &&
      !m.name.includes(' ') &&
      m.text !== m.text.toUpperCase() &&
      // ("flew to Cleveland": where someone goes is the town; "a pay package at Tesla" is not.)
      !sentences[m.sentence]
        ?.kids(m.tokens[0], 'case')
        .some((c) => /^(to|in|into|near|from)$/i.test(sentences[m.sentence]!.word(c))) &&
      !countryOfCapital(m.name) &&
      !KNOWN_PLACES.has(m.name.toLowerCase()) &&
      count(m.name, 'Organisation') > count(m.name, 'Place'),
  );
  // "the Wagner mercenary group … Wagner commander Dmitry Utkin": a one-word name the article
  // makes an organisation once, that is no part of any person's name, is one everywhere.
  const inNames = new Set(
    names.filter((m) => m.type === 'Person' && m.name.includes(' ')).flatMap((m) => m.name.split(/\s+/)),
  );
  const asBody = names.filter(
    (m) =>
      m.type === 'Person' &&
      !m.name.includes(' ') &&
      !inNames.has(m.name) &&
      names.some((o) => o.type === 'Organisation' && o.name === m.name),
  );
  for (const m of asBody) m.type = 'Organisation';
  for (const m of retype) {
    m.type = 'Person';
    m.country = undefined;
  }
  for (const m of asOrganisation) {
    m.type = 'Organisation';
    m.country = undefined;
  }
  // "U.S. District Judge Amit Mehta … Mehta will decide": a surname the tagger called an
  // organisation, where the article names no organisation in full with it, is the person.
  for (const m of names) {
    if (m.type !== 'Organisation' || m.text.includes(' ') || !surnames.has(m.text) || m.outlet) continue;
    if (names.some((o) => o.type === 'Organisation' && o.name.includes(' ') && o.name.split(' ').includes(m.text)))
      continue;
    m.type = 'Person';
    m.name = m.text;
  }
  for (const m of names)
    if ((m.type === 'Place' || m.type === 'Country') && !m.text.includes(' ') && surnames.has(m.text))
      byWord.set(m.text, [...(byWord.get(m.text) ?? []), m]);
  for (const group of byWord.values()) {
    const s = (m: NamedMention) => sentences[m.sentence];
    const located = (m: NamedMention) =>
      s(m)
        ?.kids(m.tokens[0], 'case')
        .some((c) => LOCATIVE.has(s(m)!.word(c).toLowerCase()));
    if (group.some(located)) continue;
    // The same word alone read as a person elsewhere in the article.
    const alsoPerson = names.some((m) => m.type === 'Person' && m.name === group[0].text);
    // A country by its own name ("Jordan") stays one; by another ("Holland" for the
    // Netherlands) it is the person.
    if (group.some((m) => m.type === 'Country' && m.name === m.text) && !alsoPerson) continue;
    for (const m of group) {
      m.type = 'Person';
      m.name = m.text;
      m.country = undefined;
    }
  }
}

/**
 * "Widodo, known as Jokowi, left office": a name given with "(also / better) known as" is
 * another name of the one it is said of (its name, so that matching joins them; its text
 * stays an alias).
 */
function knownAs(sentences: SentenceView[], names: NamedMention[]): void {
  for (const m of names) {
    const s = sentences[m.sentence];
    const k = m.tokens[0];
    if (!s || s.word(k - 1).toLowerCase() !== 'as' || s.lemma(k - 2) !== 'know') continue;
    const of = s.head[k - 2];
    const named = names.find((o) => o !== m && o.sentence === m.sentence && o.tokens[0] <= of && of <= o.tokens[1]);
    if (!named || named.type !== m.type) continue;
    m.name = named.name;
  }
}

export function resolveEntities(
  sentences: SentenceView[],
  given: NamedMention[],
  corefs: Record<
    string,
    { sentNum: number; headIndex: number; startIndex: number; endIndex: number; type: string; text?: string }[]
  > = {},
): { entities: LocalEntity[]; mentions: Mention[] } {
  // Own copies: resolution may retype a mention (surnamesMistyped).
  const mentions = given.map((m) => ({ ...m }));
  const drafts: Draft[] = [];
  const names = mentions.filter((m) => m.kind === 'name' && m.type);
  surnamesMistyped(sentences, names);
  knownAs(sentences, names);
  // Longest names first, so "Netanyahu" finds "Benjamin Netanyahu" wherever it appears.
  const order = [...names].sort((a, b) => b.name.split(' ').length - a.name.split(' ').length || a.start - b.start);
  const draftOf = new Map<NamedMention, Draft>();
  // "Ali, a shopkeeper in Lahore, said": a name set beside "a" or "an" is someone new.
  const introduced = (m: NamedMention) => {
    const s = sentences[m.sentence];
    const k = m.tokens[1];
    return !!s && s.word(k + 1) === ',' && /^(a|an)$/i.test(s.word(k + 2) ?? '');
  };
  const beforePanel = (m: NamedMention) =>
    /^(panel|committee|subcommittee|caucus)$/i.test(sentences[m.sentence]?.word(m.tokens[1] + 1) ?? '');
  for (const m of order) {
    let d = match(drafts, m, introduced(m), beforePanel(m));
    if (!d) {
      d = { type: m.type!, name: m.name, aliases: new Set(), mentions: [], country: m.country, outlet: m.outlet };
      drafts.push(d);
    } else {
      if (m.type === 'Court') d.type = 'Court';
      if (m.outlet) d.outlet = true;
      d.name = better(d.name, m.name);
    }
    d.aliases.add(m.name);
    if (m.text !== m.name) d.aliases.add(m.text);
    d.mentions.push(m);
    draftOf.set(m, d);
  }

  const entities = new Map<Draft, LocalEntity>();
  const countryIds = new Map<string, string>();
  // Two spellings with one id ("Ben-Gvir", "Ben Gvir") are one entity.
  const byId = new Map<string, LocalEntity>();
  for (const d of drafts) {
    // A person's surname is how later text (and other articles) refer to them.
    // ("Yoon", "Xi" for "Yoon Suk Yeol", "Xi Jinping": family names that come first; "Assad"
    // for "Bashar al-Assad".)
    if (d.type === 'Person' && d.name.includes(' ')) {
      d.aliases.add(surnameOf(d.name));
      // ("al-Assad" too, as the full name writes it; "Moraes" beside "de Moraes"; not "Pen"
      // beside "Le Pen", whose particle is written with a capital and always with the name.)
      const last = lastWord(d.name);
      const capitalParticle = /^\p{Lu}/u.test(surnameOf(d.name)) && surnameOf(d.name).includes(' ');
      if (withoutArticle(last) !== last || (particleSurname(d.name) && !capitalParticle)) d.aliases.add(last);
    }
    if (d.name !== spoken(d.type, d.name)) {
      d.aliases.add(d.name);
      d.name = spoken(d.type, d.name);
    }
    const id = entityId(d.type, d.name);
    if (d.type === 'Country') countryIds.set(d.name, id);
    const same = byId.get(id);
    if (same) {
      same.aliases = [...new Set([...same.aliases, d.name, ...d.aliases])].filter((a) => a !== same.name).sort();
      same.mentions = [...same.mentions, ...d.mentions.map((m) => ({ start: m.start, end: m.end }))].sort(
        (a, b) => a.start - b.start,
      );
      entities.set(d, same);
      continue;
    }
    const e: LocalEntity = {
      id,
      type: d.type,
      name: d.name,
      aliases: [...d.aliases].filter((a) => a !== d.name).sort(),
      mentions: d.mentions.map((m) => ({ start: m.start, end: m.end })).sort((a, b) => a.start - b.start),
      ...(d.type === 'Person' ? { surname: surnameOf(d.name) } : {}),
      confidence: 0.9,
    };
    byId.set(id, e);
    entities.set(d, e);
  }
  for (const d of drafts) {
    if (d.country) {
      const e = entities.get(d)!;
      e.partOf = countryIds.get(d.country) ?? entityId('Country', d.country);
    }
  }

  // Every mention now knows its entity.
  const out: Mention[] = [];
  for (const m of mentions) {
    const d = draftOf.get(m);
    out.push({
      start: m.start,
      end: m.end,
      sentence: m.sentence,
      text: m.text,
      kind: m.kind,
      type: m.type,
      entity: d ? entities.get(d)!.id : undefined,
    });
  }

  // Coreference: a chain whose mentions name exactly one entity lends it to the rest.
  // (Not a dateline's agency or place, "TOKYO (Reuters) -": no pronoun stands for them.)
  const nameAt = (sent: number, tokenIdx: number) =>
    tokenIdx <= (sentences[sent]?.datelineEnd() ?? 0)
      ? undefined
      : names.find((m) => m.sentence === sent && m.tokens[0] <= tokenIdx && tokenIdx <= m.tokens[1]);
  // The person a sentence's main clause is about: its subject, where a name.
  const subjectBefore = (sentence: number): string | undefined => {
    const p = sentences[sentence - 1];
    if (!p) return undefined;
    const root = p.root;
    const subj = root < 1 ? undefined : p.kid(root, 'nsubj', 'nsubj:pass');
    if (subj === undefined) return undefined;
    const hit = names.find(
      (m) => m.sentence === p.index && m.tokens[0] <= subj && subj <= m.tokens[1] && m.type === 'Person',
    );
    return hit ? entities.get(draftOf.get(hit)!)?.id : undefined;
  };
  // A person's gender as the pronouns of the chains that name only them say, where they agree.
  const genders = new Map<string, 'm' | 'f' | null>();
  for (const chain of Object.values(corefs)) {
    const named = new Set(
      chain.flatMap((cm) => {
        const hit = nameAt(cm.sentNum - 1, cm.headIndex);
        return hit ? [entities.get(draftOf.get(hit)!)!.id] : [];
      }),
    );
    if (named.size !== 1) continue;
    const [person] = named;
    for (const cm of chain) {
      // (And a name with "Mr.", "Mrs." or "Ms." before it.)
      const g = cm.type === 'PRONOMINAL' || cm.type === 'PROPER' ? genderOf(cm.text ?? '') : undefined;
      if (!g) continue;
      const had = genders.get(person);
      genders.set(person, had === undefined || had === g ? g : null);
    }
  }
  // (And a person the article introduces as someone's wife, son, widow …: "with his wife, Carla
  // Bruni-Sarkozy", "Kirk's widow, Erika Kirk".)
  for (const m of names) {
    if (m.type !== 'Person') continue;
    const s = sentences[m.sentence];
    const a = m.tokens[0];
    const kin = s && (s.word(a - 1) === ',' ? a - 2 : a - 1);
    const g = kin ? KIN_GENDER[s!.lemma(kin).toLowerCase()] : undefined;
    const id = g ? entities.get(draftOf.get(m)!)?.id : undefined;
    if (!g || !id) continue;
    const had = genders.get(id);
    genders.set(id, had === undefined || had === g ? g : null);
  }
  // "The White House said Trump had been informed …, and that he had asked his envoy to warn
  // Qatar": a "he" or "she" (or "his", "her" of the subject) opening a clause joined to a reported
  // clause whose subject names a person is that person, where CoreNLP's chain gave it someone the
  // sentence does not name ("Murkowski said Dunleavy had called her and she told him …" keeps her).
  const joinedSubject = (s: SentenceView, k: number, chained: string | undefined): string | undefined => {
    const owner = /^(his|her)$/i.test(s.word(k)) && s.rel[k] === 'nmod:poss' ? s.head[k] : undefined;
    const at = owner ?? k;
    if (!/^(he|she|his|her)$/i.test(s.word(k)) || !/^nsubj/.test(s.rel[at] ?? '')) return undefined;
    const v = s.head[at];
    if (!v || s.rel[v] !== 'conj' || s.rel[s.head[v]] !== 'ccomp') return undefined;
    const first = s.kid(s.head[v], 'nsubj', 'nsubj:pass');
    const hit = first === undefined || first > k ? undefined : nameAt(s.index, first);
    const id = hit?.type === 'Person' ? entities.get(draftOf.get(hit)!)?.id : undefined;
    const here = (e: string) => names.some((m) => m.sentence === s.index && entities.get(draftOf.get(m)!)?.id === e);
    if (!id || (chained && here(chained))) return undefined;
    const known = genders.get(id);
    return !known || known === genderOf(s.word(k)) ? id : undefined;
  };
  // "Merz … said he wanted to form a government", "TikTok said it had found …": the person (or
  // the body or country, for "it") named as the subject of a saying verb, for a pronoun that is
  // the subject of the clause said.
  const sayerOf = (s: SentenceView, k: number): string | undefined => {
    // ("The Israeli military said its warplanes struck …": the subject's possessor too.)
    const owner = /^(his|her|its)$/i.test(s.word(k)) && s.rel[k] === 'nmod:poss' ? s.head[k] : undefined;
    const at = owner ?? k;
    if (!/^(he|she|it|his|her|its)$/i.test(s.word(k)) || !/^nsubj/.test(s.rel[at] ?? '')) return undefined;
    const v = s.head[at];
    // ("Trump called the trial rigged as he left the courtroom": the subject of a clause of
    // time or manner on a verb is that verb's subject, said or not.)
    const aside =
      v && s.rel[v] === 'advcl' && s.kids(v, 'mark').some((m) => /^(as|while|when|after|before)$/i.test(s.word(m)));
    const g = v && (s.rel[v] === 'ccomp' || aside) ? s.head[v] : undefined;
    // (Not in a quotation before the verb: "“He really does love us,” Melanie said" is of him.)
    // (nor inside one after it: "Trump said: “He is a loser”"; an odd number of quotation marks
    // between the verb and the pronoun opens one).
    const inQuote =
      s.tokens.slice(g, k).filter((t) => t.pos !== 'POS' && (isOpenQuote(t.word) || isCloseQuote(t.word))).length %
        2 ===
      1;
    if (!g || (!aside && !SPEECH_VERBS.has(s.lemma(g))) || k < g || inQuote) return undefined;
    const subj = s.kid(g, 'nsubj');
    const hit = subj === undefined ? undefined : nameAt(s.index, subj);
    // ("TikTok said it had found no evidence": "it" for a body or a country.)
    const it = /^its?$/i.test(s.word(k));
    if (!hit || (it ? hit.type === 'Person' || hit.type === 'Place' || hit.type === 'Group' : hit.type !== 'Person'))
      return undefined;
    const id = entities.get(draftOf.get(hit)!)?.id;
    const known = id && !it ? genders.get(id) : undefined;
    return id && (!known || known === genderOf(s.word(k))) ? id : undefined;
  };
  const nameById = new Map([...entities.values()].map((e) => [e.id, e.name]));
  // (The last word of a group's name after "of": "families of the hostages" → "hostages".)
  const members = new Map(
    [...entities.values()]
      .filter((e) => e.id.startsWith('group:'))
      .map((e) => [e.id, / of (?:.* )?(\p{L}+)$/u.exec(e.name.toLowerCase())?.[1]]),
  );
  const ofMembers = (head: string, ids: Set<string>) =>
    [...ids].some((id) => members.get(id) !== undefined && members.get(id) === head.toLowerCase());
  for (const chain of Object.values(corefs)) {
    const ids = new Set<string>();
    for (const cm of chain) {
      const hit = nameAt(cm.sentNum - 1, cm.headIndex);
      if (hit) ids.add(entities.get(draftOf.get(hit)!)!.id);
    }
    if (!ids.size) continue;
    // A chain that names several people ("Erdogan, Zelensky discuss …" in the headline, then
    // each alone) lends a "he" or "she" the one of them named last within the two sentences
    // before it; a chain of one entity lends it to all its mentions.
    const people = [...ids].every((id) => id.startsWith('person:'));
    if (ids.size > 1 && !people) continue;
    // "Wall Street estimates … The Santa Clara, California-based company said …": a chain that
    // calls a place or a country "the company" has joined two things; it lends nothing.
    const bodyNominal = chain.some(
      (cm) =>
        cm.type === 'NOMINAL' && BODY_NOUNS.has(sentences[cm.sentNum - 1]?.lemma(cm.headIndex).toLowerCase() ?? ''),
    );
    if (bodyNominal && [...ids].every((id) => /^(place|country):/.test(id))) continue;
    // (Nor one that calls a public body "the company": "Ireland's Data Protection Commission said
    // …. The company said it would appeal" is Meta's appeal.)
    const companyNominal = chain.some(
      (cm) => cm.type === 'NOMINAL' && /^(company|firm)$/i.test(sentences[cm.sentNum - 1]?.word(cm.headIndex) ?? ''),
    );
    const publicBody = (id: string) =>
      /^organisation:/.test(id) &&
      / (Commission|Authority|Agency|Ministry|Department|Council|Regulator|Parliament|Government|Court)$/.test(
        nameById.get(id) ?? '',
      );
    if (companyNominal && [...ids].every(publicBody)) continue;
    // A chain of one person whose pronouns disagree ("Mr. Delgado", "his", then "her client",
    // "She said" of his lawyer): the pronouns of the gender the chain holds fewer of are
    // not lent the person.
    const votes = { m: 0, f: 0 };
    for (const cm of chain) {
      const g = genderOf(cm.text ?? '');
      if (g) votes[g] += titleGender((cm.text ?? '').trim()) ? 2 : 1;
    }
    const minority = votes.m && votes.f && votes.m !== votes.f ? (votes.m < votes.f ? 'm' : 'f') : undefined;
    const centred = new Map<number, string>();
    for (const cm of chain) {
      if (nameAt(cm.sentNum - 1, cm.headIndex)) continue;
      // "183 Palestinian prisoners" in a chain with "the Palestinian Prisoners' Club": people in
      // the plural are no body's or person's name.
      if (
        cm.type === 'NOMINAL' &&
        /^NNP?S$/.test(sentences[cm.sentNum - 1]?.tok(cm.headIndex)?.pos ?? '') &&
        ![...ids].every((id) => id.startsWith('group:'))
      )
        continue;
      // "56 hostages" in a chain with "families of the hostages": the people a group is named
      // after are not the group.
      if (cm.type === 'NOMINAL' && ofMembers(sentences[cm.sentNum - 1]?.word(cm.headIndex) ?? '', ids)) continue;
      if (minority && cm.type === 'PRONOMINAL' && genderOf(cm.text ?? '') === minority) continue;
      // (Nor a phrase that runs over the dateline, "KYIV/MOSCOW, Aug 12 (Reuters) - Ukraine's
      // top commander".)
      if (cm.startIndex <= (sentences[cm.sentNum - 1]?.datelineEnd() ?? 0)) continue;
      // "Damari's mother" in a chain with Romi Gonen: someone's relative is someone else, never
      // lent ("The child was found dead" may be the child named).
      const kin = sentences[cm.sentNum - 1];
      if (
        cm.type === 'NOMINAL' &&
        kin &&
        KIN.test(kin.lemma(cm.headIndex)) &&
        (kin.kid(cm.headIndex, 'nmod:poss') !== undefined ||
          kin.kids(cm.headIndex, 'nmod').some((n) => kin.kids(n, 'case').some((c) => /^of$/i.test(kin.word(c)))))
      )
        continue;
      // "Ukraine's top commander" in a chain with "Ukraine": a post is held by a person, not
      // lent a country or a body.
      if (
        cm.type === 'NOMINAL' &&
        ROLE_NOUNS.has(sentences[cm.sentNum - 1]?.lemma(cm.headIndex).toLowerCase() ?? '') &&
        ![...ids].every((x) => x.startsWith('person:'))
      )
        continue;
      // "his government … Kenya's government": a body someone's pronoun owns is theirs, not the
      // one another mention of the chain gives a named owner (the chain matched the head noun).
      // ("Swiss Justice Minister Beat Jans said his government …" is still the Swiss government.)
      // (A person's pronoun: not "its government", "the country's government".)
      const owned = (k: typeof cm, by: RegExp) => {
        const at = sentences[k.sentNum - 1];
        return !!at?.kids(k.headIndex, 'nmod:poss').some((o) => by.test(at.tok(o).pos) && !/^its$/i.test(at.word(o)));
      };
      if (
        cm.type === 'NOMINAL' &&
        owned(cm, /^PRP\$$/) &&
        chain.some((o) => o !== cm && o.type === 'NOMINAL' && owned(o, /^NNP/))
      )
        continue;
      // "“They were better in every department,” he told the BBC": a plural pronoun is no one
      // person.
      if (cm.type === 'PRONOMINAL' && /^(they|them|their|theirs|themselves)$/i.test(cm.text ?? '') && people) continue;
      const s = sentences[cm.sentNum - 1];
      if (!s) continue;
      const span = s.span(cm.startIndex, cm.endIndex - 1);
      let id: string | undefined = [...ids][0];
      if (ids.size > 1) {
        if (cm.type !== 'PRONOMINAL' || !/^(he|she|him|her|his)$/i.test(s.tok(cm.startIndex).word)) continue;
        // (Of the pronoun's gender, where the article says: "his" is not his wife's.)
        const g = genderOf(s.tok(cm.startIndex).word);
        id = lastNamedBefore(out, span.start, s.index, (e) => ids.has(e) && (!genders.get(e) || genders.get(e) === g));
        if (!id) continue;
      }
      // A chain that gives "he" in "Merz said he wanted …" or "she" in "Gálvez said she had
      // called Sheinbaum" to someone other than the one saying it (unless that one's own
      // pronouns are of the other gender) is wrong there: it is the one saying it.
      const reporter =
        cm.type === 'PRONOMINAL' ? (sayerOf(s, cm.headIndex) ?? joinedSubject(s, cm.headIndex, id)) : undefined;
      if (reporter && reporter !== id && cm.startIndex === cm.headIndex) {
        id = reporter;
        centred.set(s.index, reporter);
      }
      // "Thompson, 50, … had led UnitedHealthcare since 2021. He was walking …": a "he" or
      // "she" opening a sentence is the person the sentence before is about, where that
      // sentence's subject names someone else than the chain and never names the chain's.
      // (The chain's other he, him or his in that sentence go with it.)
      // So is one that is the subject with no person named before it in its sentence ("“Nobody
      // decides anything about Ukraine without Ukraine,” he said", after "Zelenskyy … said …").
      const first =
        cm.startIndex === 1 ||
        (s.rel[cm.headIndex] === 'nsubj' &&
          cm.startIndex === cm.headIndex &&
          !names.some((m) => m.sentence === s.index && m.type === 'Person' && m.tokens[0] < cm.startIndex));
      const centre = cm.type === 'PRONOMINAL' && first ? subjectBefore(s.index) : undefined;
      const pronoun = s.tok(cm.startIndex).word;
      if (
        centre &&
        centre !== id &&
        /^(he|she)$/i.test(pronoun) &&
        // (Not a man for "she" or a woman for "he": "Mr. Grant spoke after the meeting. “…,” she
        // said" is not Mr. Grant's.)
        (genders.get(centre) ?? genderOf(pronoun)) === genderOf(pronoun) &&
        // (by name: a pronoun the same chain lent it there does not count)
        !out.some((m) => m.sentence === s.index - 1 && m.entity === id && m.kind === 'name')
      )
        centred.set(s.index, centre);
      if (cm.type === 'PRONOMINAL' && centred.has(s.index)) id = centred.get(s.index);
      const existing = out.find((m) => m.start === span.start && m.end === span.end);
      if (existing) {
        existing.entity ??= id;
        continue;
      }
      out.push({
        ...span,
        sentence: s.index,
        text: s.tok(cm.startIndex).word,
        kind: cm.type === 'PRONOMINAL' ? 'pronoun' : 'nominal',
        entity: id,
      });
    }
  }

  // "the daily", "the newspaper": the outlet named most recently before it.
  // "the company", "the firm": the company named last in the three sentences before it, where
  // CoreNLP's chains lent it none ("Google said … The company has said it will appeal").
  const outlets = drafts.filter((d) => d.outlet);
  const companies = drafts.filter((d) => d.type === 'Organisation' && !d.outlet && isCompanyName(d.name));
  // "the group", "the Iran-backed group", "the militant group": the group named last in the
  // three sentences before it (or before it in the headline: "… disarming Hezbollah; group
  // calls decision a 'grave sin'"), where CoreNLP's chains lent it none.
  // (Only a body the article shows to be a group: one of the armed groups news names every day,
  // one whose name says so, or one set beside the word: "Al-Shabaab, the terrorist group based
  // in Somalia", "Palestinian militant group Hamas". Not whatever body was named last: "Twitter",
  // "NATO", "the GOP".)
  const calledGroup = (m: NamedMention) => calledBy(sentences, m, (w) => GROUP_NOMINALS.has(w));
  const groups = drafts.filter(
    (d) =>
      d.type === 'Organisation' &&
      !d.outlet &&
      !isCompanyName(d.name) &&
      (ARMED_GROUPS.has(d.name.toLowerCase()) ||
        NAMED_GROUPS.has(d.name.toLowerCase()) ||
        [...d.aliases].some((x) => ARMED_GROUPS.has(x.toLowerCase())) ||
        (!NOT_GROUPS.test(d.name) && (GROUP_NAME_ENDS.test(d.name) || d.mentions.some(calledGroup)))),
  );
  // "the carmaker", "the Danish drugmaker", "the iPhone maker", "the maker of Wegovy": a body
  // named last in the three sentences before that may be a company: no outlet, no state organ,
  // institution or party, no armed group, no union ("Volkswagen agreed with the IG Metall union
  // … the automaker said" is Volkswagen's).
  // (Not "a Starbucks union store": "union" a modifier of the noun after it.)
  const calledUnion = (d: Draft) =>
    d.mentions.some(
      (m) =>
        /^unions?$/i.test(sentences[m.sentence]?.word(m.tokens[1] + 1) ?? '') &&
        !/^NN/.test(sentences[m.sentence]?.tok(m.tokens[1] + 2)?.pos ?? ''),
    ) ||
    // ("Unite, the trade union, said".)
    d.mentions.some((m) => calledBy(sentences, m, (w) => /^unions?$/i.test(w)));
  const union = (d: Draft) => /\bunions?\b/i.test(d.name) || calledUnion(d);
  // A trade union: a body called one, or whose name says so ("Writers Guild of America", "United
  // Auto Workers", "National Union of Journalists"); not "Union Pacific", "the European Union".
  const tradeUnion = (d: Draft) => TRADE_UNION_NAME.test(d.name) || calledUnion(d);
  const traders = drafts.filter(
    (d) =>
      d.type === 'Organisation' &&
      !d.outlet &&
      !NOT_GROUPS.test(d.name) &&
      !ARMED_GROUPS.has(d.name.toLowerCase()) &&
      !union(d),
  );
  const nominals = [
    { nouns: OUTLET_NOMINALS, named: outlets, company: false, group: false, trade: false },
    { nouns: COMPANY_NOMINALS, named: companies, company: true, group: false, trade: false },
    { nouns: GROUP_NOMINALS, named: groups, company: true, group: true, trade: false },
    { nouns: TRADE_NOMINALS, named: traders, company: true, group: false, trade: true },
    // "The Writers Guild of America said … “…,” the union said": the union named last before it.
    {
      nouns: UNION_NOMINALS,
      named: drafts.filter((d) => d.type === 'Organisation' && !d.outlet && tradeUnion(d)),
      company: false,
      group: false,
      trade: false,
    },
  ];
  const namedBodies = drafts.filter((d) => d.type === 'Organisation' && !d.outlet);
  for (const { nouns, named, company, group, trade } of nominals) {
    if (!named.length) continue;
    const within = company ? 3 : Infinity;
    for (const s of sentences) {
      for (let i = 2; i <= s.tokens.length; i++) {
        const w = s.tok(i).word.toLowerCase();
        if (!nouns.has(w) || (!s.tok(i).pos.startsWith('NN') && w !== 'daily')) continue;
        // ("the Qatar-based network", "the state-run agency": where it is based or who runs or
        // owns it may stand between; not "the Iran-backed network", another.)
        let a = i;
        if (/^(based|run|owned|controlled)$/i.test(s.word(i - 1)) && s.tok(i - 2)?.pos === 'HYPH') a = i - 3;
        else if (/^(state-run|state-owned)$/i.test(s.word(i - 1))) a = i - 1;
        // (A group's kind may stand between too: "the Iran-backed group", "the Palestinian
        // militant group", "the armed group"; not "a group of", "the group of seven", "the rights
        // group Amnesty International", which names another.)
        if (group) {
          // (Though "accuses the group of using civilians as shields" is the group named before.)
          const ofDoing = s.word(i + 1) === 'of' && s.tok(i + 2)?.pos === 'VBG';
          if (/^(of|[A-Z].*)$/.test(s.word(i + 1) ?? '') && s.word(i + 1) !== 'On' && !ofDoing) continue;
          while (a > 2 && (/^JJ/.test(s.tok(a - 1).pos) || s.tok(a - 1).ner === 'NATIONALITY')) a--;
          if (/^(backed|aligned|linked|allied|affiliated)$/i.test(s.word(a - 1)) && s.tok(a - 2)?.pos === 'HYPH') {
            a -= 3;
            while (a > 2 && (/^JJ/.test(s.tok(a - 1).pos) || s.tok(a - 1).ner === 'NATIONALITY')) a--;
          }
        }
        // (A trade's noun may have where the company is from or what it makes before it: "the
        // Danish drugmaker", "the iPhone maker"; "maker" only so or with "of": "the maker of
        // Wegovy". Not "drugmaker Eli Lilly", which names another.)
        if (trade) {
          if (/^[A-Z]/.test(s.word(i + 1) ?? '') || s.tok(i + 1)?.ner === 'ORGANIZATION') continue;
          while (
            a > 2 &&
            (/^JJ/.test(s.tok(a - 1).pos) ||
              s.tok(a - 1).ner === 'NATIONALITY' ||
              (s.rel[a - 1] === 'compound' && s.head[a - 1] === i))
          )
            a--;
          if (w === 'maker' && a === i && !/^of$/i.test(s.word(i + 1) ?? '')) continue;
          // (Nor one a name is set beside: "The lender to the project, Bank of America, declined";
          // the name speaks, whatever chain CoreNLP put the noun in.)
          let k = i + 1;
          while (k < s.tokens.length && s.word(k) !== ',' && !s.tok(k).pos.startsWith('VB')) k++;
          if (s.word(k) === ',' && /^NNP/.test(s.tok(k + 1)?.pos ?? '')) {
            const at = s.tok(i).characterOffsetBegin;
            const chained = out.findIndex((m) => m.kind !== 'name' && m.start <= at && at < m.end);
            if (chained >= 0) out.splice(chained, 1);
            continue;
          }
        }
        // (In a headline, with no article: "… Hezbollah; group calls decision …".)
        const bare = group && s.index === 0 && a === i && /^[;:,]$/.test(s.word(i - 1));
        if (a < 2 || (!bare && s.tok(a - 1).word.toLowerCase() !== 'the')) continue;
        const at = s.tok(i).characterOffsetBegin;
        if (names.some((m) => m.start <= at && at < m.end)) continue;
        // (Nor where CoreNLP's chains already named it: "The Paris-based agency" for the IEA; a
        // trade's noun is read below, over a chain, where the article calls a body by it.)
        const chained = out.find((m) => m.start <= at && at < m.end);
        // (For "the company" and a trade's noun, a chain is read below too.)
        const plain = company && !group && !trade;
        if ((company || a < i) && chained && !((trade || plain || group) && chained.kind !== 'name')) continue;
        // The last mention before it, in the window, of one of `ds`.
        const latest = (ds: Draft[], ok: (m: NamedMention) => boolean) =>
          ds
            .flatMap((d) =>
              d.mentions
                .filter((m) => m.start < at && s.index - m.sentence <= within && ok(m))
                .map((m) => ({ d, start: m.start })),
            )
            .sort((x, y) => y.start - x.start)[0];
        // (Not the agency of the dateline, "ATLANTA (Reuters) -": "the agency" there is another.)
        // (For a trade's noun, the last that was a subject: the story's company, not a rival named
        // in passing, "Novo Nordisk said … competition from U.S. rival Eli Lilly … The maker of
        // Wegovy and Ozempic said".)
        const subjectOf = (m: NamedMention) => /^nsubj/.test(sentences[m.sentence]?.rel[m.tokens[1]] ?? '');
        // (Or the one right before its comma: "… with EgyptAir, the airline said".)
        const beside = (m: NamedMention) =>
          m.sentence === s.index && m.tokens[1] + 2 === a - 1 && s.word(a - 2) === ',';
        // (Never a rival: "Rival Volkswagen last week cut its outlook. The automaker …".)
        const rival = (m: NamedMention) =>
          /^rivals?$/i.test(sentences[m.sentence]?.word(m.tokens[0] - 1) ?? '') || /^Rivals? /.test(m.text);
        // (And none where a rival the tagger did not name came in since: "Rival BYD, which
        // overtook Tesla …. The Chinese carmaker said", "Mistral, a French rival …".)
        const unnamedRival = (from: number) =>
          trade &&
          sentences.some((x) =>
            x.tokens.some((t, k0) => {
              const k = k0 + 1;
              if (t.characterOffsetBegin <= from || t.characterOffsetBegin >= at || !/^rivals?$/i.test(t.word))
                return false;
              const namedAt = (j: number) =>
                names.some((m) => m.sentence === x.index && m.tokens[0] <= j && j <= m.tokens[1]);
              // (Named right after it, "U.S. rival Eli Lilly", or set beside a name before it.)
              const before = x.kids(k, 'det', 'amod').length || x.rel[k] === 'appos' ? x.head[k] : undefined;
              return !namedAt(k + 1) && !(before !== undefined && namedAt(before));
            }),
          );
        // (A body the article calls by the noun, or whose name says it, first: "OpenAI, the startup
        // behind ChatGPT … Microsoft said … The startup said", "Alaska Airlines … Boeing said … The
        // airline said".)
        const called = (m: NamedMention) => calledBy(sentences, m, (x) => x === w);
        const fits = (d: Draft) =>
          (w === 'airline' && /\b(Air|Airlines|Airways)\b/.test(d.name)) || (w === 'lender' && /\bBank\b/.test(d.name));
        const usable = (m: NamedMention) => m.tokens[1] > (sentences[m.sentence]?.datelineEnd() ?? 0) && !rival(m);
        const evident =
          (trade ? latest(named.filter(fits), usable) : undefined) ??
          (trade ? latest(named, (m) => usable(m) && called(m)) : undefined);
        // (Over a chain, only so: "The startup said" is OpenAI's, which CoreNLP gave Microsoft.)
        // (And "the company" that a chain gave a company named since only in passing, never a
        // subject, is the company that was one: "JLR … stopped production … claimed the attack
        // on the messaging app Telegram. The company said …", which CoreNLP gave Telegram.)
        const subjectFirst = plain && chained ? latest(named, (m) => usable(m) && subjectOf(m)) : undefined;
        const passing =
          subjectFirst !== undefined &&
          entities.get(subjectFirst.d)!.id !== chained?.entity &&
          named.some(
            (d) =>
              entities.get(d)!.id === chained?.entity &&
              d.mentions.some((m) => m.start > subjectFirst.start && m.start < at) &&
              // (In passing: every mention in the window the object of a preposition, "on the
              // messaging app Telegram"; not "Microsoft's main rival", nor a subject.)
              d.mentions
                .filter((m) => m.start < at && s.index - m.sentence <= within)
                .every((m) => inPrepositionalPhrase(sentences[m.sentence], m.tokens[1])),
          );
        // (For "the group", a chain that reaches back past another group named as a subject since:
        // "Amnesty International … the rights group said. Human Rights Watch also criticised the
        // executions. “…,” the group said" is Human Rights Watch's.)
        const since =
          group && chained
            ? latest(named, (m) => usable(m) && subjectOf(m) && entities.get(draftOf.get(m)!)?.id !== chained.entity)
            : undefined;
        // (Nor past a group brought in since, unnamed: "A coalition of aid agencies … warned …. The
        // group said".)
        const overtaken =
          since !== undefined &&
          !out.some((m) => m !== chained && m.entity === chained!.entity && m.start > since.start && m.start < at) &&
          !anotherGroupBetween(sentences, since.start, at, since.d, (off) =>
            out.some((m) => m.start <= off && off < m.end && m.entity === entities.get(since.d)!.id),
          );
        if (chained) {
          if (evident) chained.entity = entities.get(evident.d)!.id;
          else if (passing) chained.entity = entities.get(subjectFirst.d)!.id;
          else if (overtaken) chained.entity = entities.get(since.d)!.id;
          continue;
        }
        // (For "the company", a company that was a subject first, then any: "JLR … stopped
        // production … hackers claimed the attack on the messaging app Telegram. The company
        // said …" is JLR's.)
        // (Else, for "the company" or a trade's noun, the story's company, the subject of its
        // opening sentence, where none was named in the window: "Jaguar Land Rover said … The
        // carmaker said the phased restart would begin …", six sentences on.)
        const lead = () =>
          company && !group
            ? named
                .flatMap((d) =>
                  d.mentions
                    .filter((m) => m.sentence > 0 && m.sentence <= 1 && m.start < at && usable(m) && subjectOf(m))
                    .map((m) => ({ d, start: m.start })),
                )
                .sort((x, y) => x.start - y.start)[0]
            : undefined;
        const before =
          evident ??
          latest(named, (m) => usable(m) && (!(trade || plain) || subjectOf(m) || beside(m))) ??
          (plain ? latest(named, usable) : undefined) ??
          lead();
        if (!before) continue;
        // (Nor, for "the union", past another union brought in since, unnamed: "The actors union
        // SAG-AFTRA remains on strike. The union said".)
        const opens = s.tok(a).characterOffsetBegin;
        if (
          nouns === UNION_NOMINALS &&
          sentences.some((x) =>
            x.tokens.some(
              (t, k0) =>
                t.characterOffsetBegin > before.start &&
                t.characterOffsetBegin < opens &&
                /^(union|guild)s?$/i.test(t.word) &&
                !names.some((m) => m.start <= t.characterOffsetBegin && t.characterOffsetBegin < m.end) &&
                // (Not the word after the union's own name: "the United Auto Workers union".)
                !before.d.mentions.some((m) => m.sentence === x.index && m.tokens[1] === k0),
            ),
          )
        )
          continue;
        // (Nor where two unions were named in the sentences before it: "… the Brotherhood of
        // Locomotive Engineers and Trainmen union voted to strike. A separate Teamsters union …
        // The union said" may be either.)
        if (
          nouns === UNION_NOMINALS &&
          named.some((d) => d !== before.d && d.mentions.some((m) => m.start < at && s.index - m.sentence <= 2))
        )
          continue;
        const namedIn = sentences[before.d.mentions.find((m) => m.start === before.start)!.sentence];
        if (unnamedRival(namedIn ? namedIn.tok(1).characterOffsetBegin - 1 : before.start)) continue;
        // (For a group: the one that was a subject, where it is as late as the last one named:
        // "Islamic Jihad, a smaller ally of Hamas, also condemned the move. The Iran-backed group
        // said …" is Islamic Jihad's.)
        if (group) {
          const subject = latest(named, (m) => usable(m) && subjectOf(m));
          const sentenceOf = (x: { d: Draft; start: number }) =>
            x.d.mentions.find((m) => m.start === x.start)!.sentence;
          if (subject && subject.d !== before.d && sentenceOf(subject) >= sentenceOf(before))
            Object.assign(before, subject);
        }
        // (For "the firm": not where another body was the subject since: "Hindenburg Research
        // accused Adani Group of fraud. The firm, which shut down …" is Hindenburg's.)
        if (company) {
          // (For a trade's noun, only a body that could be called by it: "Unite, the trade union,
          // said … The carmaker said" is still JLR's.)
          const subject = latest(trade ? named : namedBodies, (m) =>
            /^nsubj/.test(sentences[m.sentence]?.rel[m.tokens[1]] ?? ''),
          );
          if (subject && subject.d !== before.d && subject.start > before.start) continue;
        }
        // (For "the group": not where another group was brought in since, unnamed: "UnitedHealth
        // Group … the trade group for the Blue Cross Blue Shield plans … “…,” the group wrote".)
        // (One already read as this group does not count: "the terrorist group … the terrorist group".)
        const id = entities.get(before.d)!.id;
        const same = (off: number) => out.some((m) => m.start <= off && off < m.end && m.entity === id);
        // (From the start of the sentence that names it: "Israel arms Gaza clan militia opposed to
        // Hamas; group denies …" is the militia's.)
        const named0 = sentences[before.d.mentions.find((m) => m.start === before.start)!.sentence];
        const from0 = named0 ? named0.tok(1).characterOffsetBegin - 1 : before.start;
        if (group && anotherGroupBetween(sentences, from0, at, before.d, same)) continue;
        // (Where a name stands between, "the Iran-backed group", the nominal is the noun alone.)
        const from = bare ? i : names.some((m) => m.start >= s.tok(a).characterOffsetBegin && m.start < at) ? i : a - 1;
        out.push({
          ...s.span(from, i),
          sentence: s.index,
          text: s.text(from, i),
          kind: 'nominal',
          entity: entities.get(before.d)!.id,
        });
      }
    }
  }

  // "the foundation", "the health ministry", "the court": a body named in full before, the one
  // whose name ends in those words (lower-case here), where one only does.
  const bodies = [...new Set(entities.values())].filter(
    (e) => (e.type === 'Organisation' || e.type === 'Court') && e.name.includes(' ') && e.mentions.length,
  );
  if (bodies.length) {
    for (const s of sentences) {
      for (let i = 2; i <= s.tokens.length; i++) {
        const head = s.tok(i);
        const panel = head.word === 'panel';
        if (
          (!BODY_HEADS.has(head.word.charAt(0).toUpperCase() + head.word.slice(1)) && !panel) ||
          !/^\p{Ll}/u.test(head.word)
        )
          continue;
        if (s.tok(i + 1)?.pos.startsWith('NN')) continue; // "the court ruling"
        let a = i;
        while (a > 1 && /^(NN|JJ)$/.test(s.tok(a - 1).pos) && /^\p{Ll}/u.test(s.word(a - 1))) a--;
        if (a < 2 || s.word(a - 1).toLowerCase() !== 'the') continue;
        const at = s.tok(a).characterOffsetBegin;
        if (out.some((m) => m.kind === 'name' && m.start <= at && at < m.end)) continue;
        const words = ` ${s.text(a, i).toLowerCase()}`;
        let hits = panel ? [] : bodies.filter((e) => e.mentions[0].start < at && e.name.toLowerCase().endsWith(words));
        // ("A three-judge panel of the 9th U.S. Circuit Court of Appeals said … The panel said …
        // the court had rejected …": "the court", "the appeals court", "the panel" are the one
        // court the article has named before, whatever its name ends in.)
        // (A panel only where the article calls the court's judges one: "A three-judge panel of the
        // 9th U.S. Circuit Court of Appeals"; not "A U.N. panel of experts".)
        // (The last panel named before it: not "a House panel investigating the unrest … The
        // panel said", after the court's.)
        // (Looked for only for "the panel", and once.)
        const lastPanel = panel
          ? sentences
              .flatMap((x) =>
                x.tokens
                  .map((t, k) => ({ x, k: k + 1, start: t.characterOffsetBegin }))
                  .filter(({ x, k, start }) => start < at && /^panel$/i.test(x.word(k))),
              )
              .pop()
          : undefined;
        const judges = (e: LocalEntity) => {
          if (!panel) return true;
          if (!lastPanel || lastPanel.x.word(lastPanel.k + 1) !== 'of') return false;
          const { x, k } = lastPanel;
          let n = x.word(k + 2)?.toLowerCase() === 'the' ? k + 3 : k + 2;
          if (/^\d+(st|nd|rd|th)$/.test(x.word(n) ?? '')) n++; // ("of the 9th U.S. Circuit …")
          return n <= x.tokens.length && e.mentions.some((m) => m.start === x.tok(n).characterOffsetBegin);
        };
        if (!hits.length && /^ (appeals |appellate )?(court|panel|tribunal)$/.test(words))
          hits = [...new Set(entities.values())].filter(
            (e) => e.type === 'Court' && e.mentions.some((m) => m.start < at) && judges(e),
          );
        // ("The World Health Organization … The agency said": a public body named before, where
        // one only was, whatever its name ends in; never a news agency, which "the agency" above
        // reads, nor where a chain or that reading already named it.)
        // (Nor past an agency brought in since, unnamed: "hired through a temp agency".)
        if (!hits.length && words === ' agency' && !out.some((m) => m.start <= at && at < m.end))
          hits = bodies.filter(
            (e) =>
              e.type === 'Organisation' &&
              e.mentions[0].start < at &&
              PUBLIC_BODY_NAME.test(e.name) &&
              !outlets.some((d) => entities.get(d) === e) &&
              !sentences.some((x) =>
                x.tokens.some(
                  (t) =>
                    /^agency$/i.test(t.word) &&
                    t.characterOffsetBegin < at &&
                    t.characterOffsetBegin > Math.max(...e.mentions.filter((m) => m.start < at).map((m) => m.start)) &&
                    !names.some((m) => m.start <= t.characterOffsetBegin && t.characterOffsetBegin < m.end),
                ),
              ),
          );
        if (hits.length !== 1) continue;
        out.push({
          ...s.span(a - 1, i),
          sentence: s.index,
          text: s.text(a - 1, i),
          kind: 'nominal',
          entity: hits[0].id,
        });
      }
    }
  }

  return { entities: [...new Set(entities.values())], mentions: out.sort((a, b) => a.start - b.start) };
}

export const entitiesStage: Stage = {
  name: 'entities',
  requires: ['sentences', 'mentions', 'annotation'],
  adds: ['entities', 'mentions'],
  run(doc) {
    const sentences = need(doc, 'sentences', 'entities');
    const { entities, mentions } = resolveEntities(
      sentences,
      need(doc, 'mentions', 'entities') as NamedMention[],
      need(doc, 'annotation', 'entities').corefs,
    );
    return { ...doc, entities, mentions };
  },
};

/** The gender a pronoun or a "Mr."/"Mrs."/"Ms." name says its person has, if any. */
function genderOf(text: string): 'm' | 'f' | undefined {
  if (/^(he|him|his|himself)$/i.test(text.trim())) return 'm';
  if (/^(she|her|hers|herself)$/i.test(text.trim())) return 'f';
  // ("Mr. Grant", "Ms. Clark": a courtesy title opening the mention.)
  return titleGender(text.trim());
}

/** Entity id of the mention that token `i` of sentence `s` is part of, if any. */
export function entityOfToken(s: SentenceView, i: number, mentions: Mention[]): string | undefined {
  const t = s.tok(i);
  if (!t) return undefined;
  return mentions.find((m) => m.entity && m.start <= t.characterOffsetBegin && t.characterOffsetEnd <= m.end)?.entity;
}

/** Entity id of the mention covering character `offset`, if any. */
export function entityAt(mentions: Mention[], start: number, end: number): string | undefined {
  const hits = mentions.filter((m) => m.entity && m.start < end && start < m.end);
  // The widest name wins over a pronoun inside it.
  hits.sort((a, b) => (a.kind === 'name' ? 0 : 1) - (b.kind === 'name' ? 0 : 1) || b.end - b.start - (a.end - a.start));
  return hits[0]?.entity;
}

/**
 * The entity named last before `start`, within the two sentences before `sentence`, of those
 * `ok` accepts ("he" after "… Erdogan told …" is Erdogan).
 */
export function lastNamedBefore(
  mentions: Mention[],
  start: number,
  sentence: number,
  ok: (entity: string) => boolean,
): string | undefined {
  return mentions
    .filter((m) => m.kind === 'name' && m.entity && ok(m.entity) && m.end <= start && m.sentence >= sentence - 2)
    .sort((a, b) => b.end - a.end)[0]?.entity;
}

/**
 * A national capital that acts or speaks is its country's government ("Moscow has dismissed
 * the warrant" → Russia), where the article names the country; any other entity is itself.
 */
export function seatOf(id: string | undefined, byId: Map<string, LocalEntity>): string | undefined {
  const e = id === undefined ? undefined : byId.get(id);
  const country = e?.type === 'Place' ? countryOfCapital(e.name) : undefined;
  const seat = country && entityId('Country', country);
  return seat && byId.has(seat) ? seat : id;
}

export { countryOfDemonym };
