// Stage 3: entity mentions with a domain type. Starts from CoreNLP's NER mentions and fixes
// what the raw engine gets wrong: outlets tagged as people, courts as plain organisations,
// nationality + institution ("Israeli army") as an organisation of that country, unnamed
// collectives that act or speak ("rights groups", "the Israeli opposition") as groups.
import type { CoreEntityMention } from '../corenlp/types.ts';
import {
  KNOWN_COMPANIES,
  KNOWN_ORGANISATION_NAMES,
  NAMED_GROUPS,
  BODY_NOUNS,
  COMPANY_POSSESSIONS,
  GENERIC_FIRST_WORDS,
  GROUP_HEADS,
  GROUP_QUALIFIERS,
  NATIONAL_INSTITUTION,
  ORGANISATION_ACRONYMS,
  OUTLETS,
  OUTLET_NOUNS,
  STATE_ORG_HEADS,
  bodyName,
  isCourtName,
} from '../lexicon/organisations.ts';
import {
  KNOWN_PLACES,
  US_STATE_ABBREVIATIONS,
  canonicalCountry,
  countryOfCapital,
  countryOfDemonym,
  demonymOf,
} from '../lexicon/places.ts';
import { HONORIFICS, JUDICIAL_STYLE, isEastAsianFamilyName } from '../lexicon/names.ts';
import { FIRM_POSTS, POST_QUALIFIERS, ROLE_NOUNS, TITLE_WORDS } from '../lexicon/roles.ts';
import { need, type Stage } from '../pipeline.ts';
import { isCloseQuote, isOpenQuote, type SentenceView } from '../syntax.ts';
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

/** Countries' names that are also given names: a person where the tagger says so. */
const GIVEN_NAMES = new Set(['Jordan', 'Chad', 'India', 'Israel', 'Kenya', 'Georgia', 'America', 'Niger']);

const NAME_NER = new Set(['PERSON', 'ORGANIZATION', 'COUNTRY', 'LOCATION', 'CITY', 'STATE_OR_PROVINCE']);
const PRONOUN_POS = new Set(['PRP', 'PRP$', 'WP', 'WP$']);

/** Nouns after a name that make it a body's, and never a person's ("the Wagner group"). */
const NAMED_BODIES =
  /^(group|militia|company|firm|organi[sz]ation|network|outfit|agency|conglomerate|startup|carmaker|insurer|retailer|bank|charity)$/i;

/** Nouns after a name that make it a place's, and never a person's ("the Zamzam camp"). */
const NAMED_PLACES = /^(district|neighbou?rhood|village|township|valley|crossing|airport|airbase|oilfield)$/i;

/** Words before a storm's name ("Hurricane Milton", "Typhoon Haiyan"). */
const STORM = /^(Hurricane|Typhoon|Cyclone|Storm)$/;

/** An airline's name ("Air France", "Jeju Air", "Turkish Airlines"). */
const AIRLINE = /^Air \p{Lu}[\p{L}-]+$|^\p{Lu}\S*( \p{Lu}\S*)* (Air|Airlines|Airways)$/u;

/**
 * More nouns that, right before a one-word name, say it is a body ("the electoral service
 * Servel", "the regulator Ofcom"); after a name they would not ("the Trump commission").
 */
const BODIES_BEFORE_NAMES = /^(service|authority|regulator|watchdog|commission)$/i;

/** Vessels news names ("the tanker Talara"). */
const VESSELS = /^(tanker|ship|vessel|freighter|boat|yacht|ferry|trawler|frigate|destroyer|submarine)s?$/i;

/** What stands in a town or village ("a school in Maga"). */
const PLACED =
  /^(school|village|town|city|district|camp|hospital|clinic|market|mosque|church|prison|jail|airport|mine|farm|factory|base|border|area|region|province|county|community)$/i;

/** Armed bodies news names a group by ("the militia Kataib Hezbollah"). */
const MILITIAS = new Set(['militia', 'faction', 'rebels', 'outfit']);

/** Buildings news names for the institution in them, never for the place ("the Kremlin said"). */
const SEATS = new Set([
  'Kremlin',
  'Pentagon',
  'White House',
  'Downing Street',
  'Elysee Palace',
  'Élysée Palace',
  'Elysee',
  'Élysée',
]);

