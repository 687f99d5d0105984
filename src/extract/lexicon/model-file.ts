// Loads a model file the training scripts wrote beside the code that uses it, once; and scores
// the binary logistic-regression models among them.
import fs from 'node:fs';

/** A loader for the JSON model at `url`: the model, or null where none has been trained. */
export function modelFile<T>(url: URL): () => T | null {
  let loaded: T | null | undefined;
  return () => (loaded ??= fs.existsSync(url) ? (JSON.parse(fs.readFileSync(url, 'utf8')) as T) : null);
}

/** A binary logistic-regression model as the model files keep it (the cue and attribution models). */
export interface LogisticModel {
  bias: number;
  weights: Record<string, number>;
}

/** The model's probability for an example with these features. */
export function logisticProbability(model: LogisticModel, features: string[]): number {
  let z = model.bias;
  for (const f of features) z += model.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}
