// Quotations in the archive style CoreNLP's quote annotator does not read: two apostrophes
// opening and closing (''We finally may be seeing some wage acceleration,'' said …), as the
// New York Times archive and other wire copy set them. The annotator finds none of these, so
// a cue's content stopped where the parser's clause did, half-way through the quotation.
// These are paired here, paragraph by paragraph, in the shape the annotator gives its own.
import type { CoreQuote } from './corenlp/types.ts';

interface SentenceBounds {
  start: number;
  end: number;
}

const MARK = /''|``/g;
/** An opening mark stands after a space, a bracket or a dash, or opens the line; a word follows. */
const opens = (text: string, at: number, len: number) =>
  (at === 0 || /[\s([{—–-]/.test(text[at - 1])) && /[^\s'`]/.test(text[at + len] ?? '');
/** A closing mark follows a word or a punctuation mark. */
const closes = (text: string, at: number) => at > 0 && /\S/.test(text[at - 1]);

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
  const add = (begin: number, end: number) => {
    while (end > begin && /\s/.test(text[end - 1])) end--;
    if (!/[\p{L}\p{N}]/u.test(text.slice(begin, end))) return;
    if (found.some((q) => q.beginIndex < end && begin < q.endIndex)) return;
    // The splitter hangs an opening '' on the sentence before it (it reads a closing mark).
    const beginSentence = sentenceAt(begin + 2);
    const endSentence = sentenceAt(end - 1);
    out.push({
      id: -1 - out.length,
      text: text.slice(begin, end),
      beginIndex: begin,
      endIndex: end,
      beginToken: -1,
      endToken: -1,
      beginSentence,
      endSentence,
    });
  };
  let paragraphStart = 0;
  for (const paragraph of text.split('\n')) {
    let open: number | undefined;
    for (const m of paragraph.matchAll(MARK)) {
      const at = paragraphStart + m.index;
      if (open === undefined) {
        if (opens(text, at, 2)) open = at;
      } else if (m[0] === "''" && closes(text, at)) {
        add(open, at + 2);
        open = undefined;
      }
    }
    if (open !== undefined) add(open, paragraphStart + paragraph.length);
    paragraphStart += paragraph.length + 1;
  }
  return out;
}