function typeOf(
  m: CoreEntityMention,
  s: SentenceView,
): { type: EntityType; name: string; outlet?: boolean } | undefined {
  const text = m.text.replace(/\s+/g, ' ').trim();
  const lower = text.toLowerCase();
  // "died in the province alone": a common noun the tagger called a place is no name.
  // (Not a body: "the interior ministry" is one.)
  if (m.ner === 'LOCATION' && !/\p{Lu}/u.test(text)) return undefined;
  const prev = s.tok(m.tokenBegin); // token before the mention (tokens are 1-based; tokenBegin is 0-based)
  const theName = prev && prev.word === 'The' && m.tokenBegin > 0 ? `The ${text}` : text;
  const next = s.tok(m.tokenEnd + 1);
  const nextLower = next?.word.toLowerCase() ?? '';
  const outletNoun = OUTLET_NOUNS.has(nextLower) && (m.ner === 'ORGANIZATION' || m.ner === 'PERSON');
  if (OUTLETS.has(lower) || OUTLETS.has(theName.toLowerCase()) || outletNoun) {
    return { type: 'Organisation', name: OUTLETS.has(theName.toLowerCase()) ? theName : text, outlet: true };
  }
  // "The tanker, the Talara, was sailing …", "the cargo ship Eternity C": a vessel's name is no
  // place, body or person.
  // (Its name only: not "the tankers Russia uses to ship its oil".)
  const last = m.tokenEnd;
  const before = m.tokenBegin;
  if (
    (s.rel[last] === 'appos' && VESSELS.test(s.lemma(s.head[last] ?? 0))) ||
    (prev &&
      VESSELS.test(prev.word) &&
      !/^NNP/.test(prev.pos) &&
      s.rel[before] === 'compound' &&
      (s.head[before] ?? 0) > before &&
      (s.head[before] ?? 0) <= last)
  )
    return undefined;
  // "Air France", "Air India": an airline, though its second word is a country's name; "Jeju Air",
  // "Turkish Airlines", which the tagger may call a place or a person.
  if (AIRLINE.test(text) && (m.ner !== 'PERSON' || !text.startsWith('Air ')))
    return { type: 'Organisation', name: text };
  // "the Houthis have attacked …", "Islamic State West Africa Province": a movement or an armed
  // group news names every day, which the tagger may call a person or a place (by its last word).
  if ((m.ner === 'PERSON' || m.ner === 'LOCATION') && KNOWN_ORGANISATION_NAMES.has(lower))
    return { type: 'Organisation', name: text };
  // ("The S&P 500 fell 1.2%": a stock index, no body; S&P alone, "S&P downgraded …", is one.)
  if (text === 'S&P' && /^\d+$/.test(next?.word ?? '')) return undefined;
  // ("an apartment in the suburb of Whitehall": a place named by its kind, whatever the tagger
  // called it; a person's is below.)
  // (Not a body's name: "The city of London Corporation", "the county of Kent Cricket Club".)
  if (
    m.ner === 'ORGANIZATION' &&
    !/\b(Corporation|Club|Council|Authority|Company|Board|Commission|Committee|Association|Party|Government|Police|Hospital|School|University|College|Bank|Trust)$/.test(
      text,
    ) &&
    s.word(m.tokenBegin)?.toLowerCase() === 'of' &&
    /^(suburb|town|village|city|district|province|region|county|neighbou?rhood|borough|municipality)$/i.test(
      s.word(m.tokenBegin - 1) ?? '',
    )
  )
    return { type: 'Place', name: text };
  switch (m.ner) {
    case 'PERSON': {
      // "Deir al-Balah", "Beit Lahia", "Kafr Qasim": Arabic place names the tagger took for
      // a person's, by the word for monastery, house or village they open with.
      if (/^(Deir|Beit|Kafr|Kfar|Wadi|Jabal|Jebel|Tell|Ras|Bir)\s/.test(text)) return { type: 'Place', name: text };
      // "…, Anadolu reports." — a lone capitalised subject of "reports" is an outlet.
      const head = m.tokenEnd;
      if (m.tokenEnd - m.tokenBegin === 1 && /^report/.test(s.lemma(s.head[head] ?? 0)) && s.rel[head] === 'nsubj') {
        return { type: 'Organisation', name: text, outlet: true };
      }
      // "Türkiye is ready to host talks": a country's own name, or a spelling no English name
      // has, that the tagger took for a person's (not one that is also a given name, "Jordan",
      // "Chad", nor an alias that is a surname, "Holland").
      const country = canonicalCountry(text);
      if (country && !GIVEN_NAMES.has(text) && (country === text || /\P{ASCII}/u.test(text)))
        return { type: 'Country', name: country };
      // "the electoral service Servel", "the regulator Ofcom": a one-word name right after a
      // noun that says it is a body is that body.
      // (Not the subject of a clause on the noun: "The commission Trump established in March".)
      if (
        m.tokenEnd - m.tokenBegin === 1 &&
        prev &&
        /^NNS?$/.test(prev.pos) &&
        !(
          s.rel[m.tokenEnd] === 'nsubj' &&
          /^(acl:relcl|acl|csubj)$/.test(s.rel[s.head[m.tokenEnd] ?? 0] ?? '') &&
          s.head[m.tokenEnd] === m.tokenEnd + 1
        ) &&
        (NAMED_BODIES.test(prev.word) || BODIES_BEFORE_NAMES.test(prev.word))
      )
        return { type: 'Organisation', name: text };
      // "the Government Girls … School in Maga": a one-word name a building or a body is in.
      if (m.tokenEnd - m.tokenBegin === 1) {
        const h = s.head[m.tokenEnd];
        const inIt = s.kids(m.tokenEnd, 'case').some((c) => /^in$/i.test(s.word(c)));
        if (inIt && h && /^nmod$/.test(s.rel[m.tokenEnd] ?? '') && PLACED.test(s.lemma(h)))
          return { type: 'Place', name: text };
      }
      // "Kyiv said it would …": a national capital the tagger took for a person (not one that is
      // also a given name, "Victoria", "Paris").
      if (m.tokenEnd - m.tokenBegin === 1 && countryOfCapital(text) && !AMBIGUOUS_CAPITALS.has(lower))
        return { type: 'Place', name: text };
      // "The Carter Center said", "the Gates Foundation": a body named after a person.
      if (
        / (Center|Centre|Foundation|Institute|Institution|Fund|Trust|Library|Museum|University|College|Hospital|Corporation|Company)$/.test(
          text,
        )
      )
        return { type: 'Organisation', name: text };
      // "his own seat of Dickson", "the town of Kherson": a place named by its kind.
      if (
        s.word(m.tokenBegin).toLowerCase() === 'of' &&
        /^(city|town|village|province|region|district|state|port|island|county|seat|constituency|electorate|municipality)$/i.test(
          s.word(m.tokenBegin - 1),
        )
      )
        return { type: 'Place', name: text };
      // "TikTok said it had found no evidence": a company news names every day, alone.
      if (KNOWN_COMPANIES.has(text)) return { type: 'Organisation', name: text };
      // "the Wagner mercenary group", "the Wagner group": a name before a noun that says it is a
      // body is that body.
      // (Not "the Netanyahu coalition", "the Trump movement": only nouns no person is named by.)
      const after = [next, s.tok(m.tokenEnd + 2)].filter((x) => x && /^NNS?$/.test(x.pos) && /^\p{Ll}/u.test(x.word));
      if (
        m.tokenEnd - m.tokenBegin === 1 &&
        after.some((x) => NAMED_BODIES.test(x!.word)) &&
        (next?.pos.startsWith('NN') || next?.pos === 'JJ')
      )
        return { type: 'Organisation', name: text };
      // "the Jabalia district", "the Nahal Oz crossing": a name before a noun that says it is a
      // place is that place. ("the Zamzam camp" is read with the article's people, in the
      // entities stage: "the Clinton camp" is not.)
      if (
        m.tokenEnd - m.tokenBegin === 1 &&
        after.some((x) => NAMED_PLACES.test(x!.word)) &&
        (next?.pos.startsWith('NN') || next?.pos === 'JJ') &&
        /^(the|a)$/i.test(prev?.word ?? '')
      )
        return { type: 'Place', name: text };
      // "the Islamist group Hayat Tahrir al-Sham": a name right after a noun that says it is a
      // body ("the group", "the militia", "the company") is that body (not the subject of a
      // clause on that noun: "the company Musk founded").
      if (
        prev &&
        /^NNS?$/.test(prev.pos) &&
        (BODY_NOUNS.has(prev.word.toLowerCase()) || MILITIAS.has(prev.word.toLowerCase())) &&
        !(/^nsubj/.test(s.rel[m.tokenEnd] ?? '') && /^acl/.test(s.rel[s.head[m.tokenEnd] ?? 0] ?? ''))
      )
        return { type: 'Organisation', name: text };
      // "Ayatollah Ali Khamenei", "Sheikh Tamim bin Hamad Al Thani": an honorific the tagger
      // put in the name is no part of it (the text keeps it: an alias).
      const honorific = new RegExp(`^(?:${HONORIFICS.source}) (?=\\p{Lu}\\S*\\s+\\S)`, 'u').exec(text);
      const style = honorific ?? JUDICIAL_STYLE.exec(text);
      return { type: 'Person', name: style ? text.slice(style[0].length) : text };
    }
    case 'ORGANIZATION':
      if (isCourtName(text)) return { type: 'Court', name: bodyName(text) ?? text };
      // "King Charles formally asked Starmer …": a monarch by title and name, not a body
      // ("King Abdullah University", "Prince Sultan Air Base" are).
      if (
        /^(King|Queen|Prince|Princess|Emperor|Empress|Sultan|Emir|Pope) \p{Lu}[\p{L}'-]+( \p{Lu}[\p{L}'-]+)?$/u.test(
          text,
        ) &&
        !/ (University|Hospital|Foundation|Base|Airport|Bridge|Street|Fund|Centre|Center|Park|Road|College|School|Stadium|Square|Palace|Hotel|Prize|Award|Trust|Institute|Mosque|Cathedral)$/.test(
          text,
        )
      )
        return { type: 'Person', name: text };
      if (KNOWN_PLACES.has(lower)) return { type: 'Place', name: text };
      // "a case against the UAE": a country the tagger called an organisation.
      if (canonicalCountry(text)) return { type: 'Country', name: canonicalCountry(text)! };
      // "the Ernst Happel Stadium": a venue is where, not who.
      if (/ (Stadium|Arena|Square|Bridge)$/.test(text)) return { type: 'Place', name: text };
      // "the United Nations" is the United Nations: only outlets (above) keep "The" in their name.
      return { type: 'Organisation', name: bodyName(text) ?? text };
    case 'NATIONALITY':
    case 'COUNTRY': {
      if (KNOWN_PLACES.has(lower)) return { type: 'Place', name: text };
      // ("the Argentine people": the tagger's "the Argentine" is Argentina; but "The Argentine,
      // who turned 38, said" is a player, no country.)
      if (!canonicalCountry(text) && /^the\s/i.test(text) && countryOfDemonym(text.replace(/^the\s+/i, '')))
        return /^(NN|JJ)/.test(next?.pos ?? '')
          ? { type: 'Country', name: countryOfDemonym(text.replace(/^the\s+/i, ''))! }
          : undefined;
      return { type: 'Country', name: canonicalCountry(text) ?? text };
    }
    default: {
      // "the Kremlin said": seats that news names for the institution in them.
      if (SEATS.has(text)) return { type: 'Organisation', name: text };
      // "former Miss Universe", "Miss Piggy": a title, not Mississippi ("Jackson, Miss." is).
      if (text === 'Miss' && /^\p{Lu}/u.test(next?.word ?? '')) return undefined;
      // "the Masalit people", "the Rohingya community": a people, not a place.
      // (One word the gazetteer barely knows; "many Hong Kong people" are of a place.)
      if (
        !text.includes(' ') &&
        !canonicalCountry(text) &&
        /^(people|peoples|tribe|tribes|clan|clans|community|minority)$/i.test(next?.word ?? '')
      )
        return undefined;
      const country = canonicalCountry(text);
      if (country && !KNOWN_PLACES.has(lower)) return { type: 'Country', name: country };
      // "Canadian investment firm Brookfield", "the company Tesla": a name the gazetteer knows as a
      // town, right after a noun that says it is a body, is that body.
      if (prev && /^NNS?$/.test(prev.pos) && NAMED_BODIES.test(prev.word)) return { type: 'Organisation', name: text };
      // "the Czech Statistical Office", "Fiala's centre-right Spolu coalition": a name the
      // tagger called a place of no kind it knows (not a city, state or country) that ends in a
      // body's noun, or that "coalition", "alliance" or "bloc" follows (not "… of mayors"), is
      // that body. (Not the Oval Office, a room.)
      if (m.ner === 'LOCATION') {
        if (
          / (Office|Bureau|Agency|Ministry|Authority|Institute|Directorate|Inspectorate)$/.test(text) &&
          text !== 'Oval Office'
        )
          return { type: 'Organisation', name: text };
        if (
          next &&
          /^NN$/.test(next.pos) &&
          /^(coalition|alliance|bloc)$/i.test(next.word) &&
          !/^of$/i.test(s.word(m.tokenEnd + 2) ?? '') &&
          // (Nor one that only says what kind of thing follows: "Saxony coalition talks".)
          s.rel[m.tokenEnd + 1] !== 'compound'
        )
          return { type: 'Organisation', name: text };
      }
      // "ST. PETERSBURG, Fla.": a US state as news agencies abbreviate it is that state.
      return { type: 'Place', name: US_STATE_ABBREVIATIONS[text] ?? text };
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
  const push = (a: number, b: number, ner = m.ner) => {
    while (a < b && /^[\p{P}\p{S}]+$/u.test(s.tokens[a].word)) a++;
    // "Daughter of Henry VIII and …": the kin the tagger took into the name is no part of it.
    if (
      m.ner === 'PERSON' &&
      b - a > 2 &&
      /^\p{Lu}/u.test(s.tokens[a].word) &&
      KIN_NOUNS.has(s.tokens[a].word.toLowerCase()) &&
      s.tokens[a + 1].word === 'of' &&
      /^\p{Lu}/u.test(s.tokens[a + 2].word)
    )
      a += 2;
    // "The Fed said …", '" The Fed 's stance …': the article opening a sentence or a line is no
    // part of a body's name (an outlet's, "The Jerusalem Post", keeps it).
    if (
      m.ner === 'ORGANIZATION' &&
      b - a > 1 &&
      s.tokens[a].word === 'The' &&
      s.tokens[a].pos === 'DT' &&
      (s.tokens.slice(0, a).every((x) => /^[\p{P}\p{S}]+$/u.test(x.word)) || s.tokens[a].before.includes('\n')) &&
      !OUTLETS.has(s.text(a + 1, b).toLowerCase())
    )
      a++;
    // A closing bracket whose opening one is inside stays ("Mladost ( L )").
    const closes = (k: number) =>
      /^(\)|-RRB-|\])$/.test(s.tokens[k].word) && s.tokens.slice(a, k).some((t) => /^(\(|-LRB-|\[)$/.test(t.word));
    while (b > a && /^[\p{P}\p{S}]+$/u.test(s.tokens[b - 1].word) && !closes(b - 1)) b--;
    if (a >= b) return;
    const first = s.tokens[a];
    const last = s.tokens[b - 1];
    out.push({
      ...m,
      ner,
      tokenBegin: a,
      tokenEnd: b,
      characterOffsetBegin: first.characterOffsetBegin,
      characterOffsetEnd: last.characterOffsetEnd,
      text: s.text(a + 1, b),
    });
  };
  for (let k = m.tokenBegin + 1; k < m.tokenEnd; k++) {
    if (s.tokens[k].before.includes('\n')) {
      push(from, k);
      from = k;
    }
    // "the Supreme Court's Citizens United decision": the court, then what is its.
    if (/^['’]s$/.test(s.tokens[k].word) && isCourtName(s.text(from + 1, k))) {
      push(from, k);
      return out;
    }
    // "London's High Court", "Russia's Defence Ministry" as one name: the place, then the body.
    const owner = s.text(from + 1, k);
    if (
      /^['’]s$/.test(s.tokens[k].word) &&
      m.ner === 'ORGANIZATION' &&
      k + 1 < m.tokenEnd &&
      (canonicalCountry(owner) || countryOfCapital(owner) || KNOWN_PLACES.has(owner.toLowerCase()))
    ) {
      push(from, k, canonicalCountry(owner) ? 'COUNTRY' : 'CITY');
      from = k + 1;
    }
  }
  push(from, m.tokenEnd);
  return out;
}

/** Tags only CoreNLP's fine-grained rules give, which may overwrite part of a coarse name. */
const FINE_ONLY = new Set([
  'CITY',
  'COUNTRY',
  'STATE_OR_PROVINCE',
  'NATIONALITY',
  'RELIGION',
  'IDEOLOGY',
  'CRIMINAL_CHARGE',
  'CAUSE_OF_DEATH',
  'TITLE',
]);

/**
 * Rejoins names that CoreNLP's fine-grained rules cut in two: the statistical tagger found
 * one LOCATION ("Soviet Union", "Puerto Rico", "Northern Ireland", "Green Square") and a
 * fine-grained list relabelled one of its words ("Union" CITY, "Rico" CRIMINAL_CHARGE,
 * "Ireland" COUNTRY), leaving two adjacent mentions. Joined when the two are neighbouring
 * proper nouns on one line, separated by a single space, one of them LOCATION and the other
 * fine-grained only; the join is a LOCATION. Country + organisation ("U.S. Treasury") is
 * left apart: those are two names.
 */
function rejoinSplitNames(s: SentenceView): CoreEntityMention[] {
  const ms = [...s.sentence.entitymentions].sort((a, b) => a.tokenBegin - b.tokenBegin);
  const out: CoreEntityMention[] = [];
  // Proper nouns, and the lower-case links inside names ("Federal Republic of" + "Yugoslavia").
  const proper = (m: CoreEntityMention) =>
    s.tokens
      .slice(m.tokenBegin, m.tokenEnd)
      .every((t) => t.pos === 'NNP' || t.pos === 'NNPS' || /^(of|de|del|la|al|the)$/.test(t.word));
  const join = (prev: CoreEntityMention, m: CoreEntityMention, ner: string): CoreEntityMention => ({
    ...prev,
    ner,
    tokenEnd: m.tokenEnd,
    docTokenEnd: m.docTokenEnd,
    characterOffsetEnd: m.characterOffsetEnd,
    text: `${prev.text} ${m.text}`,
  });
  for (const m of ms) {
    const prev = out[out.length - 1];
    const pair = prev ? [prev.ner, m.ner] : [];
    const next = prev && prev.tokenEnd === m.tokenBegin && s.tokens[m.tokenBegin].before === ' ';
    // (Not a post: "Beylikduzu Mayor Mehmet Murat Calik" is a mayor of Beylikduzu, "Gaza Governor
    // said" a governor, "Marine Le Pen" a person; "Cook County", "Platte River", which the
    // fine-grained lists also tag TITLE, stay whole.)
    if (
      next &&
      pair.includes('LOCATION') &&
      pair.some((t) => FINE_ONLY.has(t)) &&
      ![prev, m].some((x) => x.ner === 'TITLE' && ROLE_NOUNS.has(x.text.toLowerCase().split(/\s+/).pop() ?? '')) &&
      proper(prev) &&
      proper(m)
    ) {
      out[out.length - 1] = join(prev, m, 'LOCATION');
      continue;
    }
    // "the South China Sea", "the Arabian Sea": a place before a word of geography that the
    // tagger gave a type of its own is one place.
    if (
      next &&
      /^(LOCATION|COUNTRY|NATIONALITY|CITY|STATE_OR_PROVINCE)$/.test(prev.ner) &&
      m.ner === 'LOCATION' &&
      /^(Sea|Ocean|Gulf|Strait|Straits|Bay|Peninsula|Basin|Desert|Coast|Channel|Sound|Highlands)$/.test(m.text) &&
      proper(prev) &&
      proper(m)
    ) {
      out[out.length - 1] = join(prev, m, 'LOCATION');
      continue;
    }
    // "PORT SUDAN, Oct 27 (Reuters) -": a dateline's place in capitals that the tagger cut in
    // two (a place word and a country) is one city.
    const capitals = (x: CoreEntityMention) => /^[\p{Lu}.'-]+( [\p{Lu}.'-]+)*$/u.test(x.text);
    if (
      next &&
      prev.tokenBegin === 0 &&
      s.word(m.tokenEnd + 1) === ',' &&
      s.datelineEnd() > m.tokenEnd &&
      /^(LOCATION|CITY)$/.test(prev.ner) &&
      /^(COUNTRY|LOCATION|CITY|STATE_OR_PROVINCE)$/.test(m.ner) &&
      // (A country after a city is where the city is: "COLOMBO SRI LANKA"; after a place word,
      // "PORT", part of the name.)
      (m.ner !== 'COUNTRY' || prev.ner === 'LOCATION') &&
      capitals(prev) &&
      capitals(m)
    ) {
      out[out.length - 1] = join(prev, m, 'CITY');
      continue;
    }
    // "the African Union": a nationality and "Union", which the city list took for a town.
    if (next && prev.ner === 'NATIONALITY' && m.text === 'Union' && proper(prev)) {
      out[out.length - 1] = join(prev, m, 'ORGANIZATION');
      continue;
    }
    out.push(m);
  }
  // "the U.S. District Court for the Northern District of California", "the U.S. Court of Appeals
  // for the Ninth Circuit": a federal court and the district or circuit it sits for are one name.
  for (let i = 0; i + 1 < out.length; i++) {
    const [court, seat] = [out[i], out[i + 1]];
    if (
      court.ner === 'ORGANIZATION' &&
      /\bCourt( of Appeals)?$/.test(court.text) &&
      seat.tokenBegin === court.tokenEnd + 2 &&
      /^for the$/i.test(s.text(court.tokenEnd + 1, court.tokenEnd + 2)) &&
      /^((Northern|Southern|Eastern|Western|Central|Middle) )?District of \p{Lu}|^\S+ Circuit$|^District of Columbia$/u.test(
        s.text(seat.tokenBegin + 1, seat.tokenEnd),
      )
    ) {
      out.splice(i, 2, {
        ...court,
        tokenEnd: seat.tokenEnd,
        docTokenEnd: seat.docTokenEnd,
        characterOffsetEnd: seat.characterOffsetEnd,
        text: s.text(court.tokenBegin + 1, seat.tokenEnd),
      });
    }
  }
  return out;
}

const INITIAL = /^(?:\p{Lu}\.)+$/u;
const ROYAL_TITLES = new Set([
  'king',
  'queen',
  'emperor',
  'empress',
  'pope',
  'tsar',
  'czar',
  'sultan',
  'shah',
  'prince',
  'princess',
]);
const DATE_LIKE_NAMES = new Set(['Min', 'Jan', 'Sun', 'Mar', 'Sat', 'Sec', 'Wed']);
const REGNAL = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI)$/;

/**
 * A person's name with the initials the tagger left out before it ("M. Atherton", "A.J.P.
 * Taylor"), "Sheikh" before a name of one word ("Sheikh Hasina") and a regnal number after it
 * ("Elizabeth I", "Henry VIII"), on the same line.
 */
function withInitialsAndNumerals(s: SentenceView, first: number, last: number): [number, number] {
  let a = first;
  while (a > 1 && INITIAL.test(s.word(a - 1)) && s.tok(a).before === ' ' && s.tok(a - 1).ner !== 'PERSON') a--;
  // "Senior General Min Aung Hlaing", "Jan Kowalski": a given name that is also the
  // abbreviation of a unit or a date ("min", "Jan"), which the tagger read as one.
  if (
    a > 1 &&
    DATE_LIKE_NAMES.has(s.word(a - 1)) &&
    s.tok(a - 1).pos === 'NNP' &&
    /^(DURATION|DATE|TIME|SET)$/.test(s.tok(a - 1).ner) &&
    s.tok(a).before === ' '
  )
    a--;
  // "Vietnam's President To Lam": a Vietnamese family name the tagger read as "to", between a
  // title and the name.
  if (a === first && a > 2 && s.word(a - 1) === 'To' && s.tok(a - 2).ner === 'TITLE' && s.tok(a).before === ' ') a--;
  // "Christian Blanc": a given name the fine-grained rules took for a religion, before a
  // surname alone (not "evangelical Christian Mike Pence", nor "an evangelical Christian
  // Pence": no adjective, article or possessive before it).
  if (
    a === first &&
    first === last &&
    a > 1 &&
    s.word(a - 1) === 'Christian' &&
    s.tok(a).before === ' ' &&
    !(a > 2 && /^(JJ|DT|PRP\$|RB|VBN)$/.test(s.tok(a - 2).pos))
  )
    a--;
  // "Prime Minister Sheikh Hasina": the honorific news writes with a name of one word.
  if (a === first && first === last && a > 1 && /^Sheikh$/.test(s.word(a - 1)) && s.tok(a).before === ' ') a--;
  let b = last;
  const next = b < s.tokens.length ? s.tok(b + 1) : undefined;
  // "Jeju Air chief executive Kim E-bae": a hyphenated given name the tagger left out after a
  // Korean or Chinese family name.
  if (
    first === last &&
    next &&
    isEastAsianFamilyName(s.word(first)) &&
    next.before === ' ' &&
    next.ner === 'O' &&
    /^\p{Lu}\p{Ll}*-\p{Ll}+$/u.test(next.word)
  )
    return [a, b + 1];
  // "I" is a pronoun to the tagger: a numeral only after a monarch's title ("Queen Elizabeth I").
  const titled = [first - 1, first - 2].some((k) => k >= 1 && ROYAL_TITLES.has(s.word(k).toLowerCase()));
  if (
    next &&
    REGNAL.test(next.word) &&
    next.before === ' ' &&
    (/^(NNP|CD)$/.test(next.pos) || (next.word === 'I' && titled))
  )
    b++;
  return [a, b];
}

/**
 * A name without the closing brackets it did not open: "(Olympic champion Lindsay) Davenport"
 * is Lindsay Davenport, "James Leander (Leo) Nichols" as the tagger cuts it, "Leo) Nichols",
 * is Leo Nichols. The mention's span stays as the text has it.
 */
function withoutStrayBrackets(name: string): string {
  let open = 0;
  let out = '';
  for (const ch of name) {
    if (ch === '(' || ch === '[') open++;
    else if ((ch === ')' || ch === ']') && open === 0) {
      out += ' ';
      continue;
    } else if (ch === ')' || ch === ']') open--;
    out += ch;
  }
  return out.replace(/\s+/g, ' ').trim();
}

/**
 * Abbreviated posts written before a name: the roles lexicon's ("Gov.", "Sen.", "Lt.", "Gen.",
 * with the full stop: "Gen Nakatani" is Japan's defence minister's given name), and "AG", "DA".
 */
const titleAbbreviation = (word: string) => word in TITLE_WORDS || /^(AG|DA|ADA)$/.test(word);

function nerMentions(s: SentenceView): NamedMention[] {
  const out: NamedMention[] = [];
  const filed = s.datelineEnd();
  const all = rejoinSplitNames(s);
  // "the U.S. Open Tennis Championships": a country that opens the name of an event or a
  // title (the tagger's MISC right after it, on its line) is part of that name, not a mention.
  const opensName = (x: CoreEntityMention) =>
    x.ner === 'COUNTRY' &&
    all.some(
      (y) =>
        y.ner === 'MISC' &&
        y.tokenBegin === x.tokenEnd &&
        /^\p{Lu}/u.test(y.text) &&
        !s.tokens[y.tokenBegin].before.includes('\n'),
    );
  // "central Myanmar": a country's name (not its demonym) that the fine-grained rules
  // tagged NATIONALITY is the country.
  const countryName = (x: CoreEntityMention) =>
    x.ner === 'NATIONALITY' && /^\p{Lu}/u.test(x.text) && !countryOfDemonym(x.text) && !!canonicalCountry(x.text);
  for (const m of all.flatMap((x) => ((NAME_NER.has(x.ner) || countryName(x)) && !opensName(x) ? pieces(x, s) : []))) {
    const first = m.tokenBegin + 1;
    const last = m.tokenEnd;
    const span = { start: m.characterOffsetBegin, end: m.characterOffsetEnd };
    // ("WHO spokesperson Anna Kovacs told …": the World Health Organization, which the tagger
    // typed a body though it read a pronoun; not in a line all in capitals.)
    const who =
      m.text === 'WHO' && m.ner === 'ORGANIZATION' && !allCapitals(s.sentence.tokens.map((t) => t.word).join(''), 8);
    const allPronouns = !who && s.tokens.slice(m.tokenBegin, m.tokenEnd).every((t) => PRONOUN_POS.has(t.pos));
    if (allPronouns) {
      out.push({ ...span, sentence: s.index, text: m.text, kind: 'pronoun', name: m.text, tokens: [first, last] });
      continue;
    }
    let typed = typeOf(m, s);
    if (!typed) continue;
    // "the 737 Max", "Boeing 737 Max": a model's name after its number, no person (not a name
    // after a score in a table row, "Currie 45 Heriot 5", nor after a year, "the 2020 Biden
    // campaign").
    if (
      typed.type === 'Person' &&
      first === last &&
      first > 2 &&
      /^\d+$/.test(s.word(first - 1)) &&
      !/^(1[89]|20)\d\d$/.test(s.word(first - 1)) &&
      s.tok(first - 1).ner !== 'DATE' &&
      (s.tok(first - 2).pos === 'DT' || s.tok(first - 2).ner === 'ORGANIZATION')
    )
      continue;
    // "Estimated price range N / A": not available, no body.
    if (/^N ?\/ ?A$/.test(m.text)) continue;
    // "Interstate 95", "Interstate 5": a road, which the tagger calls a body or cuts before
    // its number.
    if (/^Interstate( \d+)?$/.test(m.text)) {
      const b = /^\d+$/.test(s.word(last + 1)) ? last + 1 : last;
      if (b === last && !/\d$/.test(m.text)) continue;
      out.push(namedAt(s, first, b, 'Place'));
      continue;
    }
    // "Division one", "Group B": a table's section heading, no body.
    const after = s.tok(last + 1);
    if (
      first === last &&
      /^(Division|Group|Pool|Section|Conference)$/.test(m.text) &&
      /^(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[1-9]|[A-H]|I{1,3}|IV)$/.test(after?.word ?? '')
    )
      continue;
    // "the U.S. Fed Cup captain", "the Davis Cup": the name of a competition, not a body or a
    // person (the name qualifies "Cup" or "Trophy"; not "the NBA Championship", a body's).
    if (
      (typed.type === 'Organisation' || typed.type === 'Person') &&
      !typed.outlet &&
      after?.before === ' ' &&
      /^(Cup|Trophy)$/.test(after.word) &&
      s.head[last] === last + 1 &&
      s.rel[last] === 'compound'
    )
      continue;
    // "BUENOS AIRES (Reuters) -", tagged a person: a dateline's name outside its brackets is
    // where the story was filed.
    // (A dateline with an agency or a date after the place: not a section label such as
    // "RUGBY UNION - …".)
    const placeFiled = s.tokens.slice(0, filed).some((t) => /^(,|\(|-LRB-)$/.test(t.word));
    if (
      (typed.type === 'Person' || (typed.type === 'Organisation' && !typed.outlet)) &&
      last <= filed &&
      placeFiled &&
      !s.tokens.slice(0, m.tokenBegin).some((t) => t.word === '(' || t.word === '-LRB-')
    )
      typed = { type: 'Place', name: US_STATE_ABBREVIATIONS[m.text] ?? m.text };
    // ("Former AG Mukasey", "DA Alvin Bragg", "Gov. Kathy Hochul": an abbreviated post the
    // tagger took into the name is no part of it.)
    let from = first;
    if (typed.type === 'Person') while (from < last && titleAbbreviation(s.word(from))) from++;
    const [a, b] = typed.type === 'Person' ? withInitialsAndNumerals(s, from, last) : [first, last];
    if (a !== first || b !== last) {
      const text = s.text(a, b);
      const name = withoutStrayBrackets(text);
      out.push({ ...s.span(a, b), sentence: s.index, text, kind: 'name', type: 'Person', name, tokens: [a, b] });
      continue;
    }
    out.push({
      ...span,
      sentence: s.index,
      text: m.text,
      kind: 'name',
      type: typed.type,
      name: withoutStrayBrackets(typed.name),
      outlet: typed.outlet,
      tokens: [first, last],
    });
  }
  return out;
}

/** A name over tokens a..b (1-based, inclusive) of a sentence, named as the text has it. */
function namedAt(s: SentenceView, a: number, b: number, type: EntityType, name = s.text(a, b)): NamedMention {
  return { ...s.span(a, b), sentence: s.index, text: s.text(a, b), kind: 'name', type, name, tokens: [a, b] };
}

function covered(taken: NamedMention[], i: number): boolean {
  return taken.some((m) => m.kind === 'name' && m.tokens[0] <= i && i <= m.tokens[1]);
}

/** "defence ministry", "foreign office": a ministry named by what it is for (not "a home office"). */
const MINISTRY =
  /^(?:(?:foreign|defen[cs]e|interior|home|health|finance|justice|economy|trade|energy|education|agriculture|environment|labou?r|transport|culture|information) ministry|foreign office)$/;

/**
 * "Israeli army", "the Israeli defence ministry": nationality word + institution noun. And
 * "India's defence ministry", "Israel's army": a country's possessive + institution noun, which
 * is the same body (the mention is the institution's words; the country stays a mention of its
 * own). Named with the nationality word either way, so both spellings are one entity.
 */
function stateOrgMentions(s: SentenceView, taken: NamedMention[]): NamedMention[] {
  const out: NamedMention[] = [];
  for (let i = 1; i < s.tokens.length; i++) {
    const t = s.tok(i);
    // ("the Philippines' defence ministry": the possessive of a plural name is its apostrophe.)
    const owner =
      /^['’]s?$/.test(s.word(i + 1) ?? '') && s.tok(i + 1)?.pos === 'POS'
        ? taken.find((m) => m.kind === 'name' && m.type === 'Country' && m.tokens[1] === i)
        : undefined;
    const country = owner ? owner.name : countryOfDemonym(t.word);
    const demonym = owner ? country && demonymOf(country) : t.word;
    if (!country || !demonym || (!owner && covered(taken, i))) continue;
    const at = owner ? i + 2 : i + 1;
    for (const len of [2, 1]) {
      const words = s.tokens.slice(at - 1, at - 1 + len).map((x) => x.word);
      const lower = words.join(' ').toLowerCase();
      if (words.length < len || !(STATE_ORG_HEADS.has(lower) || MINISTRY.test(lower))) continue;
      // (In its own words only: "Israel's Supreme Court" is the tagger's name, read elsewhere.)
      if (owner && words.some((w) => !/^\p{Ll}/u.test(w))) continue;
      const last = at - 1 + len;
      // (The head of its phrase: not "Russia's military leadership".)
      if (covered(taken, last) || (owner && /^NN/.test(s.tok(last + 1)?.pos ?? ''))) continue;
      const head = MINISTRY.test(lower) ? lower.replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase()) : lower;
      const name = `${demonym} ${head}`;
      out.push({
        ...s.span(owner ? at : i, last),
        sentence: s.index,
        text: owner ? s.text(at, last) : `${t.word} ${words.join(' ').toLowerCase()}`,
        kind: 'name',
        type: 'Organisation',
        name,
        country,
        tokens: [owner ? at : i, last],
      });
      break;
    }
  }
  return out;
}

/** Text in capitals only, with more than `min` letters (a headline in capitals, not "US"). */
function allCapitals(text: string, min: number): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length > min && letters === letters.toUpperCase();
}

/**
 * "retained his WBO featherweight title": a body known by its acronym, where the tagger left
 * the token untagged or called it MISC on its own (not "UEFA Cup", a MISC name around it).
 */
function acronymMentions(s: SentenceView, taken: NamedMention[]): NamedMention[] {
  const out: NamedMention[] = [];
  const shouting = (i: number) => {
    const line = linesOf(s).find(([a, b]) => a <= i && i <= b)!;
    return allCapitals(s.text(line[0], line[1]), 6);
  };
  for (let i = 1; i <= s.tokens.length; i++) {
    const t = s.tok(i);
    if (!ORGANISATION_ACRONYMS.has(t.word) || covered(taken, i)) continue;
    const tagged = s.sentence.entitymentions.find((m) => m.tokenBegin < i && i <= m.tokenEnd);
    if (tagged && (tagged.ner !== 'MISC' || tagged.tokenEnd - tagged.tokenBegin > 1)) continue;
    if (t.word === 'WHO' && shouting(i)) continue;
    out.push({
      ...s.span(i, i),
      sentence: s.index,
      text: t.word,
      kind: 'name',
      type: 'Organisation',
      name: t.word,
      tokens: [i, i],
    });
  }
  return out;
}

/** Whether token `k` is a hyphen the tokenizer split from the words on both sides ("Bankman - Fried"), the next one a part of the name. */
const splitHyphen = (s: SentenceView, k: number, part: (k: number) => boolean) =>
  s.word(k) === '-' && !s.tok(k).before && part(k + 1) && !s.tok(k + 1).before;

/**
 * "cybersecurity firm CrowdStrike", "the rights group OVD-Info": capitalised words the tagger
 * left untagged right after a noun that says what body they name are that body.
 */
function namedBodies(s: SentenceView, taken: NamedMention[]): NamedMention[] {
  const out: NamedMention[] = [];
  // ("… barred from running: Chadema leader Tundu Lissu is on trial": an untagged name right
  // before a post that a person's name follows is the body the post is of. Not the sentence's
  // first word, which may be a common noun: "Party spokesman Syed Ali Zafar said".)
  for (let k = 2; k + 2 <= s.tokens.length; k++) {
    const t = s.tok(k);
    if (t.ner !== 'O' || t.pos !== 'NNP' || !/^\p{Lu}[\p{L}\d-]+$/u.test(t.word) || covered(taken, k)) continue;
    if (s.tok(k - 1).pos === 'NNP' || !ROLE_NOUNS.has(s.word(k + 1).toLowerCase())) continue;
    // (Not a word that says what kind of post it is: "Police Commissioner", "Majority Leader".)
    // (Nor a portfolio, an abstract noun: "Privatisation Minister", "Tourism Minister".)
    if (POST_QUALIFIERS.test(t.word) || /(tion|sion|ment|ism|ity|ance|ence|ure|ing|ry|cs)$/i.test(t.word)) continue;
    if (s.tok(k + 2).ner !== 'PERSON' && s.tok(k + 2).ner !== 'TITLE') continue;
    out.push(namedAt(s, k, k, 'Organisation'));
  }
  // (Or the tagger's MISC: "the charity World Central Kitchen". A name may open a line only
  // where it is set before the noun: "Unite, the trade union, said" opens its paragraph.)
  const free = (k: number, lineStart = false) =>
    k >= 1 &&
    k <= s.tokens.length &&
    (s.tok(k).ner === 'O' || s.tok(k).ner === 'MISC') &&
    /^NNPS?$/.test(s.tok(k).pos) &&
    /^\p{Lu}/u.test(s.word(k)) &&
    !covered(taken, k) &&
    (lineStart || !s.tok(k).before.includes('\n'));
  for (let i = 1; i < s.tokens.length; i++) {
    if (!/^NNS?$/.test(s.tok(i).pos) || !/^\p{Ll}/u.test(s.word(i)) || !BODY_NOUNS.has(s.word(i))) continue;
    let j = i;
    // ("OVD - Info": a hyphenated name the tokenizer split.)
    while (free(j + 1) || (j > i && splitHyphen(s, j + 1, free))) j += free(j + 1) ? 1 : 2;
    if (j > i) {
      out.push(namedAt(s, i + 1, j, 'Organisation'));
      continue;
    }
    // ("Unite, the trade union, said": or set before it, the noun in apposition to the name.)
    const h = s.head[i] ?? 0;
    if (s.rel[i] !== 'appos' || h < 1 || h >= i || s.word(h + 1) !== ',' || !free(h, true)) continue;
    let a = h;
    while (a > 1 && !s.tok(a).before.includes('\n') && free(a - 1, true)) a--;
    // (The whole name only: not "Water" of "Thames Water", whose first word the tagger took.)
    // (Nor "Egidio Community" of "Sant ' Egidio Community": no name goes on before it.)
    if (a === 1 || (!/^NNP/.test(s.tok(a - 1).pos) && !/^(['’&.-]|\p{Lu})/u.test(s.word(a - 1))))
      out.push(namedAt(s, a, h, 'Organisation'));
  }
  return out;
}

/**
 * Athletes the tagger left untagged, in the two shapes sports reports give them: a results row
 * ("2. Venuste Niyongabo ( Burundi ) 3:51.01") and a name with its country as the subject
 * ("Jesper Parnevik of Sweden fired a 63"). Only untagged capitalised words: two to four at
 * the start of a row, two before "of".
 */
function athleteMentions(s: SentenceView, taken: NamedMention[]): NamedMention[] {
  const out: NamedMention[] = [];
  const nameWord = (i: number) =>
    i >= 1 &&
    i <= s.tokens.length &&
    /^\p{Lu}[\p{Ll}'’-]+$/u.test(s.word(i)) &&
    s.tok(i).ner === 'O' &&
    !covered(taken, i);
  const country = (i: number) => i <= s.tokens.length && /^(COUNTRY|NATIONALITY|LOCATION)$/.test(s.tok(i).ner);
  const push = (a: number, b: number) => {
    const text = s.text(a, b);
    out.push({ ...s.span(a, b), sentence: s.index, text, kind: 'name', type: 'Person', name: text, tokens: [a, b] });
  };
  for (const [a, b] of linesOf(s)) {
    // "2. Venuste Niyongabo ( Burundi ) 3:51.01": the rank (which the sentence splitter may
    // leave at the end of the row before), the name, the country in brackets.
    let i = a;
    while (i <= b && /^(\d{1,3}\.?|\.)$/.test(s.word(i))) i++;
    let j = i;
    while (j <= b && nameWord(j)) j++;
    if (j - i >= 2 && j - i <= 4 && s.word(j) === '(' && country(j + 1)) push(i, j - 1);
  }
  for (let i = 1; i + 3 <= s.tokens.length; i++) {
    // "Jesper Parnevik of Sweden fired …"
    if (!nameWord(i) || !nameWord(i + 1) || s.word(i + 2) !== 'of' || s.tok(i + 3).ner !== 'COUNTRY') continue;
    if (i > 1 && nameWord(i - 1)) continue;
    if (s.rel[i + 1] !== 'nsubj' && s.rel[i] !== 'nsubj') continue;
    push(i, i + 1);
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

/** A rights or aid group named by its name ("Amnesty International", "Human Rights Watch"). */
const namedGroup = (m: NamedMention) =>
  m.type === 'Organisation' && (NAMED_GROUPS.has(m.name.toLowerCase()) || /\bWatch$/.test(m.name));

function groupMentions(s: SentenceView, taken: NamedMention[], before: NamedMention[] = []): NamedMention[] {
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
      // (Not a comma right before the head: "… in Arctic prison, authorities say".)
      if (
        (lw === 'and' || (lw === ',' && k + 1 !== i)) &&
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
    // ("Amnesty International urged … “…,” the rights group said": one group named before,
    // which entities reads "the group" as, not a group of its own; "Israeli forces detained
    // dozens …, a Palestinian rights group said", with none named, is one.)
    if (
      word === 'group' &&
      t.pos === 'NN' &&
      /^the$/i.test(s.word(first - 1)) &&
      /^(rights|aid|humanitarian|advocacy)$/i.test(s.word(i - 1)) &&
      [...before, ...taken.filter((m) => m.tokens[1] < first)].some(namedGroup)
    )
      continue;
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

/** Verbs whose subject or object, when a town or region, is a sports team ("Leeds beat Chelsea"). */
const SPORT_VERBS = new Set([
  'beat',
  'defeat',
  'thrash',
  'rout',
  'trounce',
  'edge',
  'outscore',
  'outplay',
  'crush',
  'hammer',
  'whip',
  'upset',
  'overpower',
  'outclass',
  'blank',
]);

const isScore = (word: string) => /^\d+(?:[-:.]\d+)?$/.test(word) && !/^\d{4}-\d{2}-\d{2}$/.test(word);
const capitalised = (word: string) => /^\p{Lu}[\p{L}'.&-]*$/u.test(word);

/** Lines of a sentence (token ranges, 1-based inclusive): CoreNLP may join table rows. */
function linesOf(s: SentenceView): [number, number][] {
  const lines: [number, number][] = [];
  let from = 1;
  for (let i = 2; i <= s.tokens.length; i++) {
    if (s.tok(i).before.includes('\n')) {
      lines.push([from, i - 1]);
      from = i;
    }
  }
  lines.push([from, s.tokens.length]);
  return lines;
}

/** Home nations and territories that field national sides: reported as places, not clubs. */
const NATIONAL_SIDES = new Set([
  'england',
  'scotland',
  'wales',
  'northern ireland',
  'faroe islands',
  'faroes',
  'hong kong',
  'puerto rico',
  'gibraltar',
  'taiwan',
  'palestine',
  'kosovo',
]);

/** Relations in which a team name acts or is acted on (not "in Leeds", not a dateline). */
const TEAM_ROLES = new Set(['nsubj', 'obj', 'nsubj:pass', 'nmod:poss', 'conj']);

/** Prepositions that set a team against another ("lead over Seattle", "played against Leeds"), not a place. */
const TEAM_CASES = new Set(['over', 'against', 'for', 'vs', 'vs.', 'v', 'v.']);

/** Verbs whose "to" or "from" names the other side or a club: "lost to Bath", "transferred to Milan". */
const SIDE_VERBS = new Set(['transfer', 'trade', 'sell', 'loan', 'lose']);

/** "joined Milan from Torino": a transfer, with a club as the object and another after "from". */
function transfer(s: SentenceView, verb: number, clubs: NamedMention[]): boolean {
  const on = (rel: string, c: NamedMention) => s.head[c.tokens[1]] === verb && s.rel[c.tokens[1]] === rel;
  const from = (c: NamedMention) => s.kids(c.tokens[1], 'case').some((k) => s.word(k).toLowerCase() === 'from');
  return clubs.some((c) => on('obj', c)) && clubs.some((c) => on('obl', c) && from(c));
}

/** Verbs whose "for X" names the side a player plays for ("homered for Cleveland", "scored for Real"). */
const PLAYED_FOR = new Set([
  'homer',
  'hit',
  'belt',
  'score',
  'goal',
  'play',
  'pitch',
  'bat',
  'bowl',
  'sign',
  'start',
  'net',
  'kick',
  'equalise',
  'equalize',
]);

/** What a side wins or loses, "over" or "against" the other side ("a 25-23 victory over Leeds"). */
const RESULT_NOUNS = new Set(['victory', 'win', 'defeat', 'loss', 'draw', 'success', 'triumph']);

/** Players and staff a team name qualifies ("Florida manager John Boles", "Milan's striker"). */
const TEAM_NOUNS = new Set([
  'manager',
  'coach',
  'pitcher',
  'striker',
  'goalkeeper',
  'shortstop',
  'quarterback',
  'midfielder',
  'defender',
  'skipper',
  'batsman',
  'bowler',
]);

/** A dateline: place (and country), then the date the report was filed. */
const DATELINE = /^[\p{Lu}][\p{Lu} .'-]*(?:\s*,\s*[\p{L} .'-]+)?\s+\d{4}-\d{2}-\d{2}$/u;

/** The longest table row (tokens) the score patterns look at; prose sentences are longer. */
const MAX_ROW_TOKENS = 14;

/**
 * Town and region names that stand for sports teams become organisations: the subject or
 * object of a sports verb ("Leicestershire beat Somerset"), a name followed by its score at
 * the start of a short results or standings row ("Leeds 2 Chelsea 1", "CALIFORNIA 62 73
 * .459"), and, in a row of two name-score pairs, untagged names too ("Sale 31 Wasps 33").
 * Countries and home nations stay places (national sides are reported as their country).
 * Other mentions of a team's name follow when they too act or are acted on ("Somerset got
 * a solid start"), not where the name is a location ("in St Louis", a dateline).
 */
function markTeams(sentences: SentenceView[], mentions: NamedMention[]): NamedMention[] {
  const town = (m: NamedMention) =>
    m.kind === 'name' && m.type === 'Place' && !NATIONAL_SIDES.has(m.name.toLowerCase());
  const club = (m: NamedMention) => town(m) || (m.kind === 'name' && m.type === 'Organisation');
  const teams = new Set<string>();
  const sure = new Set<NamedMention>();
  const added: NamedMention[] = [];
  for (const s of sentences) {
    const here = mentions.filter((m) => m.sentence === s.index);
    for (const m of here.filter(town)) {
      const head = m.tokens[1];
      const rel = s.rel[head] ?? '';
      const governor = s.head[head] ?? 0;
      const cases = s.kids(head, 'case').map((k) => s.word(k).toLowerCase());
      // "Leicestershire beat Somerset", "homered for Cleveland", "joined Milan from Torino",
      // "Florida manager John Boles".
      if (
        ((rel === 'nsubj' || rel === 'obj') && SPORT_VERBS.has(s.lemma(governor))) ||
        ((rel === 'obl' || rel === 'nmod') && cases.includes('for') && PLAYED_FOR.has(s.lemma(governor))) ||
        // A transfer names two clubs ("joined Milan from Torino"); "Berlin joined Paris in
        // condemning …" names two capitals.
        (s.lemma(governor) === 'join' && transfer(s, governor, here.filter(club))) ||
        ((rel === 'compound' || rel === 'nmod:poss') && TEAM_NOUNS.has(s.lemma(governor))) ||
        // "a 75-19 victory over Gloucester", "narrow successes for Wasps and Bristol".
        // (With a score in the sentence: not "a victory for Kyiv".)
        ((rel === 'nmod' || rel === 'obl') &&
          cases.some((c) => c === 'over' || c === 'against' || c === 'for') &&
          RESULT_NOUNS.has(s.lemma(governor)) &&
          s.tokens.some(
            (x, k) => /^\d+-\d+$/.test(x.word) || (x.word === '-' && /^\d+$/.test(s.tokens[k + 1]?.word ?? '')),
          ))
      ) {
        teams.add(m.name);
        sure.add(m);
      }
    }
    // (And the towns joined to one: "successes for Wasps and Bristol".)
    for (const m of here.filter(town)) {
      const governor = s.head[m.tokens[1]] ?? 0;
      if (
        s.rel[m.tokens[1]] === 'conj' &&
        [...sure].some((o) => o.sentence === s.index && o.tokens[0] <= governor && governor <= o.tokens[1])
      ) {
        teams.add(m.name);
        sure.add(m);
      }
    }
    for (const [a, b] of linesOf(s)) {
      if (b - a + 1 > MAX_ROW_TOKENS) continue;
      // Name-score pairs in this row: runs of capitalised words, each followed by a score.
      const pairs: [number, number][] = [];
      let i = a;
      while (i <= b) {
        let j = i;
        while (j <= b && capitalised(s.word(j))) j++;
        if (j > i && j <= b && isScore(s.word(j))) pairs.push([i, j - 1]);
        i = Math.max(j, i + 1);
        while (i <= b && !capitalised(s.word(i))) i++;
      }
      for (const [x, y] of pairs) {
        const m = here.find((n) => n.kind === 'name' && n.tokens[0] === x && n.tokens[1] === y);
        if (m && town(m) && (x === a || pairs.length === 2)) {
          teams.add(m.name);
          sure.add(m);
        }
        const untagged =
          !here.some((n) => n.tokens[0] <= y && x <= n.tokens[1]) &&
          y - x < 3 &&
          Array.from({ length: y - x + 1 }, (_, k) => s.tok(x + k)).every(
            (t) => t.ner === 'O' && t.word !== t.word.toUpperCase(),
          ) &&
          /^\d+$/.test(s.word(y + 1));
        if (!m && untagged && pairs.length === 2) added.push(namedAt(s, x, y, 'Organisation'));
      }
    }
  }
  // "the Braves and Cubs split a doubleheader", "Cubs shortstop Jose Hernandez", "blanked the
  // Expos": a plural nickname the tagger left untagged, joined to a club, qualifying a player or
  // beaten, is a club. (Only in a sports report, where some town is a side already: "Senators
  // and the White House agreed" is no team.)
  const sports = teams.size > 0 || added.length > 0;
  for (const s of sports ? sentences : []) {
    const here = [...mentions, ...added].filter((m) => m.sentence === s.index);
    for (let k = 1; k <= s.tokens.length; k++) {
      const t = s.tok(k);
      if (t.pos !== 'NNPS' || t.ner !== 'O' || !/^\p{Lu}\p{Ll}+s$/u.test(t.word)) continue;
      if (here.some((m) => m.tokens[0] <= k && k <= m.tokens[1])) continue;
      // (Not the last word of a longer name, "Bangladesh Lamps".)
      if (s.kids(k, 'compound').some((c) => /^\p{Lu}/u.test(s.word(c)))) continue;
      const rel = s.rel[k] ?? '';
      const governor = s.head[k] ?? 0;
      const isClub = (x: number) =>
        here.some((m) => m.kind === 'name' && m.type === 'Organisation' && m.tokens[0] <= x && x <= m.tokens[1]);
      if (
        (rel === 'conj' && isClub(governor)) ||
        s.kids(k, 'conj').some(isClub) ||
        (rel === 'compound' && TEAM_NOUNS.has(s.lemma(governor))) ||
        ((rel === 'nsubj' || rel === 'obj') && SPORT_VERBS.has(s.lemma(governor)))
      )
        added.push(namedAt(s, k, k, 'Organisation'));
    }
  }
  if (!teams.size) return [...mentions, ...added];
  const byIndex = new Map(sentences.map((s) => [s.index, s]));
  const acts = (m: NamedMention) => {
    const s = byIndex.get(m.sentence);
    const rel = s?.rel[m.tokens[1]] ?? '';
    if (TEAM_ROLES.has(rel)) return true;
    if (!s || (rel !== 'obl' && rel !== 'nmod')) return false;
    const cases = s.kids(m.tokens[1], 'case').map((k) => s.word(k).toLowerCase());
    // "lead over Seattle"; after a side or trade verb "lost to Bath", "transferred to Milan";
    // not "flew to Cleveland", "fans from Leeds".
    return (
      cases.some((c) => TEAM_CASES.has(c)) ||
      (cases.some((c) => c === 'to' || c === 'from') && SIDE_VERBS.has(s.lemma(s.head[m.tokens[1]] ?? 0)))
    );
  };
  // "BIRMINGHAM, England 1996-08-31": a dateline names where the report was filed.
  const dateline = (m: NamedMention) => {
    const s = byIndex.get(m.sentence);
    const line = s && linesOf(s).find(([a, b]) => a <= m.tokens[0] && m.tokens[1] <= b);
    // (Or a wire story's, "PERTH, Australia (Reuters) - India beat Australia …".)
    return (
      (!!line && line[0] === m.tokens[0] && DATELINE.test(s.text(line[0], line[1]))) ||
      m.tokens[1] <= (s?.datelineEnd() ?? 0)
    );
  };
  return [
    ...mentions.map((m) =>
      town(m) && teams.has(m.name) && (sure.has(m) || acts(m)) && !dateline(m)
        ? { ...m, type: 'Organisation' as const }
        : m,
    ),
    ...added,
  ];
}

/**
 * A body's initials, as news shortens its name: "Hayat Tahrir al-Sham" → HTS, "Rapid Support
 * Forces" → RSF (the capitalised words, "al-Sham" by its "S"), and with "of" for bank and
 * department names, "Bank of Japan" → BOJ. Three letters at least.
 */
function initialsOf(name: string): string[] {
  const words = name.split(/\s+/).map((w) => w.replace(/^(?:al|el|ad|as|ash|an)-(?=\p{Lu})/u, ''));
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]);
  const withOf = words.filter((w) => /^\p{Lu}/u.test(w) || w === 'of').map((w) => w[0].toUpperCase());
  return [...new Set([capitals.join(''), withOf.join('')])].filter((x) => x.length >= 3);
}

/**
 * "the Bank of Japan … the BOJ", where the tagger found the initials as a name of their own: the
 * body named in full; "the National Rally" after "Her National Rally party": the party.
 */
function initialsNamed(mentions: NamedMention[]): void {
  const bodies = new Map<string, string | null>();
  for (const m of mentions)
    if (m.kind === 'name' && m.type === 'Organisation' && !m.outlet && m.name.includes(' '))
      for (const x of initialsOf(m.name)) bodies.set(x, bodies.has(x) && bodies.get(x) !== m.name ? null : m.name);
  // (Not an outlet's name, "AFP" beside the "Armed Forces of the Philippines", nor initials the
  // article already ties to another body: "Reporters Without Borders (RSF)".)
  for (const m of mentions)
    if (m.kind === 'name' && bodies.has(m.text) && (m.outlet || (m.name !== m.text && m.name !== bodies.get(m.text))))
      bodies.set(m.text, null);
  // ("Her National Rally party said … members of the National Rally": the same party.)
  const parties = new Set(mentions.filter((m) => m.kind === 'name' && / party$/.test(m.name)).map((m) => m.name));
  for (const m of mentions) {
    const full = m.kind === 'name' && m.type === 'Organisation' && !m.outlet ? bodies.get(m.name) : undefined;
    if (full) m.name = full;
    else if (m.kind === 'name' && m.type === 'Organisation' && parties.has(`${m.name} party`))
      m.name = `${m.name} party`;
  }
}

/** Capitals whose names are also people's or common words ("Victoria", "Male"). */
const AMBIGUOUS_CAPITALS = new Set([
  'paris',
  'lima',
  'victoria',
  'kingston',
  'hamilton',
  'washington',
  'georgetown',
  'douglas',
  'sofia',
  'santiago',
]);

/**
 * A name CoreNLP tagged once is the same name where it left it untagged later in the
 * article: proper-noun runs the tagger missed that spell a name found elsewhere ("Comelf"),
 * a person's surname ("Parnevik" after "Jesper Parnevik"), the distinctive first word of an
 * organisation ("Mercantile" after "Mercantile Bancorp"), or, in all-capitals headlines, any
 * of these whatever the case ("REDS" after "Reds"). A national capital the tagger left
 * untagged everywhere is a place ("Kyiv").
 */
function propagateNames(sentences: SentenceView[], mentions: NamedMention[]): NamedMention[] {
  const known = new Map<string, { type: EntityType; name: string } | null>();
  const learn = (key: string, v: { type: EntityType; name: string }) => {
    if (key.length < 3) return;
    const had = known.get(key);
    // ("Rudakubana", found alone elsewhere, is "Axel Rudakubana" too, not a second name.)
    const same = (a: string, b: string) => a === b || a.endsWith(` ${b}`) || b.endsWith(` ${a}`);
    if (had === undefined) known.set(key, v);
    else if (had && (had.type !== v.type || !same(had.name, v.name))) known.set(key, null); // ambiguous
  };
  for (const m of mentions) {
    if (m.kind !== 'name' || !m.type || m.type === 'Group') continue;
    known.set(m.text.toLowerCase(), { type: m.type, name: m.name });
  }
  for (const m of mentions) {
    if (m.kind !== 'name' || !m.type || !m.name.includes(' ')) continue;
    const words = m.name.split(/\s+/);
    if (m.type === 'Person') learn(words[words.length - 1].toLowerCase(), { type: 'Person', name: m.name });
    if (m.type === 'Organisation' && !GENERIC_FIRST_WORDS.has(words[0].toLowerCase()) && /^\p{Lu}/u.test(words[0]))
      learn(words[0].toLowerCase(), { type: 'Organisation', name: m.name });
    if (m.type === 'Organisation' || m.type === 'Court')
      for (const initials of initialsOf(m.name))
        if (!known.has(initials.toLowerCase())) learn(initials.toLowerCase(), { type: m.type, name: m.name });
  }
  const out: NamedMention[] = [];
  const dropped = new Set<NamedMention>();
  for (const s of sentences) {
    const here = mentions.filter((m) => m.sentence === s.index);
    const free = (i: number) => !here.some((m) => m.tokens[0] <= i && i <= m.tokens[1]);
    const shouting = allCapitals(s.sentence.tokens.map((t) => t.word).join(''), 8);
    const candidate = (i: number) => {
      const t = s.tok(i);
      // (An "ideology" too: "Revolutionary Guards", "Alternative for Germany" as the tagger reads
      // them; and a title that is the surname of someone named in full, not before a name:
      // "said King" after "Billie Jean King", not "King Charles".)
      const surname =
        t.ner === 'TITLE' &&
        known.get(t.word.toLowerCase())?.type === 'Person' &&
        !(i < s.tokens.length && /^\p{Lu}/u.test(s.word(i + 1)) && /^NNP/.test(s.tok(i + 1).pos));
      // (And an adjective used as a noun that is the first word of a club's name: "Real looked
      // to be in trouble", "equalised for Real" after "Real Madrid".)
      const nounUse =
        t.pos === 'JJ' &&
        /^(nsubj|obj|iobj|obl|nmod|nmod:poss|conj)$/.test(s.rel[i] ?? '') &&
        known.get(t.word.toLowerCase())?.type === 'Organisation';
      // (And a plural name of a body the tagger called MISC here: "The Conservatives lost
      // control …" after "the Conservatives and Labour"; not "Wimbledon", an event.)
      const pluralBody =
        t.ner === 'MISC' && t.pos === 'NNPS' && known.get(t.word.toLowerCase())?.type === 'Organisation';
      return (
        free(i) &&
        (t.ner === 'O' || t.ner === 'IDEOLOGY' || surname || pluralBody) &&
        /^\p{Lu}/u.test(t.word) &&
        (shouting ||
          KNOWN_COMPANIES.has(t.word) ||
          ((t.pos === 'NNP' || t.pos === 'NNPS' || nounUse) && t.word !== t.word.toUpperCase()) ||
          /^[A-Z]{2,}$/.test(t.word))
      );
    };
    for (let i = 1; i <= s.tokens.length; i++) {
      // ("The hard-left France Unbowed said", "Rwanda-backed M23 rebels": a listed body whose
      // name opens with a name the tagger found, or is a word and a number.)
      let listed = 0;
      for (let x = i; x <= Math.min(i + 3, s.tokens.length); x++)
        if (/^\p{Lu}/u.test(s.word(x)) && KNOWN_ORGANISATION_NAMES.has(s.text(i, x).toLowerCase())) listed = x;
      if (listed && (!free(i) || !candidate(i))) {
        const inside = here.filter((m) => m.tokens[1] >= i && m.tokens[0] <= listed);
        if (inside.every((m) => m.tokens[0] >= i && m.tokens[1] <= listed)) {
          for (const m of inside) dropped.add(m);
          const text = s.text(i, listed);
          out.push({
            ...s.span(i, listed),
            sentence: s.index,
            text,
            kind: 'name',
            type: 'Organisation',
            name: text,
            tokens: [i, listed],
          });
          i = listed;
          continue;
        }
      }
      if (!candidate(i)) continue;
      let j = i;
      // ("Bankman - Fried", a hyphenated name the tokenizer split, is one run.)
      while (
        j < s.tokens.length &&
        !s.tok(j + 1).before.includes('\n') &&
        (candidate(j + 1) || splitHyphen(s, j + 1, candidate))
      )
        j += candidate(j + 1) ? 1 : 2;
      // ("Alternative for Germany": a listed body's name runs over "for", "of" or "and", and
      // over a name the tagger found inside it, which gives way.)
      const capitalised = (x: number) =>
        x <= s.tokens.length && /^NNPS?$/.test(s.tok(x).pos) && /^\p{Lu}/u.test(s.word(x));
      let k = j;
      while (/^(for|of|and)$/.test(s.word(k + 1)) && capitalised(k + 2)) {
        k += 2;
        while (capitalised(k + 1)) k++;
      }
      // (Or straight over a name the tagger found: "Reform UK", "UK" a country.)
      for (let x = j + 1; x <= Math.min(j + 2, s.tokens.length) && k === j; x++)
        if (capitalised(x) && KNOWN_ORGANISATION_NAMES.has(s.text(i, x).toLowerCase())) k = x;
      if (k > j && KNOWN_ORGANISATION_NAMES.has(s.text(i, k).toLowerCase())) {
        for (const m of here) if (m.tokens[0] > j && m.tokens[1] <= k) dropped.add(m);
        j = k;
      }
      // The whole run must spell a known name: a part of a longer unknown name is not it.
      const text = s.text(i, j);
      const key = text.toLowerCase();
      // "said Kyiv would not recognise …": a national capital the tagger does not know by this
      // spelling, named nowhere else in the article.
      // So is a place of the known list ("Wall Street").
      const capital =
        (i === j && !shouting && text.length >= 4 && !AMBIGUOUS_CAPITALS.has(key) && countryOfCapital(text)) ||
        (!shouting && KNOWN_PLACES.has(key))
          ? { type: 'Place' as const, name: text }
          : undefined;
      // And so is a body of the known list ("Iran's Revolutionary Guards").
      // (Or a company of the known list the tagger left untagged: "OpenAI said on Wednesday"; not
      // "fires in the Amazon", the place.)
      const theRiver = i > 1 && /^the$/i.test(s.word(i - 1));
      const body =
        KNOWN_ORGANISATION_NAMES.has(key) || (KNOWN_COMPANIES.has(text) && !theRiver)
          ? { type: 'Organisation' as const, name: text }
          : undefined;
      const hit = known.has(key) ? known.get(key) : (capital ?? body);
      if (hit)
        out.push({
          ...s.span(i, j),
          sentence: s.index,
          text,
          kind: 'name',
          type: hit.type,
          name: hit.name,
          tokens: [i, j],
        });
      i = j;
    }
  }
  return [...mentions.filter((m) => !dropped.has(m)), ...out];
}

/** Words of four letters or more that a title-case headline need not capitalise. */
const HEADLINE_SMALL = new Set(['with', 'from', 'into', 'over', 'after', 'about', 'than', 'that', 'this', 'what']);

/**
 * The article's first line when it is a headline in title case ("Elizabeth Warren Hammers Wells
 * Fargo CEO: …"): its last token (1-based) in each sentence it spans, or undefined.
 */
function titleCaseHeadline(sentences: SentenceView[]): Map<number, number> | undefined {
  const line = new Map<number, number>();
  const words: string[] = [];
  let ended = false;
  for (const s of sentences) {
    for (let i = 1; i <= s.tokens.length; i++) {
      if ((i > 1 || s.index > 0) && s.tok(i).before.includes('\n')) {
        ended = true;
        break;
      }
      line.set(s.index, i);
      words.push(s.word(i));
    }
    if (ended) break;
  }
  if (!ended || words.length > 25) return undefined;
  const long = words.filter((w) => /^\p{L}{4,}$/u.test(w) && !HEADLINE_SMALL.has(w.toLowerCase()));
  if (long.length < 3 || allCapitals(words.join(''), 8)) return undefined;
  const capitalised = long.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised >= 0.8 * long.length ? line : undefined;
}

/**
 * Names in a title-case headline, checked against the article under it, where every word is
 * capitalised and the tagger runs names into the words around them: "Wealthy Voters Abandon
 * Republican Party", "Chris Christie Calls Hillary Clinton", "Obama Power Plant Rules Face". A
 * headline name the article also uses stays, typed as the article types it. Another is cut into
 * the names the article uses inside it, where they are two or more or what is left is a word
 * (of four letters or more) the article writes in lower case ("Clinton Camp" → Clinton; "Gennifer Flowers" with only
 * "Flowers" below stays whole); with no such names inside, it is dropped when two words of it are
 * ones the article writes in lower case ("Small Steps Toward College Savings") or, for a single word,
 * when the article writes it, and never as part of a name ("Obamacare").
 */
/**
 * "Sudan's RSF seizes El Fasher" over a story that names El Fasher only as a place: a name the
 * tagger called a body or a person in the headline (sentence 0), not as its subject, that the
 * story types as a place every time it names it is that place.
 */
function headlinePlaces(sentences: SentenceView[], mentions: NamedMention[]): NamedMention[] {
  // (The story's own naming, past its datelines: "WIGAN, England" says where a report on the
  // Wigan team was filed.)
  const bodyTypes = new Map<string, Set<string>>();
  for (const m of mentions)
    if (m.sentence > 0 && m.kind === 'name' && m.type && m.tokens[0] > (sentences[m.sentence]?.datelineEnd() ?? 0))
      bodyTypes.set(m.text, new Set([...(bodyTypes.get(m.text) ?? []), m.type]));
  return mentions.map((m) => {
    const types = bodyTypes.get(m.text);
    if (m.sentence !== 0 || m.kind !== 'name' || (m.type !== 'Organisation' && m.type !== 'Person')) return m;
    if (!types || types.size !== 1 || !types.has('Place')) return m;
    // (Not one that acts there, nor one in a headline in capitals, which the tagger reads
    // badly: "RUGBY LEAGUE - WIGAN BEAT BRADFORD 42-36", a team, over a results table.)
    if (/^nsubj/.test(sentences[0]?.rel[m.tokens[1]] ?? '') || m.text === m.text.toUpperCase()) return m;
    const place = mentions.find((o) => o.sentence > 0 && o.text === m.text && o.type === 'Place')!;
    return { ...m, type: 'Place', name: place.name, outlet: undefined };
  });
}

function headlineNames(sentences: SentenceView[], mentions: NamedMention[]): NamedMention[] {
  const line = titleCaseHeadline(sentences);
  if (!line) return mentions;
  const inHeadline = (m: NamedMention) => (line.get(m.sentence) ?? 0) >= m.tokens[1];
  // Each name as the article mostly types it ("Trump" the person, not the "Trump" of one
  // organisation's mention).
  const seen = new Map<string, Map<string, { m: NamedMention; n: number }>>();
  const tagged = new Set<string>();
  for (const m of mentions) {
    if (inHeadline(m) || m.kind !== 'name' || !m.type) continue;
    for (const w of m.text.split(/\s+/)) tagged.add(w);
    const byType = seen.get(m.text) ?? new Map<string, { m: NamedMention; n: number }>();
    const had = byType.get(m.type);
    byType.set(m.type, { m: had?.m ?? m, n: (had?.n ?? 0) + 1 });
    seen.set(m.text, byType);
  }
  const body = new Map<string, NamedMention>();
  for (const [text, byType] of seen) body.set(text, [...byType.values()].sort((x, y) => y.n - x.n)[0].m);
  const bodyWords = new Set<string>();
  for (const s of sentences)
    for (let i = (line.get(s.index) ?? 0) + 1; i <= s.tokens.length; i++) bodyWords.add(s.word(i));
  const lowerInBody = (w: string) => w.length >= 4 && w !== w.toLowerCase() && bodyWords.has(w.toLowerCase());
  const out: NamedMention[] = [];
  for (const m of mentions) {
    if (!inHeadline(m) || m.kind !== 'name' || !m.type) {
      out.push(m);
      continue;
    }
    const known = body.get(m.text);
    if (known) {
      out.push({ ...m, type: known.type, name: known.name, country: known.country, outlet: known.outlet });
      continue;
    }
    const s = sentences[m.sentence];
    const [a, b] = m.tokens;
    const pieces: NamedMention[] = [];
    const rest: string[] = [];
    for (let k = a; k <= b; k++) {
      let hit: NamedMention | undefined;
      let l = b;
      for (; l >= k && !(hit = body.get(s.text(k, l))); l--);
      if (!hit) {
        rest.push(s.word(k));
        continue;
      }
      pieces.push({ ...hit, ...s.span(k, l), sentence: s.index, text: s.text(k, l), tokens: [k, l] });
      k = l;
    }
    if (pieces.length && (pieces.length > 1 || rest.some(lowerInBody))) out.push(...pieces);
    else if (
      pieces.length ||
      !(
        rest.filter(lowerInBody).length > 1 ||
        (a === b && (lowerInBody(m.text) || (bodyWords.has(m.text) && !tagged.has(m.text))))
      )
    )
      out.push(m);
  }
  return out;
}

/**
 * "Russia's Defence Ministry", "the Norwegian Refugee Council": an institution every country
 * has (NATIONAL_INSTITUTION) is named with the country's nationality word and belongs to it,
 * so two countries' ministries are two entities. The mention keeps its span (the nationality
 * word or the possessive is not part of the name the tagger found).
 */
function nationalInstitutions(s: SentenceView, ner: NamedMention[]): void {
  for (const m of ner) {
    if (m.kind !== 'name' || (m.type !== 'Organisation' && m.type !== 'Court') || m.country || m.outlet) continue;
    // "the Lebanese Health Ministry" tagged whole: already named after its country.
    const [first, ...rest] = m.name.split(' ');
    const own = countryOfDemonym(first);
    if (own && rest.length && NATIONAL_INSTITUTION.test(rest.join(' '))) {
      m.country = own;
      continue;
    }
    if (!NATIONAL_INSTITUTION.test(m.name)) continue;
    const [a] = m.tokens;
    let country: string | undefined;
    if (s.tok(a - 1)?.ner === 'NATIONALITY') country = countryOfDemonym(s.word(a - 1));
    else if (/^['’]s$/.test(s.word(a - 1) ?? '')) {
      const owner = ner.find((o) => o.type === 'Country' && o.tokens[1] === a - 2);
      if (owner) country = owner.name;
    }
    const demonym = country && demonymOf(country);
    if (!country || !demonym) continue;
    m.name = `${demonym} ${m.name}`;
    m.country = country;
  }
}

/**
 * "James Leander ( Leo ) Nichols", "Alan John Percivale ( A.J.P. ) Taylor": the name a person
 * goes by, in brackets inside their full name, which the tagger cuts in two ("James Leander"
 * and "Leo ) Nichols"). One mention over the whole; the name is the full name without the
 * bracket.
 */
function bracketedForms(s: SentenceView, ner: NamedMention[]): void {
  for (const m of [...ner]) {
    if (m.type !== 'Person' || m.kind !== 'name' || !ner.includes(m)) continue;
    const open = m.tokens[1] + 1;
    if (s.word(open) !== '(' && s.word(open) !== '-LRB-') continue;
    let close = open + 1;
    while (close <= Math.min(s.tokens.length, open + 3) && /^\p{Lu}/u.test(s.word(close))) close++;
    if (close === open + 1 || !/^(\)|-RRB-)$/.test(s.word(close))) continue;
    const rest = ner.find(
      // (Starting inside the bracket, as the tagger cuts it: not "Lindsey Graham ( R ) Ted Cruz".)
      (o) => o !== m && o.type === 'Person' && o.tokens[0] > open && o.tokens[0] <= close && o.tokens[1] > close,
    );
    if (!rest) continue;
    ner.splice(ner.indexOf(rest), 1);
    Object.assign(m, {
      ...s.span(m.tokens[0], rest.tokens[1]),
      text: s.text(m.tokens[0], rest.tokens[1]),
      name: `${m.name} ${s.text(close + 1, rest.tokens[1])}`,
      tokens: [m.tokens[0], rest.tokens[1]],
    });
  }
}

/** Nouns whose "of" names a person: kin and friends ("a friend of Aung San Suu Kyi"). */
const KIN_NOUNS = new Set([
  'friend',
  'wife',
  'husband',
  'son',
  'daughter',
  'mother',
  'father',
  'brother',
  'sister',
  'widow',
  'widower',
  'girlfriend',
  'boyfriend',
  'cousin',
  'niece',
  'nephew',
  'grandson',
  'granddaughter',
]);

/**
 * "a friend of Aung San Suu Kyi", tagged "Aung San" and "Suu Kyi", two places: a name the
 * tagger calls a place, after the kin or friend of someone, is a person's (not a country's,
 * "a son of Israel", nor a place news names as such).
 */
function kinOf(s: SentenceView, ner: NamedMention[]): void {
  for (let n = 1; n <= s.tokens.length; n++) {
    if (!/^NNS?$/.test(s.tok(n).pos) || !KIN_NOUNS.has(s.lemma(n).toLowerCase())) continue;
    for (const h of s.kids(n, 'nmod')) {
      if (!s.kids(h, 'case').some((c) => s.word(c).toLowerCase() === 'of')) continue;
      const run = [...s.kids(h, 'compound'), h].sort((x, y) => x - y);
      const [a, b] = [run[0], run[run.length - 1]];
      if (b - a + 1 !== run.length || !run.every((k) => s.tok(k).pos === 'NNP')) continue;
      const inside = ner.filter((m) => m.kind === 'name' && m.tokens[0] >= a && m.tokens[1] <= b);
      const places = (m: NamedMention) =>
        m.type === 'Place' && !KNOWN_PLACES.has(m.name.toLowerCase()) && !canonicalCountry(m.name);
      // (Two places at least, cut from one name: "a friend of Washington" stays the capital.)
      if (inside.length < 2 || !inside.every(places) || ner.some((m) => m.tokens[0] < a && m.tokens[1] >= a)) continue;
      for (const m of inside) ner.splice(ner.indexOf(m), 1);
      ner.push(namedAt(s, a, b, 'Person'));
    }
  }
}

/** Small words inside a nickname of capitalised words ("Hands of Stone"). */
const NICKNAME_LINKS = new Set(['of', 'the', 'and', 'de', 'da', 'del']);

/**
 * 'Jimmy "Barbecue" Cherizier', 'Roberto "Hands of Stone" Duran': a nickname in quotation marks
 * inside a person's name, which the tagger cuts in two. The span is the whole; the name leaves
 * the nickname out. Where the tagger found only the surname ('Hector "Macho" Camacho'), the
 * given name is the proper noun before the nickname.
 */
function nicknamed(s: SentenceView, ner: NamedMention[]): void {
  for (const m of [...ner]) {
    if (m.type !== 'Person' || m.kind !== 'name' || !isCloseQuote(s.word(m.tokens[0] - 1))) continue;
    let open = m.tokens[0] - 2;
    while (open > 1 && open >= m.tokens[0] - 6 && /^\p{Lu}/u.test(s.word(open))) open--;
    const given = open - 1;
    if (open === m.tokens[0] - 2 || !isOpenQuote(s.word(open)) || given < 1) continue;
    if (!/^NNP/.test(s.tok(given).pos) || !/^\p{Lu}\p{Ll}/u.test(s.word(given))) continue;
    if (ner.some((o) => o !== m && o.tokens[0] <= given && given <= o.tokens[1])) continue;
    Object.assign(m, {
      ...s.span(given, m.tokens[1]),
      text: s.text(given, m.tokens[1]),
      name: `${s.word(given)} ${m.name}`,
      tokens: [given, m.tokens[1]],
    });
  }
  for (const m of [...ner]) {
    if (m.type !== 'Person' || m.kind !== 'name') continue;
    const open = m.tokens[1] + 1;
    if (!isOpenQuote(s.word(open))) continue;
    let close = open + 1;
    while (
      close <= Math.min(s.tokens.length, open + 5) &&
      (/^\p{Lu}/u.test(s.word(close)) || (close > open + 1 && NICKNAME_LINKS.has(s.word(close))))
    )
      close++;
    if (close === open + 1 || !isCloseQuote(s.word(close)) || !/^\p{Lu}/u.test(s.word(close - 1))) continue;
    let last = close;
    while (last < s.tokens.length && /^NNP/.test(s.tok(last + 1).pos) && /^\p{Lu}/u.test(s.word(last + 1))) last++;
    if (last === close) continue;
    const after = ner.filter((o) => o !== m && o.tokens[0] > m.tokens[1] && o.tokens[0] <= last);
    if (after.some((o) => o.type !== 'Person' && o.tokens[0] > close)) continue;
    for (const o of after) ner.splice(ner.indexOf(o), 1);
    const surname = s.text(close + 1, last);
    Object.assign(m, {
      ...s.span(m.tokens[0], last),
      text: s.text(m.tokens[0], last),
      name: `${m.name} ${surname}`,
      tokens: [m.tokens[0], last],
    });
  }
}

/**
 * "the nationalist Law and Justice party", "the Alternative for Germany party": capitalised
 * words joined by "and", "for" or "of" before a lower-case "party" name one party, which the
 * tagger cuts into pieces ("Law" PERSON, "Justice" ORGANIZATION). The pieces give way to it,
 * as does one word the tagger called a person ("the ruling Morena party").
 */
function partyMentions(s: SentenceView, ner: NamedMention[]): NamedMention[] {
  const out: NamedMention[] = [];
  for (let i = 2; i <= s.tokens.length; i++) {
    if (s.word(i) !== 'party' || !/^NNPS?$/.test(s.tok(i - 1).pos)) continue;
    let a = i - 1;
    while (
      a > 1 &&
      (/^NNPS?$/.test(s.tok(a - 1).pos) ||
        (/^(and|for|of)$/.test(s.word(a - 1)) && a > 2 && /^NNPS?$/.test(s.tok(a - 2).pos)))
    )
      a--;
    // (A Bantu prefix before the capital counts: "uMkhonto weSizwe party".)
    const capitals = s.tokens.slice(a - 1, i - 1).filter((t) => /^\p{Ll}{0,3}\p{Lu}/u.test(t.word)).length;
    const inside = ner.filter((m) => m.tokens[0] >= a && m.tokens[1] <= i - 1);
    const whole = inside.length === 1 && inside[0].tokens[0] === a && inside[0].tokens[1] === i - 1;
    // "the ruling Morena party": one word before "party" that the tagger called a person.
    const personParty = whole && a === i - 1 && inside[0].type === 'Person';
    if ((capitals < 2 && !personParty) || s.tokens.slice(a - 1, i - 1).some((t) => t.before.includes('\n'))) continue;
    if (ner.some((m) => !inside.includes(m) && m.tokens[0] <= i - 1 && m.tokens[1] >= a)) continue;
    if (whole && !personParty) continue;
    for (const m of inside) ner.splice(ner.indexOf(m), 1);
    const text = s.text(a, i - 1);
    out.push({
      ...s.span(a, i - 1),
      sentence: s.index,
      text,
      kind: 'name',
      type: 'Organisation',
      name: text,
      tokens: [a, i - 1],
    });
  }
  return out;
}

/**
 * "the Republican People's Party (CHP)", "his Freedom Party (PVV)": an acronym in brackets right
 * after an organisation's name is that organisation, there and (by `propagateNames`) wherever
 * the article uses it again.
 */
function bracketAcronyms(sentences: SentenceView[], mentions: NamedMention[]): void {
  for (const m of [...mentions]) {
    if (m.type !== 'Organisation' || m.kind !== 'name') continue;
    const s = sentences[m.sentence];
    const k = m.tokens[1] + 2;
    if (s.word(k - 1) !== '(' && s.word(k - 1) !== '-LRB-') continue;
    // (Three letters or more, two of them capitals at least: "CHP", "AfD", "PiS"; not "(IN)".)
    const acronym = /^\p{Lu}[\p{L}\d-]{2,7}$/u.test(s.word(k)) && (s.word(k).match(/\p{Lu}/gu) ?? []).length >= 2;
    if (!acronym || !/^(\)|-RRB-)$/.test(s.word(k + 1))) continue;
    const at = mentions.find((o) => o.sentence === m.sentence && o.tokens[0] <= k && k <= o.tokens[1]);
    if (at && (at.tokens[0] !== k || at.tokens[1] !== k)) continue;
    if (at) {
      at.type = 'Organisation';
      at.name = m.name;
      continue;
    }
    mentions.push({
      ...s.span(k, k),
      sentence: m.sentence,
      text: s.word(k),
      kind: 'name',
      type: 'Organisation',
      name: m.name,
      tokens: [k, k],
    });
  }
}

/**
 * A one-word name the tagger called a person that the article uses as a company ("Meta's
 * chief global affairs officer"; "Apple and Meta"): never with a given name, and at least once
 * with what only a company has, or joined by "and" to an organisation. It is the company.
 */
function companiesTakenForPeople(sentences: SentenceView[], mentions: NamedMention[]): void {
  const people = mentions.filter((m) => m.kind === 'name' && m.type === 'Person');
  const single = new Map<string, NamedMention[]>();
  for (const m of people) if (!m.name.includes(' ')) single.set(m.name, [...(single.get(m.name) ?? []), m]);
  for (const [name, group] of single) {
    if (people.some((m) => m.name.includes(' ') && m.name.split(' ').includes(name))) continue;
    const companyLike = (m: NamedMention) => {
      const s = sentences[m.sentence];
      const k = m.tokens[1];
      if (/^['’]s$/.test(s.word(k + 1)) && COMPANY_POSSESSIONS.has(s.lemma(s.head[k] ?? 0).toLowerCase())) return true;
      // "KlimaSeniorinnen, an association of more than 2,000 Swiss women": what it is.
      if (s.kids(k, 'appos').some((a) => BODY_NOUNS.has(s.lemma(a).toLowerCase()))) return true;
      // "Russia's civil aviation authority, Rosaviatsia": the other way round.
      if (s.rel[k] === 'appos' && BODY_NOUNS.has(s.lemma(s.head[k] ?? 0).toLowerCase())) return true;
      // "Stacy Rasgon, an analyst at Bernstein": where someone works.
      if (
        s.rel[k] === 'nmod' &&
        s.kids(k, 'case').some((c) => s.word(c).toLowerCase() === 'at') &&
        [ROLE_NOUNS, FIRM_POSTS].some((posts) => posts.has(s.lemma(s.head[k] ?? 0).toLowerCase()))
      )
        return true;
      return (
        s.rel[k] === 'conj' &&
        mentions.some(
          (o) =>
            o.sentence === m.sentence &&
            o.type === 'Organisation' &&
            o.tokens[0] <= s.head[k] &&
            s.head[k] <= o.tokens[1],
        )
      );
    };
    // The tagger's other reading of the name (untagged, "Apple and Meta") counts too.
    const untagged = sentences.flatMap((s) =>
      s.tokens
        .map((t, x) => x + 1)
        .filter(
          (x) =>
            s.word(x) === name && !mentions.some((m) => m.sentence === s.index && m.tokens[0] <= x && x <= m.tokens[1]),
        )
        .map(
          (x) =>
            ({ ...s.span(x, x), sentence: s.index, text: name, kind: 'name', name, tokens: [x, x] }) as NamedMention,
        ),
    );
    if (![...group, ...untagged].some(companyLike)) continue;
    for (const m of group) m.type = 'Organisation';
    for (const m of untagged) mentions.push({ ...m, type: 'Organisation' });
  }
}

/**
 * "Nippon Steel and U.S. Steel sued …": two organisations the tagger ran into one name, where
 * the article names each on its own elsewhere, are two mentions; so are a place and an
 * acronym ("the Chicago NAPM").
 */
function splitJoinedNames(sentences: SentenceView[], mentions: NamedMention[]): NamedMention[] {
  const names = new Set(mentions.filter((m) => m.kind === 'name').map((m) => m.name));
  const places = new Set(
    mentions.filter((m) => m.kind === 'name' && (m.type === 'Place' || m.type === 'Country')).map((m) => m.text),
  );
  const bodies = new Set(mentions.filter((m) => m.kind === 'name' && m.type === 'Organisation').map((m) => m.text));
  return mentions.flatMap((m) => {
    if (m.kind !== 'name' || m.type !== 'Organisation') return [m];
    const s = sentences[m.sentence];
    // "the Chicago NAPM": a place the article names and a body it names on its own.
    const [x, y] = m.tokens;
    if (y > x && places.has(s.text(x, y - 1)) && bodies.has(s.word(y)) && /^\p{Lu}{2,}$/u.test(s.word(y)))
      return [
        {
          ...m,
          ...s.span(x, y - 1),
          text: s.text(x, y - 1),
          name: s.text(x, y - 1),
          type: 'Place',
          tokens: [x, y - 1],
        },
        { ...m, ...s.span(y, y), text: s.word(y), name: s.word(y), tokens: [y, y] },
      ];
    // ("An Air India Boeing 787-8": two bodies the article names on their own, side by side.)
    for (let k = x; k < y; k++) {
      const [a, b] = [s.text(x, k), s.text(k + 1, y)];
      if (!bodies.has(a) || !bodies.has(b)) continue;
      return [
        { ...m, ...s.span(x, k), text: a, name: a, tokens: [x, k] },
        { ...m, ...s.span(k + 1, y), text: b, name: b, tokens: [k + 1, y] },
      ];
    }
    if (!m.text.includes(' and ')) return [m];
    const and =
      m.tokens[0] +
      [...Array(m.tokens[1] - m.tokens[0] + 1).keys()].findIndex((k) => s.word(m.tokens[0] + k) === 'and');
    if (and <= m.tokens[0] || and >= m.tokens[1]) return [m];
    const [a, b] = [s.text(m.tokens[0], and - 1), s.text(and + 1, m.tokens[1])];
    // (Or one of them is one plural name the article names only so: "the Conservatives and
    // Labour both lost ground", "Labour" named on its own.)
    const plural = (from: number, to: number) => from === to && s.tok(from).pos === 'NNPS';
    const known = (text: string, from: number, to: number) => names.has(text) || plural(from, to);
    if (!known(a, m.tokens[0], and - 1) || !known(b, and + 1, m.tokens[1]) || (!names.has(a) && !names.has(b)))
      return [m];
    const piece = (from: number, to: number, text: string): NamedMention => ({
      ...m,
      ...s.span(from, to),
      text,
      name: text,
      tokens: [from, to],
    });
    return [piece(m.tokens[0], and - 1, a), piece(and + 1, m.tokens[1], b)];
  });
}

/**
 * Sports line-ups and result tables list people in one slot: "4 - Christian Karembeu , 7 - Didier
 * Deschamps" (a shirt number and a dash), "7. Vebjoen Rodal ( Norway ) 1:46.45" (a rank, then
 * the country in brackets). Where two in three names in a slot across the article are people, a
 * name of two or three capitalised words the tagger typed otherwise in that slot is a person
 * too, there and wherever the article names it.
 */
function lineUps(sentences: SentenceView[], mentions: NamedMention[]): void {
  const slotOf = (m: NamedMention): string | undefined => {
    const s = sentences[m.sentence];
    const [a, b] = m.tokens;
    if (a > 2 && /^[-–]$/.test(s.word(a - 1)) && /^\d{1,2}$/.test(s.word(a - 2))) return 'shirt';
    // (The tokenizer may end the sentence before at the rank's full stop: "… 8 ." then the name.)
    const before = sentences[m.sentence - 1];
    const n = before?.tokens.length ?? 0;
    const rank =
      (a > 1 && /^\d{1,3}\.?$/.test(s.word(a - 1)) && (a === 2 || s.tok(a - 1).before.includes('\n'))) ||
      (a === 1 && n > 1 && before.word(n) === '.' && /^\d{1,3}$/.test(before.word(n - 1)));
    if (rank && s.word(b + 1) === '(' && s.word(b + 3) === ')') return 'ranked';
    // "France ( Cyril Bos , Philippe Ermenault , … )": a team's riders in brackets after it.
    if (/^[(,]$/.test(s.word(a - 1)) && /^[),]$/.test(s.word(b + 1))) {
      let k = a - 1;
      while (k > 1 && s.word(k) !== '(' && s.word(k) !== ')') k--;
      if (s.word(k) === '(' && k > 1 && s.tok(k - 1).ner === 'COUNTRY') return 'squad';
    }
    return undefined;
  };
  const slots = new Map<string, NamedMention[]>();
  for (const m of mentions) {
    if (m.kind !== 'name') continue;
    // "Alex Zanardi ( Italy ) , Reynard Honda , 53.980": after a driver or rider and their
    // country, before the time, the team (the tagger takes "Reynard Honda" for a person; not
    // the next golfer in "Dave Barr ( Canada ) , Mike Sullivan , Willie Wood").
    const s = sentences[m.sentence];
    const a = m.tokens[0];
    const driver = (k: number) =>
      mentions.some((o) => o.sentence === m.sentence && o.type === 'Person' && o.tokens[1] === k);
    if (
      m.type === 'Person' &&
      a > 5 &&
      s.word(a - 1) === ',' &&
      s.word(a - 2) === ')' &&
      s.tok(a - 3).ner === 'COUNTRY' &&
      s.word(a - 4) === '(' &&
      driver(a - 5) &&
      s.word(m.tokens[1] + 1) === ',' &&
      /^\d/.test(s.word(m.tokens[1] + 2))
    ) {
      m.type = 'Organisation';
      continue;
    }
    const slot = slotOf(m);
    if (slot) slots.set(slot, [...(slots.get(slot) ?? []), m]);
  }
  const people = new Set<string>();
  for (const group of slots.values()) {
    const named = group.filter((m) => m.type === 'Person').length;
    if (named < 3 || named < (2 / 3) * group.length) continue;
    for (const m of group) {
      const words = m.text.split(' ');
      if (m.type === 'Person' || m.outlet || words.length < 2 || words.length > 3) continue;
      if (!words.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) || words.some((w) => BODY_NOUNS.has(w.toLowerCase()))) continue;
      people.add(m.text);
    }
  }
  // (The same name elsewhere in the article is the same person: "Tolunay Kafkas equalised".)
  for (const m of mentions)
    if (m.kind === 'name' && people.has(m.text) && (m.type === 'Organisation' || m.type === 'Place')) {
      m.type = 'Person';
      m.name = m.text;
    }
}

/**
 * "Boatmen's Bancshares Inc. … after Boatmen's": a company whose name has a possessive in it
 * ("McDonald's", "Sainsbury's") keeps it where the article shortens the name, so the short
 * name is the whole "Boatmen's", not "Boatmen" (nor the person the tagger took it for).
 */
function possessiveNames(sentences: SentenceView[], mentions: NamedMention[]): NamedMention[] {
  const stems = new Set<string>();
  for (const m of mentions) {
    if (m.kind !== 'name' || m.type !== 'Organisation') continue;
    const s = sentences[m.sentence];
    for (let k = m.tokens[0] + 1; k < m.tokens[1]; k++)
      if (/^['’]s$/.test(s.word(k))) stems.add(s.text(m.tokens[0], k - 1));
    // "Standard & Poor's had warned": a possessive that owns nothing, before the verb whose
    // subject the name is, is part of a name of several words.
    const k = m.tokens[1] + 1;
    const subject = s.rel[m.tokens[1]] === 'nsubj' || s.rel[m.tokens[0]] === 'nsubj';
    if (
      /^['’]s$/.test(s.word(k)) &&
      /^(VBD|VBZ|VBP|MD)$/.test(s.tok(k + 1)?.pos ?? '') &&
      subject &&
      m.text.includes(' ')
    )
      stems.add(m.text);
  }
  // (Not "Farrakhan's Nation of Islam": the surname of a person the article names in full; nor
  // "London's High Court": a place, which "London's mayor" stays.)
  for (const m of mentions) {
    if (m.kind !== 'name') continue;
    for (const stem of stems)
      if (
        (m.type === 'Person' && m.name.endsWith(` ${stem}`)) ||
        ((m.type === 'Place' || m.type === 'Country') && m.text === stem) ||
        canonicalCountry(stem)
      )
        stems.delete(stem);
  }
  if (!stems.size) return mentions;
  return mentions.map((m) => {
    const s = sentences[m.sentence];
    const k = m.tokens[1] + 1;
    if (m.kind !== 'name' || !stems.has(m.text) || !/^['’]s$/.test(s.word(k))) return m;
    const text = s.text(m.tokens[0], k);
    return { ...m, ...s.span(m.tokens[0], k), text, name: text, type: 'Organisation', tokens: [m.tokens[0], k] };
  });
}

/**
 * "Zeleznik ( B ) 4 1 0 3": clubs that share a name carry their town's initial in brackets in
 * results and standings rows ("Mladost ( L )", "Radnicki ( N )"); the bracket is part of the
 * club's name, as where the tagger took it in.
 */
function clubInitials(sentences: SentenceView[], mentions: NamedMention[]): NamedMention[] {
  return mentions.map((m) => {
    if (m.kind !== 'name' || m.type !== 'Organisation') return m;
    const s = sentences[m.sentence];
    const k = m.tokens[1];
    if (s.word(k + 1) !== '(' || !/^\p{Lu}{1,2}$/u.test(s.word(k + 2)) || s.word(k + 3) !== ')') return m;
    const row = linesOf(s).find(([a, b]) => a <= k && k <= b);
    if (!row || row[1] - row[0] + 1 > MAX_ROW_TOKENS || !/^\d/.test(s.word(k + 4))) return m;
    const text = s.text(m.tokens[0], k + 3);
    return { ...m, ...s.span(m.tokens[0], k + 3), text, name: text, tokens: [m.tokens[0], k + 3] };
  });
}

/**
 * "far-right leader Marine Le Pen", where the fine-grained rules took "Marine" for a title and
 * the tagger found "Le Pen": a person's mention whose words are the end of a full name the
 * article gives elsewhere, right after the rest of that name, is the full name.
 */
function fullNames(sentences: SentenceView[], mentions: NamedMention[]): void {
  const full = [...new Set(mentions.filter((m) => m.kind === 'name' && m.type === 'Person').map((m) => m.name))]
    .map((n) => n.split(' '))
    .filter((w) => w.length > 1);
  for (const m of mentions) {
    if (m.kind !== 'name' || m.type !== 'Person') continue;
    const s = sentences[m.sentence];
    const words = m.text.split(' ');
    for (const name of full) {
      const lead = name.length - words.length;
      if (lead < 1 || name.slice(lead).join(' ') !== m.text) continue;
      // (Not a monarch's or a pope's title, which is a role: "King Charles", "Pope Francis".)
      if (ROYAL_TITLES.has(name[0].toLowerCase())) continue;
      const a = m.tokens[0] - lead;
      if (a < 1 || !name.slice(0, lead).every((w, k) => s.word(a + k) === w && s.tok(a + k + 1).before === ' '))
        continue;
      if (mentions.some((o) => o !== m && o.sentence === m.sentence && o.tokens[1] >= a && o.tokens[0] < m.tokens[0]))
        continue;
      Object.assign(m, {
        ...s.span(a, m.tokens[1]),
        text: s.text(a, m.tokens[1]),
        name: name.join(' '),
        tokens: [a, m.tokens[1]],
      });
      break;
    }
    // "Marine Le Pen, who leads …" named once: "Marine" the rules took for a title opens a
    // sentence, a clause or follows a post ("far-right leader Marine Le Pen"); a Marine is "a",
    // "former" or "U.S." one.
    const a = m.tokens[0] - 1;
    const before = s.tok(a - 1);
    // (A surname only after it: "Marine Le Pen", "Marine Tondelier"; not "Marine Paul Whelan".)
    const surnameOnly =
      m.tokens[0] === m.tokens[1] || /^(Le|La|Les|De|Du|Di|Da|Van|Von|Der)$/.test(s.word(m.tokens[0]));
    if (
      m.name === m.text &&
      surnameOnly &&
      s.word(a) === 'Marine' &&
      s.tok(a).ner === 'TITLE' &&
      s.tok(m.tokens[0]).before === ' ' &&
      (!before || /^[,:``]$|^-LRB-$/.test(before.pos) || (/^NNS?$/.test(before.pos) && /^\p{Ll}/u.test(before.word)))
    )
      Object.assign(m, {
        ...s.span(a, m.tokens[1]),
        text: s.text(a, m.tokens[1]),
        name: s.text(a, m.tokens[1]),
        tokens: [a, m.tokens[1]],
      });
  }
}

/**
 * "the island's future was for Greenlanders alone to decide": the people of a place the article
 * names, which the tagger may call an organisation, are no body.
 */
function peoplesOfPlaces(mentions: NamedMention[]): NamedMention[] {
  const places = new Set(mentions.filter((m) => m.type === 'Place' || m.type === 'Country').map((m) => m.name));
  return mentions.filter(
    (m) =>
      !(
        m.type === 'Organisation' &&
        /^\p{Lu}\p{L}+(ers|ians|ans)$/u.test(m.name) &&
        places.has(m.name.replace(/(ers|ians|ans)$/, ''))
      ),
  );
}

/**
 * "Georgian police arrested … in Tbilisi": Georgia, which the country list leaves out because US
 * news means the state, is the country in an article that names its capital or its breakaway
 * regions.
 */
function georgiaTheCountry(sentences: SentenceView[], mentions: NamedMention[]): void {
  const caucasus = sentences.some((s) =>
    s.sentence.tokens.some((t) => /^(Tbilisi|Abkhazia|Ossetia|Batumi|Kutaisi)$/.test(t.word)),
  );
  // (Not a US story that names Tbilisi once: "Georgia Governor Brian Kemp", "Atlanta".)
  const american = sentences.some((s) =>
    s.sentence.tokens.some(
      (t, k) =>
        t.word === 'Atlanta' ||
        (t.word === 'Georgia' &&
          /^(Governor|Gov\.|Senator|Sen\.|Secretary|Attorney|Republicans?|Democrats?|state|voters|farmers|Tech|Bulldogs)$/.test(
            s.sentence.tokens[k + 1]?.word ?? '',
          )),
    ),
  );
  if (!caucasus || american) return;
  for (const m of mentions) if (m.type === 'Place' && m.name === 'Georgia') m.type = 'Country';
}

/**
 * "Erik and Lyle Menendez", "their parents, Jose and Kitty Menendez": a given name alone joined
 * by "and" to a full name shares its surname, in an article about a family (brothers, a couple,
 * parents), where the word is no one's surname and named nowhere else alone.
 */
function sharedSurnames(sentences: SentenceView[], mentions: NamedMention[]): void {
  // (Said of them in the sentence or the one before or after: not "Neymar and Lionel Messi"
  // in an article that names a family somewhere else.)
  const family = (k: number) =>
    [k - 1, k, k + 1].some((x) =>
      sentences[x]?.sentence.tokens.some((t) =>
        /^(brothers|sisters|siblings|twins|parents|couple|spouses)$/i.test(t.word),
      ),
    );
  const persons = mentions.filter((m) => m.kind === 'name' && m.type === 'Person');
  for (const m of persons) {
    if (m.tokens[0] !== m.tokens[1] || !family(m.sentence)) continue;
    const s = sentences[m.sentence];
    const k = m.tokens[1];
    const next = persons.find((o) => o.sentence === m.sentence && o.tokens[0] === k + 2 && o.tokens[1] === k + 3);
    if (!next || s.word(k + 1) !== 'and') continue;
    const alone = persons.filter((o) => o.name === m.name).length;
    const surname = persons.some((o) => o !== m && o.name.split(' ').slice(1).includes(m.name));
    if (alone > 1 || surname) continue;
    m.name = `${m.name} ${s.word(k + 3)}`;
  }
}

/** "… an ally of Law and Justice, vetoed": a party's name again, without "party". */
function partyRepeats(sentences: SentenceView[], names: string[], mentions: NamedMention[]): NamedMention[] {
  let out = mentions;
  for (const name of new Set(names)) {
    const words = name.split(' ');
    for (const s of sentences) {
      for (let i = 1; i + words.length - 1 <= s.tokens.length; i++) {
        if (!words.every((w, k) => s.word(i + k) === w)) continue;
        const j = i + words.length - 1;
        const here = (m: NamedMention) => m.sentence === s.index && m.tokens[0] <= j && m.tokens[1] >= i;
        if (out.some((m) => here(m) && m.name === name && m.type === 'Organisation')) continue;
        if (out.some((m) => here(m) && (m.tokens[0] < i || m.tokens[1] > j))) continue;
        out = out.filter((m) => !here(m));
        out.push({
          ...s.span(i, j),
          sentence: s.index,
          text: name,
          kind: 'name',
          type: 'Organisation',
          name,
          tokens: [i, j],
        });
      }
    }
  }
  return out;
}

export function findMentions(sentences: SentenceView[]): NamedMention[] {
  const out: NamedMention[] = [];
  const partyNames: string[] = [];
  for (const s of sentences) {
    const ner = nerMentions(s);
    nicknamed(s, ner);
    bracketedForms(s, ner);
    kinOf(s, ner);
    const parties = partyMentions(s, ner);
    ner.push(...parties);
    partyNames.push(...parties.map((m) => m.name));
    nationalInstitutions(s, ner);
    // Names the tagger missed or mistyped: state organisations, acronyms, athletes.
    const missed = [
      ...stateOrgMentions(s, ner),
      ...acronymMentions(s, ner),
      ...athleteMentions(s, ner),
      ...namedBodies(s, ner),
    ];
    const groups = groupMentions(s, [...ner, ...missed], out);
    out.push(...ner, ...missed, ...groups);
  }
  // "Hurricane Milton killed at least 16 … Milton had weakened": a storm's name is no person's.
  const storms = new Set(
    out
      .filter((m) => m.type === 'Person' && STORM.test(sentences[m.sentence].word(m.tokens[0] - 1)))
      .map((m) => m.name),
  );
  if (storms.size) out.splice(0, out.length, ...out.filter((m) => !(m.type === 'Person' && storms.has(m.name))));
  const found = splitJoinedNames(sentences, partyNames.length ? partyRepeats(sentences, partyNames, out) : out);
  companiesTakenForPeople(sentences, found);
  fullNames(sentences, found);
  sharedSurnames(sentences, found);
  lineUps(sentences, found);
  bracketAcronyms(sentences, found);
  const named = headlinePlaces(
    sentences,
    headlineNames(sentences, propagateNames(sentences, markTeams(sentences, found))),
  );
  initialsNamed(named);
  georgiaTheCountry(sentences, named);
  const people = peoplesOfPlaces(named);
  return clubInitials(sentences, possessiveNames(sentences, people)).sort((a, b) => a.start - b.start);
}

export const mentionsStage: Stage = {
  name: 'mentions',
  requires: ['sentences'],
  adds: ['mentions'],
  run(doc) {
    return { ...doc, mentions: findMentions(need(doc, 'sentences', 'mentions')) };
  },
};
