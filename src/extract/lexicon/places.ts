// Countries, their aliases and nationality adjectives. The canonical name is the key.
import { createRequire } from 'node:module';

const COUNTRIES: Record<string, { aliases: string[]; demonyms: string[] }> = {
  'United States': {
    aliases: ['US', 'U.S.', 'USA', 'U.S.A.', 'America', 'United States of America'],
    demonyms: ['American', 'US', 'U.S.'],
  },
  'United Kingdom': { aliases: ['UK', 'U.K.', 'Britain', 'Great Britain'], demonyms: ['British'] },
  Israel: { aliases: [], demonyms: ['Israeli'] },
  Palestine: { aliases: ['State of Palestine'], demonyms: ['Palestinian'] },
  Russia: { aliases: ['Russian Federation'], demonyms: ['Russian'] },
  Ukraine: { aliases: [], demonyms: ['Ukrainian'] },
  China: { aliases: ["People's Republic of China", 'PRC'], demonyms: ['Chinese'] },
  France: { aliases: [], demonyms: ['French'] },
  Germany: { aliases: [], demonyms: ['German'] },
  Iran: { aliases: ['Islamic Republic of Iran'], demonyms: ['Iranian'] },
  Iraq: { aliases: [], demonyms: ['Iraqi'] },
  Syria: { aliases: ['Syrian Arab Republic'], demonyms: ['Syrian'] },
  Lebanon: { aliases: [], demonyms: ['Lebanese'] },
  Egypt: { aliases: [], demonyms: ['Egyptian'] },
  Jordan: { aliases: [], demonyms: ['Jordanian'] },
  Qatar: { aliases: [], demonyms: ['Qatari'] },
  Turkey: { aliases: ['Türkiye', 'Turkiye'], demonyms: ['Turkish'] },
  'Saudi Arabia': { aliases: [], demonyms: ['Saudi'] },
  Yemen: { aliases: [], demonyms: ['Yemeni'] },
  Mexico: { aliases: [], demonyms: ['Mexican'] },
  Canada: { aliases: [], demonyms: ['Canadian'] },
  Japan: { aliases: [], demonyms: ['Japanese'] },
  India: { aliases: [], demonyms: ['Indian'] },
  Pakistan: { aliases: [], demonyms: ['Pakistani'] },
  Afghanistan: { aliases: [], demonyms: ['Afghan'] },
  'North Korea': { aliases: ['DPRK', "Democratic People's Republic of Korea"], demonyms: ['North Korean'] },
  'South Korea': { aliases: ['Republic of Korea', 'ROK'], demonyms: ['South Korean'] },
  Italy: { aliases: [], demonyms: ['Italian'] },
  Spain: { aliases: [], demonyms: ['Spanish'] },
  Cuba: { aliases: [], demonyms: ['Cuban'] },
  Venezuela: { aliases: [], demonyms: ['Venezuelan'] },
  Brazil: { aliases: [], demonyms: ['Brazilian'] },
  Australia: { aliases: [], demonyms: ['Australian'] },
  'South Africa': { aliases: [], demonyms: ['South African'] },
  Myanmar: { aliases: ['Burma'], demonyms: ['Burmese'] },
  // "Philippine President Rodrigo Duterte": the adjective news uses, beside "Filipino".
  Philippines: { aliases: [], demonyms: ['Filipino', 'Philippine'] },
  // News says "Congo" for the larger, the Democratic Republic ("eastern Congo"); the smaller
  // goes by "Republic of Congo" or "Congo-Brazzaville". "Congolese" is both, and, as "Congo",
  // news means the larger by it ("Congolese President Felix Tshisekedi").
  'DR Congo': {
    aliases: ['Congo', 'Democratic Republic of Congo', 'Democratic Republic of the Congo', 'DRC', 'Congo-Kinshasa'],
    demonyms: ['Congolese'],
  },
  'Republic of the Congo': { aliases: ['Republic of Congo', 'Congo Republic', 'Congo-Brazzaville'], demonyms: [] },
};

/**
 * Every other country from world-countries (the mledoze/countries data set, ODbL): its common
 * and official names and alternative spellings as aliases, its English demonyms. The list above
 * wins: its names are the canonical ones (entity ids), and it says which codes are aliases
 * ("US", "UK"; not "IN", "TO", "BE"). A demonym two countries share ("Congolese") is left out,
 * and so is a country that is also a US state ("Georgia"): the tagger says STATE_OR_PROVINCE
 * for both and US news means the state.
 */
const WORLD = createRequire(import.meta.url)('world-countries/countries.json') as {
  name: { common: string; official: string };
  cca2: string;
  altSpellings: string[];
  independent: boolean;
  unMember: boolean;
  capital?: string[];
  demonyms?: { eng?: { m: string; f: string } };
}[];
const NOT_COUNTRIES = new Set(['Georgia']);
/** Alternative spellings that name something else more often (the airline). */
const NOT_ALIASES = new Set(['Emirates']);

