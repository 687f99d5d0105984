// The links stage: a statement is about the events told inside what was said.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExtractedArticle } from '../../../src/extract/extract.ts';
import { eventsReported } from '../../../src/extract/stages/links.ts';
import type { EventFact, Statement } from '../../../src/extract/types.ts';
import { ROOT, extractRecorded, spanText } from './recorded.ts';

const reported = (a: ExtractedArticle, content: RegExp) => {
  const s = a.statements.find((x) => content.test(spanText(a, x.content) ?? ''));
  expect(s, String(content)).toBeDefined();
  const byId = new Map(a.events.map((e) => [e.id, e]));
  return (s?.aboutEvents ?? []).map((id) => `${byId.get(id)?.type}:${byId.get(id)?.label}`);
};

describe('statements about events (the seed article, recorded CoreNLP output)', () => {
  it('links what a statement reports to the events told in it, merged mentions included', async () => {
    const a = await extractRecorded(path.join(ROOT, 'seeds/2025-06-10-gaza-ceasefire-talks.txt'));
    expect(reported(a, /^that 56 hostages remain in Gaza/)).toEqual(['Detention:hostages']);
    expect(reported(a, /^Netanyahu held a meeting last night/)).toEqual([
      'Negotiation:negotiations',
      'Meeting:meeting',
    ]);
    // "the ceasefire talks" was merged into the article's negotiations: the statement is about them.
    expect(reported(a, /^progress in the ceasefire talks$/)).toEqual(['Negotiation:negotiations']);
    // What tells no event reports none.
    expect(reported(a, /It is too soon to give people hope/)).toEqual([]);
  });

  it('takes only triggers inside the content', () => {
    const statement = { content: { start: 10, end: 20 } } as Statement;
    const event = (id: string, start: number, end: number, told?: { start: number; end: number }[]) =>
      ({ id, trigger: { start, end }, told }) as EventFact;
    expect(
      eventsReported(statement, [
        event('inside', 12, 15),
        event('across', 18, 22),
        event('before', 2, 5),
        event('retold inside', 30, 35, [
          { start: 30, end: 35 },
          { start: 10, end: 14 },
        ]),
      ]),
    ).toEqual(['inside', 'retold inside']);
  });
});
