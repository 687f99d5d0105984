import { describe, expect, it } from 'vitest';
import { Pipeline, PipelineError, type Stage } from '../../../src/extract/pipeline.ts';
import { mentionsStage } from '../../../src/extract/stages/mentions.ts';
import { entitiesStage } from '../../../src/extract/stages/entities.ts';
import { markupTags, maskText, partyTags, textForCoreNlp } from '../../../src/extract/stages/annotate.ts';
import { dateIn, normaliseTimex, notAfter } from '../../../src/extract/dates.ts';
import { entityId, articleId } from '../../../src/extract/ids.ts';

describe('pipeline', () => {
  it('refuses a stage order whose requirements are not met, naming the stage', () => {
    expect(() => Pipeline.build([entitiesStage, mentionsStage])).toThrow(PipelineError);
    expect(() => Pipeline.build([entitiesStage])).toThrow(/Stage "entities" requires sentences, mentions, annotation/);
  });

  it('accepts a valid order', () => {
    const annotate: Stage = { name: 'annotate', requires: [], adds: ['annotation', 'sentences'], run: (d) => d };
    expect(Pipeline.build([annotate, mentionsStage, entitiesStage]).stages.map((s) => s.name)).toEqual([
      'annotate',
      'mentions',
      'entities',
    ]);
  });
});

describe('masking', () => {
  it('blanks masked regions with spaces of the same length, keeping line breaks', () => {
    const text = ' date 2025-06-10 Hello.\nREAD: other\nBye.';
    const masked = maskText(text, [
      { start: 0, end: 17 },
      { start: 24, end: 35 },
    ]);
    expect(masked).toHaveLength(text.length);
    expect(masked).toBe(`${' '.repeat(17)}Hello.\n${' '.repeat(11)}\nBye.`);
  });
});

describe('party tags', () => {
  it('blanks US party-affiliation tags, with the comma that opens one, and nothing else', () => {
    const text =
      'Sen. Lindsey Graham (R-S.C.) told, and Rep. Kim Lee, D-N.Y., said (D-Newport News) (Reuters) (R) R-Utah';
    const tags = partyTags(text).map((s) => text.slice(s.start, s.end));
    expect(tags).toEqual(['(R-S.C.)', ', D-N.Y.', '(D-Newport News)']);
    const blanked = textForCoreNlp({ text, masked: [{ start: 0, end: 4 }] });
    expect(blanked).toHaveLength(text.length);
    expect(blanked).toBe(
      '     Lindsey Graham          told, and Rep. Kim Lee        , said                  (Reuters) (R) R-Utah',
    );
  });
});

describe('"on X." before another sentence', () => {
  it('writes the full stop after the platform\'s name "!" for CoreNLP, one character for one', () => {
    const text =
      'Harris wrote on X. President Trump condemned it. The prize went to X. Zhang spoke. "We grieve," he said in a video posted to X. "We pray." Malcolm X. Jones spoke. He was on X.';
    // ("went to X." stays: "the prize went to X. Zhang, a researcher" names a person; "posted to
    // X." is the platform.)
    const sent = textForCoreNlp({ text, masked: [] });
    expect(sent).toHaveLength(text.length);
    expect(sent).toBe(
      'Harris wrote on X! President Trump condemned it. The prize went to X. Zhang spoke. "We grieve," he said in a video posted to X! "We pray." Malcolm X. Jones spoke. He was on X.',
    );
  });
});

describe('markup', () => {
  it('blanks tags left in a plain-text article, attributes and all, and keeps what they hold and every offset', () => {
    const text =
      'He wrote: <tweet id="672137288055398401" date="2015-12-02">Enough is enough.</tweet>. <a href=\'x\'>link</a> 3 < 4 > 2 <br/>';
    const tags = markupTags(text).map((s) => text.slice(s.start, s.end));
    expect(tags).toEqual([
      '<tweet id="672137288055398401" date="2015-12-02">',
      '</tweet>',
      "<a href='x'>",
      '</a>',
      '<br/>',
    ]);
    const blanked = textForCoreNlp({ text, masked: [] });
    expect(blanked).toHaveLength(text.length);
    expect(blanked.replace(/ +/g, ' ')).toBe('He wrote: Enough is enough. . link 3 < 4 > 2 ');
    // Nothing that only looks like a tag.
    for (const plain of ['x<y and z>w', 'rated <PG and R>', '<John Smith>', 'a < b', '<3', '<<', '<john@x.com>'])
      expect(markupTags(plain)).toEqual([]);
  });
});

