// Outlets, courts and organisation nouns that the raw NER engine gets wrong.

/** News agencies and outlets (lower case). CoreNLP tags some of them as people. */
export const OUTLETS = new Set([
  'anadolu', 'anadolu agency', 'reuters', 'ap', 'associated press', 'the associated press', 'afp',
  'agence france-presse', 'xinhua', 'tass', 'ria novosti', 'interfax', 'bbc', 'cnn', 'fox news',
  'al jazeera', 'al-jazeera', 'bloomberg', 'the jerusalem post', 'jerusalem post', 'haaretz',
  'times of israel', 'the times of israel', 'ynet', 'axios', 'politico', 'the new york times',
  'new york times', 'the washington post', 'washington post', 'the guardian', 'wafa', 'kan',
  'channel 12', 'the wall street journal', 'wall street journal', 'nbc', 'abc', 'cbs', 'msnbc',
  'usa today', 'breitbart', 'the huffington post', 'huffington post', 'npr', 'the hill', 'the post',
  'the times', 'new york post', 'the new york post',
]);

/** Nouns that, after an outlet's name, say that it is one ("The Jerusalem Post newspaper"). */
export const OUTLET_NOUNS = new Set(['newspaper', 'daily', 'broadcaster', 'magazine', 'tabloid', 'weekly']);

/** Nominal references to an outlet already named ("the daily said"). */
export const OUTLET_NOMINALS = new Set(['daily', 'newspaper', 'paper', 'agency', 'broadcaster', 'outlet', 'network', 'channel', 'magazine', 'tabloid']);

const COURT_PATTERN =
  /\b(court|courts|tribunal|tribunals)\b|^(icc|icj|scotus|echr|itlos|pca)$/i;

export function isCourtName(name: string): boolean {
  return COURT_PATTERN.test(name.trim());
}

/** Heads that turn a nationality word into an organisation of that country ("Israeli army"). */
export const STATE_ORG_HEADS = new Set([
  'army', 'military', 'government', 'police', 'cabinet', 'parliament', 'navy', 'authorities',
  'ministry', 'forces', 'security cabinet', 'air force', 'knesset', 'judiciary', 'embassy',
]);

/** Plural or collective heads of unnamed groups that act or speak. */
export const GROUP_HEADS = new Set([
  'opposition', 'group', 'groups', 'families', 'protesters', 'protestors', 'activists', 'officials',
  'lawmakers', 'critics', 'residents', 'witnesses', 'medics', 'analysts', 'experts', 'sources',
  'demonstrators', 'settlers', 'militants', 'rebels', 'voters', 'supporters', 'leaders',
  'negotiators', 'mediators', 'diplomats', 'investigators', 'prosecutors', 'researchers',
  'doctors', 'authorities', 'democrats', 'republicans', 'campaigners', 'organisations',
  'organizations', 'agencies', 'unions', 'students', 'workers', 'farmers', 'teachers',
]);

/** Qualifiers that make a generic plural a real group ("rights groups", "aid agencies"). */
export const GROUP_QUALIFIERS = new Set([
  'rights', 'human', 'aid', 'humanitarian', 'opposition', 'government', 'security', 'health',
  'palestinian', 'israeli', 'american', 'us', 'u.s.', 'western', 'arab', 'un', 'medical',
  'administration', 'senior', 'campaign', 'party', 'military', 'defense', 'defence', 'intelligence',
  'police', 'prison', 'local', 'international', 'civil', 'advocacy', 'environmental',
]);
