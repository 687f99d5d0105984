// Checks shared by every reader: decoding, size, binary content, emptiness, language and
// dates. Each refusal is an InputError that names the input and says what to do.
import { InputError } from '../../extract/types.ts';
import type { SourceArticle, Span } from '../../extract/types.ts';

/** At most 1 MiB (1,048,576 bytes) of UTF-8 text per article; larger articles are refused. */
export const MAX_ARTICLE_BYTES = 1024 * 1024;

/** What a reader knows about its input: the article name and the label errors use. */
export interface ReadContext {
  /** Article name (file name without extension); feed items and JSON arrays add `-N`. */
  name: string;
  /** Names the input in errors: the path when there is one, else the name. */
  label: string;
}

/** Share of control or replacement characters above which text is taken for binary. */
const MAX_GARBAGE_SHARE = 0.1;

/**
 * Decodes input to a string. Buffers must be UTF-8 without NUL bytes; a UTF-8 byte order
 * mark is dropped (offsets are then into the text without it), nothing else is changed.
 */
export function decodeInput(content: Buffer | string, label: string): string {
  if (typeof content === 'string') return content.startsWith('\uFEFF') ? content.slice(1) : content;
  if (content.includes(0)) {
    throw new InputError(label, 'looks like a binary file (it contains NUL bytes): give a UTF-8 text file');
  }
  try {
    // fatal: refuse invalid UTF-8 rather than storing U+FFFD; the BOM is stripped by default.
    return new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    throw new InputError(
      label,
      'not valid UTF-8 text: convert it to UTF-8 (e.g. iconv -f latin1 -t utf-8) and try again',
    );
  }
}

/** Refuses an article whose text is too big, binary, empty or not English. */
export function checkArticle(article: SourceArticle, label: string): SourceArticle {
  const bytes = Buffer.byteLength(article.text, 'utf8');
  if (bytes > MAX_ARTICLE_BYTES) {
    throw new InputError(
      label,
      `article text is ${bytes.toLocaleString('en')} bytes, over the limit of 1 MiB per article (MAX_ARTICLE_BYTES): split or shorten it`,
    );
  }
  const garbage = garbageShare(article.text);
  if (article.text.includes('\u0000') || garbage > MAX_GARBAGE_SHARE) {
    throw new InputError(
      label,
      `looks like binary data, not text (${percent(garbage)} control or replacement characters): give a UTF-8 text file`,
    );
  }
  const report = unmasked(article.text, article.masked);
  if (report.trim() === '') {
    throw new InputError(label, 'Article text is empty: nothing was stored');
  }
  const notEnglish = notEnglishReason(report);
  if (notEnglish) {
    throw new InputError(label, `does not look like English (${notEnglish}): Newsgraph extracts English only`);
  }
  return article;
}

/** The text outside the masked spans (spans are sorted and do not overlap). */
export function unmasked(text: string, masked: Span[]): string {
  let out = '';
  let at = 0;
  for (const span of masked) {
    out += text.slice(at, span.start) + ' ';
    at = span.end;
  }
  return out + text.slice(at);
}

// C0 controls except tab, line feed, form feed and carriage return; DEL; C1 controls; U+FFFD.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const GARBAGE = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uFFFD]/g;

function garbageShare(text: string): number {
  if (text.length === 0) return 0;
  return (text.match(GARBAGE)?.length ?? 0) / text.length;
}

// ---- Language -------------------------------------------------------------------------

/**
 * 100 frequent English function words (articles, pronouns, prepositions, conjunctions,
 * auxiliaries), leaving out the few that are also common words in other Latin-script
 * languages ("is", "was", "also", "will", "so", "an", "we", "over", "had", "me", "no",
 * "do", "i"). Measured with scratch scripts on hand-written paragraphs and the 84 PolNeAR
 * dev texts: whole US news articles 26–48% of word tokens, single English paragraphs of 20+
 * words at least 14%; French, German, Spanish, Italian, Dutch, Portuguese, Danish and
 * Polish news paragraphs 0–7% (Italian and Portuguese up to 10%: "a", "in" and "as" are
 * theirs too; the test of words in lower case below does not let them through).
 */
const ENGLISH_FUNCTION_WORDS = new Set([
  'the', 'of', 'and', 'to', 'a', 'in', 'that', 'for', 'it', 'on',
  'with', 'he', 'as', 'be', 'by', 'at', 'his', 'from', 'this', 'have',
  'are', 'not', 'but', 'they', 'which', 'or', 'were', 'she', 'her', 'been',
  'has', 'their', 'would', 'there', 'its', 'who', 'all', 'if', 'can', 'more',
  'about', 'them', 'when', 'what', 'up', 'out', 'into', 'than', 'other', 'some',
  'could', 'only', 'after', 'him', 'these', 'our', 'you', 'my', 'your', 'those',
  'such', 'did', 'should', 'may', 'because', 'any', 'before', 'being', 'between', 'under',
  'while', 'where', 'how', 'both', 'through', 'during', 'against', 'then', 'very', 'just',
  'each', 'does', 'until', 'must', 'might', 'us', 'why', 'within', 'whether', 'though',
  'upon', 'itself', 'however', 'another', 'many', 'much', 'most', 'never', 'again', 'around',
]); // prettier-ignore

