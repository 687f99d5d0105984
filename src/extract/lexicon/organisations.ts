// Outlets, courts and organisation nouns that the raw NER engine gets wrong.

/** News agencies and outlets (lower case). CoreNLP tags some of them as people. */
export const OUTLETS = new Set([
  'anadolu',
  'anadolu agency',
  'reuters',
  'ap',
  'associated press',
  'the associated press',
  'afp',
  'agence france-presse',
  'xinhua',
  'tass',
  'ria novosti',
  'interfax',
  'bbc',
  'cnn',
  'fox news',
  'al jazeera',
  'al-jazeera',
  'bloomberg',
  'the jerusalem post',
  'jerusalem post',
  'haaretz',
  'times of israel',
  'the times of israel',
  'ynet',
  'axios',
  'politico',
  'the new york times',
  'new york times',
  'the washington post',
  'washington post',
  'the guardian',
  'wafa',
  'kan',
  'channel 12',
  'the wall street journal',
  'wall street journal',
  'nbc',
  'abc',
  'cbs',
  'msnbc',
  'usa today',
  'breitbart',
  'the huffington post',
  'huffington post',
  'npr',
  'the hill',
  'the post',
  'the times',
  'new york post',
  'the new york post',
]);

/** Nouns that, after an outlet's name, say that it is one ("The Jerusalem Post newspaper"). */
export const OUTLET_NOUNS = new Set(['newspaper', 'daily', 'broadcaster', 'magazine', 'tabloid', 'weekly']);

/** Nominal references to an outlet already named ("the daily said"). */
export const OUTLET_NOMINALS = new Set([
  'daily',
  'newspaper',
  'paper',
  'agency',
  'broadcaster',
  'outlet',
  'network',
  'channel',
  'magazine',
  'tabloid',
]);

const COURT_PATTERN =
  /\b(court|courts|tribunal|tribunals)\b|^(icc|icj|scotus|echr|itlos|pca)$|^(?:the )?Constitutional Council$/i;

export function isCourtName(name: string): boolean {
  return COURT_PATTERN.test(name.trim());
}

/** Heads that turn a nationality word into an organisation of that country ("Israeli army"). */
export const STATE_ORG_HEADS = new Set([
  'army',
  'military',
  'government',
  'police',
  'cabinet',
  'parliament',
  'navy',
  'authorities',
  'ministry',
  'forces',
  'security cabinet',
  'air force',
  'knesset',
  'judiciary',
  'embassy',
  'coast guard',
  'coastguard',
]);

/** Plural or collective heads of unnamed groups that act or speak. */
export const GROUP_HEADS = new Set([
  'opposition',
  'group',
  'groups',
  'families',
  'protesters',
  'protestors',
  'activists',
  'officials',
  'lawmakers',
  'critics',
  'residents',
  'witnesses',
  'medics',
  'analysts',
  'experts',
  'sources',
  'demonstrators',
  'settlers',
  'militants',
  'rebels',
  'voters',
  'supporters',
  'leaders',
  'negotiators',
  'mediators',
  'diplomats',
  'investigators',
  'prosecutors',
  'researchers',
  'doctors',
  'authorities',
  'democrats',
  'republicans',
  'campaigners',
  'organisations',
  'organizations',
  'agencies',
  'unions',
  'students',
  'workers',
  'farmers',
  'teachers',
]);

/** Qualifiers that make a generic plural a real group ("rights groups", "aid agencies"). */
export const GROUP_QUALIFIERS = new Set([
  'rights',
  'human',
  'aid',
  'humanitarian',
  'opposition',
  'government',
  'security',
  'health',
  'palestinian',
  'israeli',
  'american',
  'us',
  'u.s.',
  'western',
  'arab',
  'un',
  'medical',
  'administration',
  'senior',
  'campaign',
  'party',
  'military',
  'defense',
  'defence',
  'intelligence',
  'police',
  'prison',
  'local',
  'international',
  'civil',
  'advocacy',
  'environmental',
]);

/** First words of organisation names too generic to stand for the organisation alone. */
export const GENERIC_FIRST_WORDS = new Set(
  'the national first new united american british general international royal central federal state north south east west great bank news world european'.split(
    ' ',
  ),
);

/**
 * International and sports bodies known by an acronym that the raw engine often leaves
 * untagged or calls MISC ("retained his WBO title", "UEFA came down heavily on …"). Written
 * as they appear; "ICC" is left to the courts, "WHO" is matched only outside all-capitals lines.
 */