describe('dates', () => {
  it('normalises SUTime values with their precision', () => {
    expect(normaliseTimex('2025-06-09TNI')).toEqual({ date: '2025-06-09', precision: 'day' });
    expect(normaliseTimex('2024-11')).toEqual({ date: '2024-11', precision: 'month' });
    // "last week": the month of the ISO week's Thursday (2025-W01 starts on 2024-12-30).
    expect(normaliseTimex('2025-W24')).toEqual({ date: '2025-06', precision: 'month' });
    expect(normaliseTimex('2025-W01')).toEqual({ date: '2025-01', precision: 'month' });
    expect(normaliseTimex('2020-W53-WE')).toEqual({ date: '2020-12', precision: 'month' });
    expect(normaliseTimex('2023')).toEqual({ date: '2023', precision: 'year' });
    expect(normaliseTimex('PRESENT_REF')).toBeUndefined();
  });

  it('moves a month or day SUTime put two months or more after the article, named without a year, a year back', () => {
    const yearless = { yearless: true };
    expect(notAfter({ date: '2026-03', precision: 'month', ...yearless }, '2025-09-16')).toMatchObject({
      date: '2025-03',
      precision: 'month',
    });
    expect(notAfter({ date: '2026-01-05', precision: 'day', ...yearless }, '2025-10-14')).toMatchObject({
      date: '2025-01-05',
      precision: 'day',
    });
    // Next month, a year, a year written out, a time something is put off to, or no article
    // date: left as they are.
    expect(notAfter({ date: '2025-10', precision: 'month', ...yearless }, '2025-09-16').date).toBe('2025-10');
    expect(notAfter({ date: '2026', precision: 'year', ...yearless }, '2025-09-16').date).toBe('2026');
    expect(notAfter({ date: '2026-03', precision: 'month', yearless: false }, '2025-09-16').date).toBe('2026-03');
    expect(notAfter({ date: '2025-12', precision: 'month', yearless: true, goal: true }, '2025-09-16').date).toBe(
      '2025-12',
    );
    expect(notAfter({ date: '2026-03', precision: 'month', ...yearless }, undefined).date).toBe('2026-03');
  });
});

describe('dateIn', () => {
  // Tokens as CoreNLP gives them: the words of one time expression share a timex id.
  const tok = (word: string, value?: string, tid?: string) =>
    ({
      word,
      ner: value ? 'DATE' : 'O',
      normalizedNER: value,
      timex: value ? { tid, type: 'DATE', value } : undefined,
    }) as never;
  it('tells a date named without a year, and one something is put off to', () => {
    const since = [tok('since'), tok('March', '2026-03', 't1')];
    expect(dateIn(since, 2)).toMatchObject({ date: '2026-03', yearless: true, goal: false });
    const postponed = [tok('postponed'), tok('to'), tok('November', '2025-11', 't2'), tok('2025', '2025-11', 't2')];
    expect(dateIn(postponed, 3)).toMatchObject({ date: '2025-11', yearless: false, goal: true });
    expect(notAfter(dateIn(since, 2)!, '2025-09-16').date).toBe('2025-03');
    // "arrested the suspect before November", in the past: no goal.
    const before = [tok('before'), tok('November', '2025-11', 't3')];
    expect(dateIn(before, 2)).toMatchObject({ yearless: true, goal: false });
    expect(notAfter(dateIn(postponed, 3)!, '2025-09-16').date).toBe('2025-11');
  });
});

describe('ids', () => {
  it('derives entity ids from type and canonical name', () => {
    expect(entityId('Person', 'Benjamin Netanyahu')).toBe('person:benjamin-netanyahu');
    expect(entityId('Court', 'International Court of Justice')).toBe('court:international-court-of-justice');
    expect(entityId('Person', 'Benjamin Netanyahu')).not.toBe(entityId('Organisation', 'Benjamin Netanyahu'));
  });
  it('derives article ids from the url when there is one, else from the text', () => {
    expect(articleId('a', 'https://x/1')).toBe(articleId('b', 'https://x/1'));
    expect(articleId('a')).not.toBe(articleId('b'));
  });
});