const byAlias = new Map<string, string>();
const byDemonym = new Map<string, string>();
for (const [name, { aliases, demonyms }] of Object.entries(COUNTRIES)) {
  byAlias.set(name.toLowerCase(), name);
  for (const a of aliases) byAlias.set(a.toLowerCase(), name);
  for (const d of demonyms) byDemonym.set(d.toLowerCase(), name);
}
const shared = new Set<string>();
const worldDemonyms = new Map<string, string>();
for (const c of WORLD) {
  if (!(c.independent || c.unMember || ['PS', 'XK', 'TW'].includes(c.cca2))) continue;
  const names = [c.name.common, c.name.official, ...c.altSpellings.filter((a) => a !== c.cca2 && a.length > 2)];
  const name = names.map((n) => byAlias.get(n.toLowerCase())).find((n) => n !== undefined) ?? c.name.common;
  if (NOT_COUNTRIES.has(name)) continue;
  for (const n of names) if (!byAlias.has(n.toLowerCase()) && !NOT_ALIASES.has(n)) byAlias.set(n.toLowerCase(), name);
  for (const d of new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f])) {
    if (!d || / or /.test(d) || byDemonym.has(d.toLowerCase())) continue;
    const had = worldDemonyms.get(d.toLowerCase());
    if (had !== undefined && had !== name) shared.add(d.toLowerCase());
    worldDemonyms.set(d.toLowerCase(), name);
  }
}
for (const [d, name] of worldDemonyms) if (!shared.has(d)) byDemonym.set(d, name);

/** Canonical country name for a name or alias ("US" → "United States"), if known. */
export function canonicalCountry(name: string): string | undefined {
  return byAlias.get(
    name
      .toLowerCase()
      .replace(/^the\s+/, '')
      .replace(/\s*[’']\s*s\b/g, "'s"),
  );
}

/**
 * National capitals (world-countries), for the capital that stands for its government as a
 * subject ("Moscow has dismissed the warrant"). Not Jerusalem, whose status is disputed.
 */
const byCapital = new Map<string, string>([
  ['washington', 'United States'],
  ['kiev', 'Ukraine'],
]);
for (const c of WORLD) {
  if (!(c.independent || c.unMember)) continue;
  const name = canonicalCountry(c.name.common);
  for (const city of c.capital ?? []) if (name && city !== 'Jerusalem') byCapital.set(city.toLowerCase(), name);
}

/** The country whose capital this is ("Moscow" → Russia), if it is one. */
export function countryOfCapital(city: string): string | undefined {
  return byCapital.get(city.toLowerCase());
}

const demonymByCountry = new Map<string, string>();
for (const [d, name] of byDemonym) if (!demonymByCountry.has(name) && d.length > 3) demonymByCountry.set(name, d);

/** The nationality word of a country ("Russia" → "Russian"), if known. */
export function demonymOf(country: string): string | undefined {
  const d = demonymByCountry.get(country);
  return d && d.replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase());
}

/** Country of a nationality word ("Israeli" → "Israel"), if known. */
export function countryOfDemonym(word: string): string | undefined {
  return byDemonym.get(word.toLowerCase());
}

/** US states as AP style abbreviates them after a town ("Jackson, Miss.", "Tampa, Fla."). */
export const US_STATE_ABBREVIATIONS: Record<string, string> = {
  'Ala.': 'Alabama',
  'Ariz.': 'Arizona',
  'Ark.': 'Arkansas',
  'Calif.': 'California',
  'Colo.': 'Colorado',
  'Conn.': 'Connecticut',
  'Del.': 'Delaware',
  'Fla.': 'Florida',
  'Ga.': 'Georgia',
  'Ill.': 'Illinois',
  'Ind.': 'Indiana',
  'Kan.': 'Kansas',
  'Ky.': 'Kentucky',
  'La.': 'Louisiana',
  'Md.': 'Maryland',
  'Mass.': 'Massachusetts',
  'Mich.': 'Michigan',
  'Minn.': 'Minnesota',
  'Miss.': 'Mississippi',
  'Mo.': 'Missouri',
  'Mont.': 'Montana',
  'Neb.': 'Nebraska',
  'Nev.': 'Nevada',
  'N.H.': 'New Hampshire',
  'N.J.': 'New Jersey',
  'N.M.': 'New Mexico',
  'N.Y.': 'New York',
  'N.C.': 'North Carolina',
  'N.D.': 'North Dakota',
  'Okla.': 'Oklahoma',
  'Ore.': 'Oregon',
  'Pa.': 'Pennsylvania',
  'R.I.': 'Rhode Island',
  'S.C.': 'South Carolina',
  'S.D.': 'South Dakota',
  'Tenn.': 'Tennessee',
  'Vt.': 'Vermont',
  'Va.': 'Virginia',
  'Wash.': 'Washington',
  'W.Va.': 'West Virginia',
  'Wis.': 'Wisconsin',
  'Wyo.': 'Wyoming',
};

/** Places CoreNLP tends to type as countries or organisations. */
export const KNOWN_PLACES = new Set([
  'gaza',
  'gaza strip',
  'west bank',
  'jerusalem',
  'east jerusalem',
  'rafah',
  'khan younis',
  'golan heights',
  'crimea',
  'donbas',
  // The street, as CoNLL-2003 marks it, where the tagger calls it an organisation ("Wall Street
  // closed higher"); the market it stands for has no entity of its own.
  'wall street',
]);