export const ORGANISATION_ACRONYMS = new Set([
  'UEFA',
  'FIFA',
  'CONCACAF',
  'CONMEBOL',
  'IOC',
  'IAAF',
  'WBA',
  'WBC',
  'WBO',
  'IBF',
  'ATP',
  'WTA',
  'NBA',
  'NFL',
  'NHL',
  'NCAA',
  'UCI',
  'OPEC',
  'NATO',
  'IMF',
  'WTO',
  'OECD',
  'OSCE',
  'ASEAN',
  'UNICEF',
  'UNESCO',
  'UNHCR',
  'UNRWA',
  'IAEA',
  'WHO',
  // Parties news names by their acronym ("AfD co-leader Alice Weidel").
  'AfD',
  'CDU',
  'CSU',
  'SPD',
  'FDP',
  'ANC',
  'BJP',
  'SNP',
  'DUP',
  'PiS',
]);

/**
 * Bodies news names every day whose names the tagger leaves untagged or calls an ideology
 * ("Iran's Revolutionary Guards", "the far-right Alternative for Germany"), lower case.
 */
export const KNOWN_ORGANISATION_NAMES = new Set([
  'revolutionary guards',
  'revolutionary guard corps',
  'islamic revolutionary guard corps',
  'alternative for germany',
  'pakistan tehreek-e-insaf',
  'liberal democrats',
  'hayat tahrir al-sham',
  'islamic state',
  'muslim brotherhood',
  'taliban',
  'houthis',
  'reform uk',
  // (Parties and armed groups whose names hold a country's name or a nationality: "The
  // hard-left France Unbowed said", "Rwanda-backed M23 rebels".)
  'france unbowed',
  'la france insoumise',
  'georgian dream',
  'brothers of italy',
  'forza italia',
  'sinn fein',
  'm23',
  'boko haram',
  'al-shabaab',
  'islamic state west africa province',
  'iswap',
]);

/**
 * Companies the tagger may call a person when named alone ("TikTok said …"): one-word names of
 * firms in the news every day that are nobody's given name or surname.
 */
export const KNOWN_COMPANIES = new Set([
  'TikTok',
  'Meta',
  'Amazon',
  'Alphabet',
  'Tesla',
  'ByteDance',
  'OpenAI',
  'Nvidia',
  'SpaceX',
  'Starlink',
  'Huawei',
  'Telegram',
  'WhatsApp',
  'Instagram',
  'YouTube',
  'Facebook',
  'Google',
  'Microsoft',
  'Netflix',
  'Airbnb',
  'Uber',
  'Pfizer',
  'Moderna',
  'AstraZeneca',
  'Boeing',
  'Airbus',
  'Gazprom',
  'Rosneft',
  'Aramco',
  'Alibaba',
  'Tencent',
  'Samsung',
  'BlackRock',
  'Anthropic',
  'FedEx',
]);

/**
 * Names every country gives one of its own institutions ("Defence Ministry", "Supreme Court",
 * "Refugee Council"): with a nationality word or a country's possessive before them they are
 * that country's ("Russia's Defence Ministry" → Russian Defence Ministry), not one body shared
 * by every article that names a defence ministry.
 */
export const NATIONAL_INSTITUTION =
  /^(?:(?:\p{Lu}[\p{L}-]* )*(?:Ministry|Office|Army|Police|Parliament|Government|Cabinet|Navy|Air Force|Armed Forces|Central Bank|Supreme Court|High Court|Constitutional Court|Security Council|Refugee Council|Red Cross|Red Crescent|Embassy|Foreign Office|Coast Guard)|Ministry of [\p{L} ,]+)$/u;

/**
 * Bodies news names mostly by an acronym, under one name in every article: an article that
 * says only "ICC" or "the U.N." names the same entity as one that writes the name out. The
 * acronym stays an alias. Keyed without full stops ("U.N." → UN).
 */
const KNOWN_BODIES: Record<string, string> = {
  UN: 'United Nations',
  EU: 'European Union',
  ICC: 'International Criminal Court',
  ICJ: 'International Court of Justice',
  IDF: 'Israel Defense Forces',
  IAEA: 'International Atomic Energy Agency',
  IMF: 'International Monetary Fund',
  WFP: 'World Food Programme',
  PLO: 'Palestine Liberation Organization',
  UNGA: 'UN General Assembly',
  UNSC: 'UN Security Council',
  // Not an acronym, but the name news gives the Federal Reserve after the first mention.
  Fed: 'Federal Reserve',
  CDC: 'Centers for Disease Control and Prevention',
  FDA: 'Food and Drug Administration',
  FBI: 'Federal Bureau of Investigation',
  CIA: 'Central Intelligence Agency',
  FAA: 'Federal Aviation Administration',
  SEC: 'Securities and Exchange Commission',
  'US Federal Reserve': 'Federal Reserve',
};

/**
 * The name a body known by its acronym goes by ("U.N." → United Nations), if listed; a UN
 * body's name begins "UN" however the article writes it ("U.N. Security Council", "United
 * Nations Security Council" → UN Security Council).
 */
