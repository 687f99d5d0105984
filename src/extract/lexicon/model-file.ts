// Loads a model file the training scripts wrote beside the code that uses it, once.
import fs from 'node:fs';

/** A loader for the JSON model at `url`: the model, or null where none has been trained. */
export function modelFile<T>(url: URL): () => T | null {
  let loaded: T | null | undefined;
  return () => (loaded ??= fs.existsSync(url) ? (JSON.parse(fs.readFileSync(url, 'utf8')) as T) : null);
}
