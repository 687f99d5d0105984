import { describe, expect, it } from 'vitest';
import type { CoreQuote } from '../../../src/extract/corenlp/types.ts';
import { archiveQuotes, withOpeningMarks } from '../../../src/extract/quotes.ts';

/** One sentence per line is enough for the sentence numbers. */
const lines = (text: string) => {
  let start = 0;
  return text.split('\n').map((l) => {
    const s = { start, end: start + l.length };
    start += l.length + 1;
    return s;
  });
};
const texts = (text: string, found: CoreQuote[] = []) => archiveQuotes(text, lines(text), found).map((q) => q.text);

describe("archiveQuotes (''…'' quotations)", () => {
  it('pairs the marks of each paragraph, a quotation of several sentences as one', () => {
    const text = "''We cannot wait. The bills come due,'' she said. ''Every family knows that.''";
    expect(texts(text)).toEqual(["''We cannot wait. The bills come due,''", "''Every family knows that.''"]);
  });

  it('ends a quotation left open at the end of its paragraph there, and opens the next paragraph again', () => {
    const text = "He said: ''First paragraph of it.\n''Second, and last.'' Then he left.";
    const quotes = archiveQuotes(text, lines(text), []);
    expect(quotes.map((q) => [q.text, q.beginSentence, q.endSentence])).toEqual([
      ["''First paragraph of it.", 0, 0],
      ["''Second, and last.''", 1, 1],
    ]);
  });

  it("takes ``…'' pairs too, and no closing mark that follows a space as an opening one", () => {
    expect(texts("``Not now,'' he said, and '' was all.")).toEqual(["``Not now,''"]);
  });

  it("reads three apostrophes as a quotation's mark beside a nested one", () => {
    const text = "''He said, 'bomb them,''' the senator recalled. '''Sir,' he began, was his reply.''";
    expect(texts(text)).toEqual(["''He said, 'bomb them,'''", "'''Sir,' he began, was his reply.''"]);
    expect(withOpeningMarks(text)).toBe(
      "``He said, 'bomb them,''' the senator recalled. ``'Sir,' he began, was his reply.''",
    );
  });

  it('leaves out what the quote annotator found, and marks around no word', () => {
    const text = "''Already found here,'' she said. It was ''ok''. A ''--'' line.";
    const found = [{ beginIndex: 0, endIndex: 22 } as CoreQuote];
    expect(texts(text, found)).toEqual(["''ok''"]);
  });
});

describe("withOpeningMarks (what CoreNLP reads for ''…'')", () => {
  it('writes each opening mark as ``, leaves closing and stray marks, and keeps the length', () => {
    const text = "''We cannot wait,'' she said. '' A stray mark.\n''Next paragraph, still open";
    const out = withOpeningMarks(text);
    expect(out).toBe("``We cannot wait,'' she said. '' A stray mark.\n``Next paragraph, still open");
    expect(out.length).toBe(text.length);
  });
});
