// Quotations in the archive style: two apostrophes opening and closing (''We finally may be
// seeing some wage acceleration,'' said …), as the New York Times archive and other wire copy
// set them. CoreNLP reads every '' as a closing mark: its splitter hangs the opening one on the
// sentence before, and its quote annotator finds no quotation, so a cue's content stopped where
// the parser's clause did, half-way through the quotation, and no speaker was named.
// `withOpeningMarks` rewrites the opening marks before CoreNLP reads the text; `archiveQuotes`
// pairs the marks the annotator still left unpaired (and those of answers recorded before).
import type { CoreQuote } from './corenlp/types.ts';

interface SentenceBounds {
  start: number;
  end: number;
}

/** A mark: two apostrophes or backticks; three where a quotation opens or closes a nested one ("'''Sir, …", "…,'''"). */
const MARK = /'''|''|``/g;
/** An opening mark stands after a space, a bracket or a dash, or opens the line; a word follows. */
const opens = (text: string, at: number, len: number) =>
  (at === 0 || /[\s([{—–-]/.test(text[at - 1])) && /[^\s'`]/.test(text[at + len] ?? '');
/** A closing mark follows a word or a punctuation mark. */
const closes = (text: string, at: number) => at > 0 && /\S/.test(text[at - 1]);

/** The archive-style quotations of `text`: where each opens, and where it closes (after the mark). */
function archivePairs(text: string): { open: number; close: number; closed: boolean }[] {
  const out: { open: number; close: number; closed: boolean }[] = [];
  let paragraphStart = 0;
  for (const paragraph of text.split('\n')) {
    let open: number | undefined;
    for (const m of paragraph.matchAll(MARK)) {
      const at = paragraphStart + m.index;
      if (open === undefined) {
        // (Of three, the first two open: "'''Sir, …" is '' and a nested ' .)
        if (opens(text, at, m[0].length)) open = at;
      } else if (m[0] !== '``' && closes(text, at)) {
        // (Of three, the last two close: ",'''" is a nested ' and '' .)
        out.push({ open, close: at + m[0].length, closed: true });
        open = undefined;
      }
    }
    if (open !== undefined) out.push({ open, close: paragraphStart + paragraph.length, closed: false });
    paragraphStart += paragraph.length + 1;
  }
  return out;
}

/**
 * `text` with each archive-style opening '' written as `` (the same two characters' room, so
 * every offset holds): CoreNLP's tokenizer reads '' as a closing mark, hangs it on the sentence
 * before, and its quote annotator then finds no quotation and names no speaker; `` it reads
 * as the opening mark it is.
 */
export function withOpeningMarks(text: string): string {
  const pairs = archivePairs(text).filter((p) => text.startsWith("''", p.open));
  if (!pairs.length) return text;
  let out = '';
  let at = 0;
  for (const p of pairs) {
    out += `${text.slice(at, p.open)}\`\``;
    at = p.open + 2;
  }
  return out + text.slice(at);
}

/**
 * The ''…'' and ``…'' quotations of `text` that overlap none of `found` (the annotator's own).
 * A quotation left open at the end of its paragraph ends there: news copy opens each paragraph
 * of a long quotation again and closes only the last.
 */
export function archiveQuotes(text: string, sentences: SentenceBounds[], found: CoreQuote[]): CoreQuote[] {
  const out: CoreQuote[] = [];
  const sentenceAt = (offset: number) => {
    const i = sentences.findIndex((s) => offset < s.end);
    return i < 0 ? sentences.length - 1 : i;
  };
  for (const p of archivePairs(text)) {
    const begin = p.open;
    let end = p.close;
    while (end > begin && /\s/.test(text[end - 1])) end--;
    if (!/[\p{L}\p{N}]/u.test(text.slice(begin, end))) continue;
    if (found.some((q) => q.beginIndex < end && begin < q.endIndex)) continue;
    out.push({
      id: -1 - out.length,
      text: text.slice(begin, end),
      beginIndex: begin,
      endIndex: end,
      beginToken: -1,
      endToken: -1,
      // The splitter hangs an opening '' on the sentence before it (it reads a closing mark).
      beginSentence: sentenceAt(begin + 2),
      endSentence: sentenceAt(end - 1),
    });
  }
  return out;
}
