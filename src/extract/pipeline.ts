// A pipeline is a list of named stages with one contract (doc → doc). Each stage declares
// what it requires and what it adds; the order is checked when the pipeline is built.
import type { CoreDocument } from './corenlp/types.ts';
import type { SentenceView } from './syntax.ts';
import type { EventFact, LocalEntity, Mention, RoleFact, SourceArticle, Statement } from './types.ts';

export interface ArticleDoc {
  /** Article id (see ids.ts): statement and event ids derive from it. */
  id: string;
  source: SourceArticle;
  /** Article date (YYYY-MM-DD) relative dates resolve against. */
  date?: string;
  annotation?: CoreDocument;
  sentences?: SentenceView[];
  mentions?: Mention[];
  entities?: LocalEntity[];
  roles?: RoleFact[];
  statements?: Statement[];
  events?: EventFact[];
}

export type DocField = Exclude<keyof ArticleDoc, 'id' | 'source' | 'date'>;

export interface Stage {
  name: string;
  requires: DocField[];
  adds: DocField[];
  run(doc: ArticleDoc): ArticleDoc | Promise<ArticleDoc>;
}

export class PipelineError extends Error {}

export class Pipeline {
  private constructor(readonly stages: Stage[]) {}

  static build(stages: Stage[]): Pipeline {
    const have = new Set<DocField>();
    for (const stage of stages) {
      const missing = stage.requires.filter((f) => !have.has(f));
      if (missing.length) {
        throw new PipelineError(
          `Stage "${stage.name}" requires ${missing.join(', ')}, which no earlier stage adds ` +
            `(order: ${stages.map((s) => s.name).join(' → ')})`,
        );
      }
      for (const f of stage.adds) have.add(f);
    }
    return new Pipeline(stages);
  }

  async run(doc: ArticleDoc): Promise<ArticleDoc> {
    let d = doc;
    for (const stage of this.stages) d = await stage.run(d);
    return d;
  }
}

export function need<K extends DocField>(doc: ArticleDoc, field: K, stage: string): NonNullable<ArticleDoc[K]> {
  const v = doc[field];
  if (v === undefined) throw new PipelineError(`Stage "${stage}" ran without ${field}`);
  return v as NonNullable<ArticleDoc[K]>;
}