/**
 * Function words of the Latin-script languages most often sent by mistake (French, German,
 * Spanish, Italian, Dutch, Portuguese), leaving out those that are also English words or
 * common in English names and loanwords ("a", "in", "an", "so", "was", "die", "de", "la",
 * "van", "von", "del", "da", "do", "con", "per", "on", "or", "met", "non", "al", "dem", "pour").
 * Used where a text is too short for the share test.
 */
const FOREIGN_FUNCTION_WORDS = new Set([
  // French
  'le', 'les', 'des', 'du', 'et', 'est', 'une', 'dans', 'que', 'qui', 'sur', 'pas', 'au', 'aux', 'avec', 'ce', 'cette', 'sont', 'il', 'elle', 'ont', 'été', 'mais', 'ou', 'où', 'nous', 'vous', 'leur', 'selon',
  // German
  'der', 'das', 'und', 'ist', 'nicht', 'ein', 'eine', 'einen', 'zu', 'den', 'mit', 'auf', 'für', 'sich', 'hat', 'wird', 'sind', 'auch', 'bei', 'nach', 'wie', 'über', 'oder', 'aber', 'noch', 'im', 'vom', 'zum', 'zur', 'ich', 'wir', 'sie', 'es', 'haben', 'wurde', 'heute',
  // Spanish, Portuguese
  'el', 'los', 'las', 'y', 'en', 'por', 'para', 'una', 'es', 'se', 'su', 'sus', 'fue', 'pero', 'como', 'más', 'este', 'esta', 'os', 'em', 'não', 'uma', 'com', 'ao', 'foi', 'são', 'mais', 'seu', 'sua',
  // Italian, Dutch
  'di', 'che', 'è', 'della', 'delle', 'degli', 'gli', 'sono', 'nel', 'nella', 'alla', 'anche', 'het', 'een', 'niet', 'voor', 'zijn', 'heeft', 'maar', 'ook', 'bij', 'naar', 'dat', 'wordt', 'werd',
]); // prettier-ignore

/** Below this share of English function words (texts of 20+ words) a text is refused. */
export const MIN_FUNCTION_WORD_SHARE = 0.1;
/** Below this share of Latin-script letters among all letters a text is refused. */
export const MIN_LATIN_LETTER_SHARE = 0.7;
/**
 * Where the share of all words is below the bar, a text still passes when at least this many of
 * its words are in lower case and at least this share of those are English function words:
 * English news 35% and more (PolNeAR dev), news paragraphs in the other languages at most 11%
 * (Italian and Portuguese, by "a", "in" and "as").
 */
const MIN_LOWER_WORDS = 8;
const MIN_LOWER_FUNCTION_WORD_SHARE = 0.25;
/** Texts with fewer words are too short for the share test; they get the comparison below. */
const MIN_WORDS_FOR_WORD_CHECK = 20;
/** A short text is refused when at least this many different foreign function words outnumber its English ones. */
const MIN_FOREIGN_WORDS_SHORT = 2;

/**
 * Why a text does not look like English, or undefined when it does. A cheap check with no
 * dictionary: at least 70% of letters are Latin (a text in capitals is read in lower case), and
 * from 20 words on at least 10% of them are common English function words, or else a quarter of
 * its words in lower case (a results table of names, with a few words between); below 20, it
 * is refused when at least two
 * different function words of French, German, Spanish, Italian, Dutch or Portuguese outnumber the
 * English ones ("Der Kanzler hat heute in Berlin gesprochen."). A short text with neither
 * ("Bonjour Paris") passes: there is nothing to judge it by.
 */
export function notEnglishReason(text: string): string | undefined {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return 'no letters';
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (latin / letters < MIN_LATIN_LETTER_SHARE) return `${percent(latin / letters)} Latin letters`;
  // A text in capitals is read in lower case: its words are not names.
  const capitals = text.match(/\p{Lu}/gu)?.length ?? 0;
  const read = capitals > letters / 2 ? text.toLowerCase() : text;
  const written = read.match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? [];
  const words = written.map((w) => w.toLowerCase());
  if (words.length < MIN_WORDS_FOR_WORD_CHECK) {
    const english = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length;
    const foreign = foreignFunctionWords(read).size;
    if (foreign >= MIN_FOREIGN_WORDS_SHORT && foreign > english)
      return `${foreign} different French, German, Spanish, Italian, Dutch or Portuguese function words in ${words.length} words`;
    return undefined;
  }
  const share = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length / words.length;
  if (share >= MIN_FUNCTION_WORD_SHARE) return undefined;
  // A results table or a list of players is nearly all names, which say nothing of the
  // language: there, the words in lower case decide.
  const lower = written.filter((w) => w === w.toLowerCase());
  const lowerShare = lower.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length / Math.max(1, lower.length);
  if (lower.length >= MIN_LOWER_WORDS && lowerShare >= MIN_LOWER_FUNCTION_WORD_SHARE) return undefined;
  return `${percent(share)} English function words`;
}

