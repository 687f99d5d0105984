// Countries, their aliases and nationality adjectives. The canonical name is the key.

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
};

const byAlias = new Map<string, string>();
const byDemonym = new Map<string, string>();
for (const [name, { aliases, demonyms }] of Object.entries(COUNTRIES)) {
  byAlias.set(name.toLowerCase(), name);
  for (const a of aliases) byAlias.set(a.toLowerCase(), name);
  for (const d of demonyms) byDemonym.set(d.toLowerCase(), name);
}

/** Canonical country name for a name or alias ("US" → "United States"), if known. */
export function canonicalCountry(name: string): string | undefined {
  return byAlias.get(
    name
      .toLowerCase()
      .replace(/^the\s+/, '')
      .replace(/\s*[’']\s*s\b/g, "'s"),
  );
}

/** Country of a nationality word ("Israeli" → "Israel"), if known. */
export function countryOfDemonym(word: string): string | undefined {
  return byDemonym.get(word.toLowerCase());
}

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
]);