export function bodyName(name: string): string | undefined {
  const un = /^(?:U\.N\.|United Nations) (?=\p{Lu})/u.exec(name);
  if (un) return `UN ${name.slice(un[0].length)}`;
  return KNOWN_BODIES[name.replace(/\./g, '')];
}

/** What a company has and a person does not: "Meta's chief global affairs officer". */
export const COMPANY_POSSESSIONS = new Set([
  'chief',
  'ceo',
  'officer',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'shares',
  'stock',
  'board',
  'chairman',
  'headquarters',
  'platform',
  'platforms',
  'users',
  'subsidiary',
  'founder',
  'shareholders',
  'revenue',
  'earnings',
  'profit',
  'profits',
]);

/** What a body is called when an apposition says what it is. */
export const BODY_NOUNS = new Set([
  'association',
  'authority',
  'regulator',
  'watchdog',
  'organisation',
  'organization',
  'company',
  'firm',
  'group',
  'party',
  'union',
  'charity',
  'agency',
  'movement',
  'coalition',
  'network',
  'foundation',
  'institute',
  'alliance',
  'ngo',
  'club',
  'newspaper',
  'broadcaster',
  'startup',
  'bank',
  'insurer',
  'retailer',
  'carmaker',
  'airline',
]);

/**
 * Nouns of a trade by which wire copy names again a company it named ("Volkswagen … the
 * carmaker said", "Apple … the iPhone maker", "The maker of Wegovy and Ozempic").
 */
export const TRADE_NOMINALS = new Set([
  'carmaker',
  'automaker',
  'planemaker',
  'chipmaker',
  'drugmaker',
  'lender',
  'insurer',
  'retailer',
  'airline',
  'miner',
  'conglomerate',
  'startup',
  'maker',
]);

/** Nouns by which an article names again a trade union it named. */
export const UNION_NOMINALS = new Set(['union', 'guild']);

/** Names that say a body is a trade union ("Writers Guild of America", "United Auto Workers"). */
export const TRADE_UNION_NAME =
  /\b(Workers|Employees|Teachers|Nurses|Guild|Teamsters|Trades? Unions?|Union of \w+ers|\w+ers'? Union|Brotherhood of)\b|^(Unite|Unison|Verdi|SAG-AFTRA|UAW|IG Metall|AFL-CIO|TUC|CGT|CFDT|COSATU)$/;

/** Nouns by which an article names again an armed, political or rights group it named. */
export const GROUP_NOMINALS = new Set(['group', 'militia', 'charity']);

/** Armed groups news names every day, lower case (their names say nothing of a group). */
export const ARMED_GROUPS = new Set([
  'hezbollah',
  'hamas',
  'islamic jihad',
  'isis',
  'isil',
  'islamic state',
  'al-qaeda',
  'al qaeda',
  'al-shabaab',
  'al-shabab',
  'shabab',
  'taliban',
  'houthis',
  'm23',
  'boko haram',
  'hayat tahrir al-sham',
  'nusra front',
  'wagner',
  'pkk',
  'hts',
  'rapid support forces',
  'rsf',
]);

/**
 * Rights, aid and campaign groups news names every day, lower case, whose names say nothing of a
 * group ("Amnesty International urged … “…,” the rights group said").
 */
export const NAMED_GROUPS = new Set([
  'amnesty international',
  'human rights watch',
  'reporters without borders',
  'doctors without borders',
  'medecins sans frontieres',
  'médecins sans frontières',
  'oxfam',
  'save the children',
  'greenpeace',
  'transparency international',
  "b'tselem",
]);

/** Nouns that bring in a group ("a local armed gang led by …", "a clan militia"). */
export const OTHER_GROUPS =
  /^(group|militia|charity|gang|faction|clan|movement|organi[sz]ation|coalition|network|outfit|cell)s?$/i;

/** Last words of a group's name ("Democracy for America" says nothing; "American Action Network" does). */
export const GROUP_NAME_ENDS =
  /\b(Coalition|Caucus|Association|Network|Action|PAC|Watch|Front|Brigades?|Alliance|Foundation|Federation|Matter|Movement|Group|Militia|Rebels|Army of [A-Z]\w+)$/;

/**
 * Bodies that are no "group": states' organs and institutions, parties, international bodies
 * ("the army", "the ministry", "the party" name those again, not "the group").
 */
export const NOT_GROUPS =
  /\b(Ministry|Army|Forces|Police|Government|Cabinet|Parliament|Senate|Congress|House|Assembly|Commission|Council|Agency|Bank|Committee|Office|Department|Court|University|Union|Nations|Service|Administration|Authority|Reserve|Organi[sz]ation|Party|Guards?|Military|Navy|Command|Corps|Fund|Board|Institute|Bureau)\b/;
