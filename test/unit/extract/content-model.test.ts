// The learned content-end model: what it may and may not do to a reported clause, on real
// CoreNLP output recorded from the server, and what it changes in whole articles.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CoreDocument } from '../../../src/extract/corenlp/types.ts';
import { contentEnd, contentModel, endCandidates } from '../../../src/extract/lexicon/content-model.ts';
import { isCueVerb, verbCues } from '../../../src/extract/stages/statements.ts';
import { SentenceView } from '../../../src/extract/syntax.ts';
import { extractRecorded, ROOT } from './recorded.ts';

const sentences = (fixture: string) =>
  (
    JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/corenlp', `${fixture}.json`), 'utf8')) as CoreDocument
  ).sentences.map((s, i) => new SentenceView(s, i));

/** The sentence holding `words` and the token index of `word` in it. */
function at(fixture: string, words: string, word: string): [SentenceView, number] {
  const s = sentences(fixture).find((x) => x.text(1, x.tokens.length).includes(words));
  if (!s) throw new Error(`no sentence with "${words}" in ${fixture}`);
  const i = s.tokens.findIndex((t) => t.word === word);
  if (i < 0) throw new Error(`no token "${word}" in that sentence`);
  return [s, i + 1];
}

const seed = path.join(ROOT, 'seeds/2025-06-10-gaza-ceasefire-talks.txt');
const fixture = (name: string) => path.join(ROOT, 'test/fixtures/extraction', name);

describe('content model', () => {
  it('ships a model trained on PolNeAR train that beat the rule on held-out train articles', () => {
    const model = contentModel();
    expect(model).not.toBeNull();
    const m = /held-out drafts matching gold content: (\d+) with the model .* (\d+) with the rule alone/.exec(
      model!.trainedOn,
    );
    expect(m).not.toBeNull();
    expect(Number(m![1])).toBeGreaterThan(Number(m![2]));
  });

  it('never ends a list of nouns half-way, nor leaves out a participial cue the rule kept', () => {
    const [s, v] = at('2025-06-10-gaza-ceasefire-talks', 'offered to release', 'offered');
    const a = v + 1;
    const r = s.tokens.length - 1; // "… the release of Palestinian prisoners"
    const ends = endCandidates(s, v, a, r, isCueVerb(s)).map((j) => s.word(j));
    expect(ends).not.toContain('war'); // ", a full withdrawal …, and the release …" follows
    expect(ends).not.toContain('Gaza'); // ", and the release …" follows
    expect(ends).toContain('captives'); // "in exchange for …" may go
    const [s2, v2] = at('2025-06-10-gaza-ceasefire-talks', 'rejected those terms', 'rejected');
    const ends2 = endCandidates(s2, v2, v2 + 1, s2.tokens.length - 1, isCueVerb(s2)).map((j) => s2.word(j));
    expect(ends2).not.toContain('terms'); // ", insisting on the disarmament …"
  });

  it('never runs a content into a cue coordinated with its own, nor into when or where it was said', () => {
    const [s, v] = at('stances', 'defended the reform', 'defended');
    const a = v + 1; // "the reform"
    const ends = endCandidates(s, v, a, a + 1, isCueVerb(s)).map((j) => s.word(j));
    expect(ends).toEqual(['the', 'reform']); // not "at a rally in Hamburg and touted …"
    const model = contentModel()!;
    expect(s.word(contentEnd(model, s, v, a, a + 1, isCueVerb(s)))).toBe('reform');
  });

  it('is what the statements stage uses: the rule alone (no model) ends some contents elsewhere', () => {
    const [s] = at('court-rulings', 'overwhelming and consistent', 'wrote');
    const draft = (m: ReturnType<typeof contentModel>) =>
      verbCues(s, m).find((d) => d.cue && s.text(1, s.tokens.length).includes('wrote'))!;
    const text = (d: { content: { start: number; end: number } }) =>
      s.text(s.tokenAt(d.content.start)!, s.tokenAt(d.content.end - 1)!);
    expect(text(draft(null))).toBe('that the evidence was "overwhelming and consistent');
    expect(text(draft(contentModel()))).toBe('that the evidence was "overwhelming and consistent."');
  });

  it('changes whole articles where PolNeAR train says the rule ends a content wrongly', async () => {
    const a = await extractRecorded(seed);
    const accused = a.statements.find((x) => a.source.text.slice(x.cue!.start, x.cue!.end) === 'accused')!;
    // The rule stopped at the first verb of a coordination it read as another predicate.
    expect(a.source.text.slice(accused.content.start, accused.content.end)).toBe(
      'Netanyahu of prolonging the war to appease his far-right coalition partners and maintain power',
    );
    const q = await extractRecorded(fixture('quotes-and-speakers.txt'));
    const weiss = q.statements
      .filter((x) => x.speaker?.entityId === 'person:hannah-weiss')
      .map((x) => [q.source.text.slice(x.cue!.start, x.cue!.end), q.source.text.slice(x.content.start, x.content.end)]);
    // Two stances, as PolNeAR marks them, not one content running over the second cue.
    expect(weiss).toEqual(
      expect.arrayContaining([
        ['questioning', 'the figures'],
        ['encouraging', 'farmers to check their own accounts'],
      ]),
    );
  });
});
