// Family names that come first: Chinese, Korean and Taiwanese names as English-language news
// writes them ("Xi Jinping", "Yoon Suk Yeol", "Lee Jae-myung", "Lai Ching-te"), whose short
// form is the first word ("Xi", "Yoon", "Lai"), not the last.

const CHINESE = new Set(
  (
    'wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie song ' +
    'tang xi han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren ' +
    'shen yao jin fu qin wen bo hou lai tsai ko chiang kuo mao zhong qian kong bai cui kang mo shi yin qiu hao ' +
    'fang lee cho'
  ).split(' '),
);

const KOREAN = new Set(
  (
    'kim lee park choi jung jeong kang cho jo yoon yun jang lim han oh seo shin kwon hwang ahn song yoo hong ' +
    'moon yang son bae baek heo nam noh roh ha kwak sung cha joo woo min ryu jeon ko chung chun rhee ban hyun ' +
    'byun choo'
  ).split(' '),
);

/** One or more pinyin syllables ("Jinping", "Jiakun", "Qiang"): a Chinese given name. */
const PINYIN =
  /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|in|un|ia|ie|iu|ua|uo|ui|ue|a|o|e|i|u))+$/i;

/** A Chinese or Korean family name ("Kim", "Choi", "Wang"), which comes first. */
export const isEastAsianFamilyName = (word: string): boolean =>
  CHINESE.has(word.toLowerCase()) || KOREAN.has(word.toLowerCase());

/** Whether a person's name puts the family name first ("Yoon Suk Yeol", "Xi Jinping"). */
export function familyNameFirst(name: string): boolean {
  const words = name.split(/\s+/);
  const first = words[0]?.toLowerCase() ?? '';
  if (!CHINESE.has(first) && !KOREAN.has(first)) return false;
  // "Lee Jae-myung", "Lai Ching-te", "Moon Hyung-bae": a hyphenated given name.
  if (words.length === 2 && /^\p{Lu}\p{Ll}*-\p{Ll}+$/u.test(words[1])) return true;
  // "Yoon Suk Yeol", "Kim Jong Un": two short syllables after a Korean family name.
  if (words.length === 3 && KOREAN.has(first) && words.slice(1).every((w) => /^\p{Lu}\p{Ll}{1,4}$/u.test(w)))
    return true;
  // "Xi Jinping", "Wang Yi", "Guo Jiakun": a given name of pinyin syllables.
  return words.length === 2 && CHINESE.has(first) && PINYIN.test(words[1]);
}

/** A monarch's or a pope's number ("Leo XIV", "Henry VIII"), after which there is no family name. */
const SUFFIXES = /^(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI)$/;

/** Lower-case particles that belong to the family name after them ("von der Leyen", "de Gaulle"). */
const PARTICLES = /^(von|van|der|den|de|du|des|del|della|di|da|dos|das|la|le|ter|ten|zu)$/;

/** "al-Assad" → "Assad": the Arabic article news drops when it names the person again. */
export const withoutArticle = (word: string) => word.replace(/^(?:al|el|Al|El)-(?=\p{Lu})/u, '');

/**
 * The words a person is later called by: the family name ("Netanyahu", "Xi", "Yoon", "Marcos",
 * "Assad", "von der Leyen").
 */
export function surnameOf(name: string): string {
  const words = name.split(/\s+/);
  while (words.length > 2 && /^(Jr\.?|Sr\.?|Junior|Senior)$/.test(words[words.length - 1])) words.pop();
  // ("Leo XIV", "Henry VIII": a pope's or a monarch's number after one name leaves that name;
  // "Robert Griffin III" is still a Griffin.)
  if (words.length > 1 && SUFFIXES.test(words[words.length - 1])) {
    words.pop();
    if (words.length === 1) return words[0];
  }
  if (familyNameFirst(name)) return withoutArticle(words[0] ?? name);
  let first = words.length - 1;
  while (first > 1 && PARTICLES.test(words[first - 1])) first--;
  // ("Mohammed bin Abdulrahman Al Thani", "Marine Le Pen", "Kevin De Bruyne": a capitalised
  // particle written apart before the family name.)
  // (Not "Van" or "Di", Vietnamese and Italian given names: "Vo Van Thuong" is Thuong.)
  if (first > 1 && first === words.length - 1 && /^(Al|El|Le|La|De)$/.test(words[first - 1])) first--;
  // ("von der Leyen", "Von der Leyen" alone: all of it.)
  if (first === 1 && words.length > 2 && PARTICLES.test(words[0].toLowerCase())) first = 0;
  return withoutArticle(words.slice(first).join(' ') || name);
}

/**
 * The gender a courtesy title opening a name says ("Mr. Trump" → m; "Ms. Clark", "Mrs. Carter",
 * "Miss Ward" → f); with `{ before: true }`, a title that ends the text, right before a name
 * ("… said Mr." before "Trump"). Only where the title is where it is asked for: "Mrs. Clinton
 * leading Mr. Sanders" is hers.
 */
export function titleGender(text: string, { before = false } = {}): 'm' | 'f' | undefined {
  const m = (before ? /\b(Mr|Mrs|Ms|Miss)\.?\s+$/u : /^(Mr|Mrs|Ms|Miss)\.?\s+\p{Lu}/u).exec(text);
  return m ? (m[1] === 'Mr' ? 'm' : 'f') : undefined;
}

/** Honorifics news writes before a name, that are no part of it nor of a post ("Ayatollah Ali Khamenei"). */
export const HONORIFICS = /Grand Ayatollah|Ayatollah|Sheikh|Sheik|(?:Mr|Mrs|Lord|Lady) Justice/;

/** The way English courts name a judge ("Mr Justice Turner"): a title before a surname alone. */
export const JUDICIAL_STYLE = /^(?:Mr|Mrs|Lord|Lady) Justice (?=\p{Lu}\S*$)/u;
