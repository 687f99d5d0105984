// Normalised dates from SUTime values: "2025-06-09TNI" → 2025-06-09 (day), "2024-11" (month).
import type { CoreToken } from './corenlp/types.ts';
import type { DatePrecision } from './types.ts';

export interface NormalDate {
  date: string;
  precision: DatePrecision;
  /** Named without a year ("in March", "on June 3"): SUTime chose the year. */
  yearless?: boolean;
  /** A time something is put off to or set for ("until December", "to November"). */
  goal?: boolean;
}

export function normaliseTimex(value: string | undefined): NormalDate | undefined {
  if (!value) return undefined;
  // "last week" → "2025-W24": the month of the week's Thursday (ISO weeks belong to the month
  // and year that hold their Thursday); there is no week precision.
  const week = /^(\d{4})-W(\d{2})/.exec(value);
  if (week) {
    const jan4 = Date.UTC(Number(week[1]), 0, 4);
    const monday1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000;
    const thursday = new Date(monday1 + ((Number(week[2]) - 1) * 7 + 3) * 86_400_000);
    return { date: thursday.toISOString().slice(0, 7), precision: 'month' };
  }
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (!m) return undefined;
  if (m[3]) return { date: `${m[1]}-${m[2]}-${m[3]}`, precision: 'day' };
  if (m[2]) return { date: `${m[1]}-${m[2]}`, precision: 'month' };
  if (/^\d{4}$/.test(value) || /^\d{4}-/.test(value)) return { date: m[1], precision: 'year' };
  return undefined;
}

export function tokenDate(t: CoreToken | undefined): NormalDate | undefined {
  if (!t || (t.ner !== 'DATE' && t.ner !== 'TIME')) return undefined;
  return normaliseTimex(t.timex?.value ?? t.normalizedNER);
}

/**
 * The date of the `k`th token (1-based) of a sentence's `tokens`, with whether the words of its
 * time expression write a year, and whether a preposition of a goal comes before them.
 */
export function dateIn(tokens: CoreToken[], k: number): NormalDate | undefined {
  const t = tokens[k - 1];
  const d = tokenDate(t);
  if (!d || !t) return d;
  const tid = t.timex?.tid;
  const same = (x: CoreToken | undefined) =>
    !!x && (tid ? x.timex?.tid === tid : x.ner === t.ner && x.normalizedNER === t.normalizedNER);
  let a = k - 1;
  while (a > 0 && same(tokens[a - 1])) a--;
  let b = k - 1;
  while (b < tokens.length - 1 && same(tokens[b + 1])) b++;
  const words = tokens.slice(a, b + 1).map((x) => x.word);
  const yearless = !words.some((w) => /^(\d{4}|'\d{2}|’\d{2})$/.test(w));
  // ("postponed to November", "adjourned until December"; not "arrested before November", in
  // the past.)
  const goal = /^(until|till|to|for|through)$/i.test(tokens[a - 1]?.word ?? '');
  return { ...d, yearless, goal };
}

/**
 * "has been in prison since March, when he was arrested", in a September story: SUTime may
 * put a month or day named without a year in the months ahead; what is told in the past
 * tense, or said at all, happened before the article, so such a date two months or more after
 * the article's own is the one a year before.
 */
export function notAfter(d: NormalDate, docDate: string | undefined): NormalDate {
  // (Only where SUTime chose the year, and not a time something was put off to or set for:
  // "postponed to November 2025", "adjourned until December".)
  if (!docDate || d.precision === 'year' || !d.yearless || d.goal) return d;
  const months = (x: string) => Number(x.slice(0, 4)) * 12 + Number(x.slice(5, 7));
  if (!/^\d{4}-\d{2}/.test(docDate) || months(d.date) - months(docDate) < 2) return d;
  return { ...d, date: `${Number(d.date.slice(0, 4)) - 1}${d.date.slice(4)}` };
}
