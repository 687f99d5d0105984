// The learned attribution model (extractor 0.5.0): its candidates and features on real CoreNLP
// output, how a candidate stands to a statement the rules found, the model file it ships, and
// the statements it adds where no rule reads the sentence.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CoreDocument } from '../../../src/extract/corenlp/types.ts';
import {
  attributionCandidates,
  attributionFeatures,
  attributionModel,
  attributionProbability,
  relation,
} from '../../../src/extract/lexicon/attribution-model.ts';
import { SentenceView } from '../../../src/extract/syntax.ts';
import { readFixture, ROOT, statementRows } from './recorded.ts';

const doc = JSON.parse(
  fs.readFileSync(path.join(ROOT, 'test/fixtures/corenlp/learned-stances.json'), 'utf8'),
) as CoreDocument;
const sentences = doc.sentences.map((s, i) => new SentenceView(s, i));

/** The sentence holding the first token spelled `word`, and that token's index. */
function find(word: string): [SentenceView, number] {
  for (const s of sentences) {
    const i = s.tokens.findIndex((t) => t.word === word);
    if (i >= 0) return [s, i + 1];
  }
  throw new Error(`no token "${word}" in the fixture`);
}

/** The candidates whose cue is the first token spelled `word`, as [cue, content] text. */
function candidatesOf(word: string): string[][] {
  const [s, v] = find(word);
  return attributionCandidates(s)
    .filter((x) => x.cue === v)
    .map((x) => [s.word(x.cue), s.text(x.a, x.b)]);
}

describe('attribution candidates', () => {
  it('pairs an adjective or a noun with what it is about, less the preposition', () => {
    expect(candidatesOf('passionate')).toEqual([['passionate', 'the reality of rural life in America']]);
    expect(candidatesOf('wish')).toEqual([['wish', 'that the candidates would reckon with the national debt']]);
  });

  it('leaves a verb object, a verdict and an event noun without a clause to the rules', () => {
    // "Police fired tear gas at the crowd": an act (an event of its own), not a stance.
    expect(candidatesOf('fired')).toEqual([]);
    // "found him guilty of fraud": a ruling.
    expect(candidatesOf('found')).toEqual([]);
    expect(candidatesOf('guilty')).toEqual([]);
    // "Microsoft's acquisition of Activision": an event noun reports only through a clause.
    expect(candidatesOf('acquisition')).toEqual([]);
  });

  it('describes a candidate by its word, its frame, its holder and whether it lies inside a statement', () => {
    const [s, v] = find('confident');
    const x = attributionCandidates(s).find((c) => c.cue === v)!;
    const f = attributionFeatures(s, x, false);
    expect(f).toContain('l=confident');
    expect(f).toContain('f=ccomp/that');
    expect(f).toContain('holder=pron');
    expect(f).toContain('nested=false');
    expect(attributionFeatures(s, x, true)).toContain('nested=true');
  });
});

describe('relation to a statement already found', () => {
  const found = { cue: { start: 10, end: 14 }, content: { start: 15, end: 100 } };
  it('clashes on the same cue, or on a content that overlaps without lying inside', () => {
    expect(relation(found, { start: 10, end: 14 }, { start: 200, end: 220 })).toBe('clash');
    expect(relation(found, { start: 0, end: 5 }, { start: 90, end: 120 })).toBe('clash');
    // Inside, but as long as half of it: the same content read twice.
    expect(relation(found, { start: 20, end: 25 }, { start: 26, end: 90 })).toBe('clash');
  });

  it('is nested where cue and content lie inside what the statement reports, and apart otherwise', () => {
    expect(relation(found, { start: 20, end: 25 }, { start: 26, end: 50 })).toBe('nested');
    expect(relation(found, { start: 150, end: 155 }, { start: 160, end: 180 })).toBe('apart');
    expect(relation({ cue: null, content: found.content }, { start: 150, end: 155 }, { start: 160, end: 180 })).toBe(
      'apart',
    );
  });
});

describe('attribution model', () => {
  it('ships a model trained on PolNeAR train whose threshold lets in a stance and keeps out a relative clause', () => {
    const model = attributionModel();
    expect(model).not.toBeNull();
    expect(model!.trainedOn).toMatch(/^PolNeAR train/);
    expect(model!.threshold).toBeGreaterThan(0);
    expect(model!.threshold).toBeLessThan(1);
    const p = (word: string) => {
      const [s, v] = find(word);
      const x = attributionCandidates(s).find((c) => c.cue === v)!;
      return attributionProbability(model!, attributionFeatures(s, x, false));
    };
    expect(p('passionate')).toBeGreaterThanOrEqual(model!.threshold);
    // "a more limited climate bill that would have restricted emissions": a relative clause.
    expect(p('bill')).toBeLessThan(model!.threshold);
  });
});

describe('learned-stances.txt (stances no rule reads)', () => {
  it('adds the stances the model is confident of, each with its holder, and nothing without one', async () => {
    const a = await readFixture('learned-stances');
    expect(statementRows(a)).toEqual([
      // Rules: the cue lexicon.
      [
        'Ms. Clark',
        'person:clark',
        'said',
        'it was unclear whether the judges in the bankruptcy cases would rule that the mines must be cleaned up',
      ],
      [
        'Mr. Reyes',
        'person:tom-reyes',
        'said',
        "Mr. Trump's message that the elites don't need to obey the law angered many voters",
      ],
      [
        'Governor Tom Reyes',
        'person:tom-reyes',
        'said',
        'he was willing to go forward with a more limited climate bill that would have restricted emissions only from power plants',
      ],
      // The model (before 0.5.0 none of these).
      ['Senator Hale', 'person:ruth-hale', 'passionate', 'the reality of rural life in America'],
      ['Senator Hale', 'person:ruth-hale', 'critical', "the governor's budget for months"],
      ["Ms. Clark's", 'person:clark', 'wish', 'that the candidates would reckon with the national debt'],
      ['They', null, 'confident', 'that the bill would pass'],
      // Not "it was unclear whether …" inside what Ms. Clark said: "it" holds no view. Nor
      // "found him guilty", "Microsoft's acquisition of Activision", "fired tear gas". Nor "A war
      // broke out that has killed …", a relative clause the cue model took for what "broke"
      // reports (before 0.5.1).
    ]);
  });
});
