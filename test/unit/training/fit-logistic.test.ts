// The logistic fit the training scripts share (scripts/polnear-train.ts): plain SGD keeps the
// last weights; averaged SGD the mean of the weights after every example of the second half of
// the epochs, computed without keeping them. Checked against a fit that keeps them all.
import { describe, expect, it } from 'vitest';
import { fitLogistic, seededRandom, shuffle } from '../../../scripts/polnear-train.ts';
import { logisticProbability, type LogisticModel } from '../../../src/extract/lexicon/model-file.ts';

type Example = { features: string[]; label: 0 | 1 };
const EXAMPLES: Example[] = [
  { features: ['a', 'b'], label: 1 },
  { features: ['a'], label: 1 },
  { features: ['b', 'c'], label: 0 },
  { features: ['c'], label: 0 },
  { features: ['a', 'c'], label: 1 },
  { features: ['b'], label: 0 },
  { features: ['a', 'b', 'c'], label: 0 },
];
const FIT = { minSeen: 1, rate: 0.5, l2: 0.01, epochs: 4 };
const fresh = (): LogisticModel => ({ bias: 0, weights: {} });
const copies = () => EXAMPLES.map((e) => ({ ...e, features: [...e.features] }));

/** The same SGD, keeping a snapshot of the model after every example of the epochs from `from` on. */
function snapshots(from: number): { last: LogisticModel; kept: LogisticModel[] } {
  const m = fresh();
  const xs = copies();
  const random = seededRandom();
  const kept: LogisticModel[] = [];
  for (let epoch = 0; epoch < FIT.epochs; epoch++) {
    shuffle(xs, random);
    const step = FIT.rate / (1 + epoch);
    for (const e of xs) {
      const g = e.label - logisticProbability(m, e.features);
      m.bias += step * g;
      for (const f of e.features) {
        const w = m.weights[f] ?? 0;
        m.weights[f] = w + step * (g - FIT.l2 * w);
      }
      if (epoch >= from) kept.push({ ...m, weights: { ...m.weights } });
    }
  }
  return { last: m, kept };
}

describe('fitLogistic', () => {
  it('keeps the last weights of plain SGD', () => {
    const m = fresh();
    fitLogistic(m, copies(), FIT);
    const { last } = snapshots(FIT.epochs);
    expect(m.bias).toBeCloseTo(last.bias, 12);
    for (const f of ['a', 'b', 'c']) expect(m.weights[f]).toBeCloseTo(last.weights[f], 12);
  });

  it('averages the weights after every example of the second half of the epochs', () => {
    const m = fresh();
    fitLogistic(m, copies(), { ...FIT, average: true });
    const { last, kept } = snapshots(FIT.epochs / 2);
    expect(kept).toHaveLength((EXAMPLES.length * FIT.epochs) / 2);
    const mean = (get: (x: LogisticModel) => number) => kept.reduce((n, x) => n + get(x), 0) / kept.length;
    expect(m.bias).toBeCloseTo(
      mean((x) => x.bias),
      12,
    );
    for (const f of ['a', 'b', 'c']) {
      expect(m.weights[f]).toBeCloseTo(
        mean((x) => x.weights[f] ?? 0),
        12,
      );
      // (and that is not the last weights: the test could fail)
      expect(Math.abs(m.weights[f] - last.weights[f])).toBeGreaterThan(1e-3);
    }
  });
});

describe('fitLogistic with a key per example', () => {
  const keyed = EXAMPLES.map((e, i) => ({ ...e, key: `example ${i}` }));
  const fit = (xs: typeof keyed) => {
    const m = fresh();
    fitLogistic(
      m,
      xs.map((e) => ({ ...e, features: [...e.features] })),
      { ...FIT, average: true, keyOf: (e) => e.key },
    );
    return m;
  };

  it('visits the examples in an order their keys decide, not the order they come in', () => {
    const a = fit(keyed);
    const b = fit([...keyed].reverse());
    expect(b.bias).toBe(a.bias);
    expect(b.weights).toEqual(a.weights);
    // (without keys, the order they come in decides: the test could fail)
    const plain = (xs: typeof keyed) => {
      const m = fresh();
      fitLogistic(
        m,
        xs.map((e) => ({ ...e, features: [...e.features] })),
        { ...FIT, average: true },
      );
      return m;
    };
    expect(plain([...keyed].reverse()).weights).not.toEqual(plain(keyed).weights);
  });
});