/**
 * The different foreign function words of a text, counted where they are written in lower
 * case or start a sentence: capitalised inside a sentence they are parts of names ("Los
 * Angeles", "Le Pen", "Der Spiegel"), and each counts once ("Le Pen, Le Maire").
 */
function foreignFunctionWords(text: string): Set<string> {
  const found = new Set<string>();
  for (const m of text.matchAll(/\p{L}+(?:['’]\p{L}+)*/gu)) {
    const lower = m[0].toLowerCase();
    if (!FOREIGN_FUNCTION_WORDS.has(lower)) continue;
    const before = text.slice(0, m.index).trimEnd();
    if (m[0] === lower || before === '' || /[.!?:"“«]$/.test(before)) found.add(lower);
  }
  return found;
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

// ---- Dates ----------------------------------------------------------------------------

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;
const RFC_822 =
  /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{2}|\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([A-Za-z]{1,5}|[+-]\d{4}))?)?$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ZONES: Record<string, string> = {
  z: 'Z', ut: 'Z', utc: 'Z', gmt: 'Z',
  est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00',
  mst: '-07:00', mdt: '-06:00', pst: '-08:00', pdt: '-07:00',
  cet: '+01:00', cest: '+02:00', eet: '+02:00', eest: '+03:00', bst: '+01:00',
}; // prettier-ignore

/** True for a real calendar date (no 30 February, no month 13). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Normalises a date to `YYYY-MM-DD` or an ISO 8601 date-time, keeping the publisher's UTC
 * offset (so the local publication day survives). Accepts YYYY-MM-DD, ISO 8601 date-times
 * and, unless `dateOnly`, RFC 822 dates as RSS uses them ("Tue, 10 Jun 2025 08:30:00 +0300";
 * an unknown zone name is dropped, keeping the local time). Throws InputError otherwise.
 */
export function normaliseDate(raw: string, label: string, dateOnly = false): string {
  const value = raw.trim();
  const invalid = () =>
    new InputError(
      label,
      dateOnly
        ? `invalid date '${value}'; expected YYYY-MM-DD`
        : `invalid date '${value}'; expected YYYY-MM-DD (or an ISO 8601 or RFC 822 date-time)`,
    );
  const date = ISO_DATE.exec(value);
  if (date) {
    if (!isCalendarDate(+date[1], +date[2], +date[3])) throw invalid();
    return value;
  }
  if (dateOnly) throw invalid();
  const iso = ISO_DATE_TIME.exec(value);
  if (iso) {
    const [, y, mo, d, h, mi, s = '00', frac = '', zone = ''] = iso;
    if (!isCalendarDate(+y, +mo, +d) || !isClock(+h, +mi, +s) || !isOffset(zone)) throw invalid();
    return `${y}-${mo}-${d}T${h}:${mi}:${s}${frac}${formatOffset(zone)}`;
  }
  const rfc = RFC_822.exec(value);
  if (rfc) {
    const [, d, monthName, y, h, mi, s = '00', zone = ''] = rfc;
    const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase()) + 1;
    const year = y.length === 2 ? (+y < 50 ? 2000 : 1900) + +y : +y;
    if (month === 0 || !isCalendarDate(year, month, +d)) throw invalid();
    const day = `${year}-${pad(month)}-${pad(+d)}`;
    if (h === undefined) return day;
    if (!isClock(+h, +mi, +s)) throw invalid();
    const offset = /^[+-]/.test(zone) ? zone : (ZONES[zone.toLowerCase()] ?? '');
    if (!isOffset(offset)) throw invalid();
    return `${day}T${pad(+h)}:${mi}:${s}${formatOffset(offset)}`;
  }
  throw invalid();
}

function isClock(h: number, m: number, s: number): boolean {
  return h <= 23 && m <= 59 && s <= 60;
}

function isOffset(zone: string): boolean {
  const m = /^[+-](\d{2}):?(\d{2})$/.exec(zone);
  return !m || (+m[1] <= 14 && +m[2] <= 59);
}

function formatOffset(zone: string): string {
  if (zone.toUpperCase() === 'Z') return 'Z';
  return zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A metadata value as a trimmed, non-empty string (numbers too), else undefined. */
export function optionalString(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.replace(/\s+/g, ' ').trim();
  return trimmed === '' ? undefined : trimmed;
}
