// Normalised dates from SUTime values: "2025-06-09TNI" → 2025-06-09 (day), "2024-11" (month).
import type { CoreToken } from './corenlp/types.ts';
import type { DatePrecision } from './types.ts';

export interface NormalDate {
  date: string;
  precision: DatePrecision;
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
