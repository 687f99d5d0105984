// The learned cue model: its features on real CoreNLP output, and the model file it ships.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CoreDocument } from '../../../src/extract/corenlp/types.ts';
import { cueFeatures, cueModel, cueProbability } from '../../../src/extract/lexicon/cue-model.ts';
import { SentenceView } from '../../../src/extract/syntax.ts';
import { ROOT } from './recorded.ts';

const doc = JSON.parse(
  fs.readFileSync(path.join(ROOT, 'test/fixtures/corenlp/rare-cues.json'), 'utf8'),
) as CoreDocument;
const sentences = doc.sentences.map((s, i) => new SentenceView(s, i));

/** The sentence and token index of the first token spelled `word`. */
function find(word: string): [SentenceView, number] {
  for (const s of sentences) {
    const i = s.tokens.findIndex((t) => t.word === word);
    if (i >= 0) return [s, i + 1];
  }
  throw new Error(`no token "${word}" in the fixture`);
}

describe('cue model', () => {
  it('describes a verb by its lemma, its frame and its subject', () => {
    const [s, v] = find('encouraged');
    const f = cueFeatures(s, v);
    expect(f).toContain('lemma=encourage');
    expect(f).toContain('frame=xcomp');
    expect(f).toContain('subj=PERSON');
    expect(f).toContain('lemma=encourage|frame=xcomp');
    const [s2, v2] = find('contended');
    expect(cueFeatures(s2, v2)).toContain('frame=that');
  });

  it('ships a model trained on PolNeAR train whose threshold separates a reporting verb from a non-reporting one', () => {
    const model = cueModel();
    expect(model).not.toBeNull();
    expect(model!.trainedOn).toMatch(/^PolNeAR train/);
    expect(model!.threshold).toBeGreaterThan(0);
    expect(model!.threshold).toBeLessThan(1);
    const [s, v] = find('encouraged');
    expect(cueProbability(model!, cueFeatures(s, v))).toBeGreaterThanOrEqual(model!.threshold);
    const [s2, v2] = find('join');
    expect(cueProbability(model!, cueFeatures(s2, v2))).toBeLessThan(model!.threshold);
  });
});
