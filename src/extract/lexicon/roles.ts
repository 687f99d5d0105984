// Nouns that name a post a person holds (roles stage; events, for the holder of a post).
import type { SentenceView } from '../syntax.ts';

/**
 * Nouns that name a post, for the titles the tagger does not tag: set beside a name ("Alexander
 * Matheou, the federation's regional director", "Meta's chief global affairs officer, Joel
 * Kaplan") or right before it ("EU competition chief Teresa Ribera").
 */
export const ROLE_NOUNS = new Set([
  'minister',
  'president',
  'leader',
  'head',
  'chief',
  'director',
  'officer',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'chairman',
  'chairwoman',
  'chairperson',
  'chair',
  'secretary',
  'envoy',
  'ambassador',
  'lawyer',
  'attorney',
  'prosecutor',
  'judge',
  'governor',
  'mayor',
  'commander',
  'executive',
  'ceo',
  'founder',
  'adviser',
  'advisor',
  'aide',
  'editor',
  'economist',
  'analyst',
  'strategist',
  'professor',
  'coordinator',
  'representative',
  'commissioner',
  'negotiator',
  'manager',
  'coach',
  'captain',
  'deputy',
  'co-leader',
  'co-chair',
  'co-founder',
]);

/** Posts held "at" a firm, besides those above: "a trader at Citi", "a partner at Hogan Lovells". */
export const FIRM_POSTS = new Set(['trader', 'banker', 'partner', 'researcher']);

/**
 * Those who work for a body and may act or speak against it ("Boeing machinists voted to
 * strike"): the body named before them is their employer, not who speaks or acts.
 */
export const WORKERS =
  /^(workers?|machinists?|employees?|staff|staffers?|crews?|personnel|pilots?|nurses?|doctors?|teachers?|drivers?|miners?|dockers?|dockworkers?)$/i;

/**
 * Nouns of kinship ("Damari's mother", "his wife", "her family"): a relative of someone, not
 * that someone; a name set after one is the relative ("His wife Stella Assange").
 */
export const KIN =
  /^(family|families|mother|father|wife|wives|husband|son|daughter|brother|sister|sibling|parent|child|children|uncle|aunt|cousin|nephew|niece|grandson|granddaughter|grandchild|grandchildren|grandmother|grandfather|spouse|widow|widower|fiancee?)s?$/i;

/** The gender a noun of kinship says ("his wife, Carla Bruni-Sarkozy"). */
export const KIN_GENDER: Record<string, 'm' | 'f'> = {
  wife: 'f',
  widow: 'f',
  mother: 'f',
  daughter: 'f',
  sister: 'f',
  grandmother: 'f',
  granddaughter: 'f',
  niece: 'f',
  aunt: 'f',
  fiancee: 'f',
  husband: 'm',
  widower: 'm',
  father: 'm',
  son: 'm',
  brother: 'm',
  grandfather: 'm',
  grandson: 'm',
  nephew: 'm',
  uncle: 'm',
};

/**
 * People named after someone they are not, and do not speak for ("one Sanders supporter
 * wrote", "a harsh critic of the mayor said"): the one named beside them is no speaker.
 */
export const FOLLOWERS =
  /^(supporters?|backers?|voters?|fans?|critics?|opponents?|rivals?|detractors?|ally|allies|partners?|friends?|followers?|donors?|admirers?|neighbou?rs?|relatives?|roommates?|flatmates?|housemates?|classmates?|girlfriends?|boyfriends?|acquaintances?)$/i;

/**
 * Nouns for people who hold views without a name ("some voters", "the senator's aides"),
 * beside the titles (`ROLE_NOUNS`), workers and followers the roles lexicon lists.
 */
export const PEOPLE =
  /^(people|persons?|voters?|officials?|leaders?|members?|aides?|advisers?|advisors?|assistants?|lawmakers?|legislators?|senators?|delegates?|candidates?|residents?|citizens?|americans?|activists?|experts?|analysts?|economists?|protesters?|demonstrators?|parents?|students?|judges?|prosecutors?|lawyers?|attorneys?|spokes(wo)?m[ae]n|spokespeople|spokesperson)$/i;

/** A noun for people: "voters", "the senator", "workers", "supporters". */
export const forPeople = (word: string) =>
  PEOPLE.test(word) || ROLE_NOUNS.has(word.toLowerCase()) || WORKERS.test(word) || FOLLOWERS.test(word);

/** Abbreviated title words, written out so that one title is one string ("Gov." = "Governor"). */
export const TITLE_WORDS: Record<string, string> = {
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
  'Cpl.': 'Corporal',
  'Adm.': 'Admiral',
  'Cmdr.': 'Commander',
  'Maj.': 'Major',
  'Supt.': 'Superintendent',
  'Insp.': 'Inspector',
  'Det.': 'Detective',
  'Prof.': 'Professor',
  'Rev.': 'Reverend',
};

/**
 * "The Senate confirmed Pete Hegseth (as secretary of defense)": a person confirmed, in a post
 * if one is named; not "Police confirmed Luigi Mangione as the suspect".
 */
export function confirmedInPost(s: SentenceView, v: number): boolean {
  if (!s.tok(v).pos.startsWith('VB') || !s.kids(v, 'obj', 'nsubj:pass').some((o) => s.tok(o).ner === 'PERSON'))
    return false;
  const as = s.kids(v, 'obl', 'xcomp').filter((o) => s.kids(o, 'case').some((c) => /^as$/i.test(s.word(c))));
  return as.every((o) => s.tok(o).ner === 'TITLE' || ROLE_NOUNS.has(s.lemma(o).toLowerCase()));
}

/** Words that say what kind of post follows, not whose ("Police Commissioner", "Majority Leader"). */
export const POST_QUALIFIERS =
  /^(police|majority|minority|party|army|military|state|defen[cs]e|foreign|deputy|opposition|government|senate|house|interior|health|finance|justice|prime|vice|chief|general|national|federal|democratic|republican|labou?r|union|council|city|county|district|supreme|high|central|security|intelligence|treasury|commerce|trade|education|energy|transport|economy|culture|environment|agriculture|communications?|information|executive|managing|assistant|associate|acting|interim|former|senior|junior|top|regional|provincial|municipal|campaign|press|media|team|club|church|student|youth|women|fire|border|coast|navy|air|space|court|parliamentary|presidential|royal|imperial|tribal|village|town)$/i;
