// Plain text, as in seeds/: an optional ` date YYYY-MM-DD ` lead on the first line, the
// report, and `READ: headline` lines that link related stories. The text is kept exactly
// as read; the lead and the READ lines are masked so extraction skips them.
import type { SourceArticle, Span } from '../../extract/types.ts';
import { checkArticle, normaliseDate } from './validate.ts';
import type { ReadContext } from './validate.ts';

// `date` (lower case) then something starting with a digit: that must be a YYYY-MM-DD date.
// The mask covers leading blanks, `date`, the date and the blanks after it (not a newline).
const DATE_LEAD = /^[ \t]*date[ \t]+(\d\S*)(?:[ \t]+|(?=\r?\n)|$)/;
const READ_LINE = /^[ \t]*READ:([^\r\n]*)/gm;
/** A first line longer than this is taken for the report's lead, not a headline. */
const MAX_TITLE_CHARS = 150;

export function readText(text: string, ctx: ReadContext): SourceArticle {
  const masked: Span[] = [];
  let publishedAt: string | undefined;
  let bodyStart = 0;
  const lead = DATE_LEAD.exec(text);
  if (lead) {
    publishedAt = normaliseDate(lead[1], ctx.label, true);
    masked.push({ start: 0, end: lead[0].length });
    bodyStart = lead[0].length;
  }
  const related: string[] = [];
  for (const m of text.matchAll(READ_LINE)) {
    masked.push({ start: m.index, end: m.index + m[0].length });
    const headline = m[1].trim();
    if (headline) related.push(headline);
  }
  const title = lead && !/^\r?\n/.test(text.slice(bodyStart)) ? undefined : titleAt(text, bodyStart);
  return checkArticle({ name: ctx.name, text, masked, title, publishedAt, related }, ctx.label);
}

/**
 * The headline, when the first non-blank line is short (≤ 150 characters), is followed by a
 * blank line and then more text. In the seed format the date lead shares its line with the
 * report's first paragraph, so a lead followed by text on its line never yields a title.
 * The title stays in the text (unmasked): headlines report too.
 */
function titleAt(text: string, from: number): string | undefined {
  const lines = text.slice(from).split(/\r?\n/);
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first < 0) return undefined;
  const line = lines[first].trim();
  const rest = lines.slice(first + 2).join('\n');
  if (line.length > MAX_TITLE_CHARS || line.startsWith('READ:')) return undefined;
  if (lines[first + 1]?.trim() !== '' || rest.trim() === '') return undefined;
  return line;
}
