// Text in, spans out: the extraction pipeline of ARCHITECTURE §2 (stages 2–6). Knows no
// database and no GraphQL; `newsgraph extract` and the ingest pipeline both run it.
import { CoreNlpClient } from './corenlp/client.ts';
import type { CoreDocument } from './corenlp/types.ts';
import { articleId } from './ids.ts';
import { Pipeline, type ArticleDoc, type Stage } from './pipeline.ts';
import { annotateStage, recordedAnnotationStage } from './stages/annotate.ts';
import { entitiesStage } from './stages/entities.ts';
import { eventsStage } from './stages/events.ts';
import { linksStage } from './stages/links.ts';
import { mentionsStage } from './stages/mentions.ts';
import { rolesStage } from './stages/roles.ts';
import { statementsStage } from './stages/statements.ts';
import type { Extraction, SourceArticle } from './types.ts';

/** Bumped whenever extraction output changes, so re-ingest knows what is stale. */
export const EXTRACTOR_VERSION = 'newsgraph-extract/0.5.125+corenlp-4.5.10';

const domainStages: Stage[] = [mentionsStage, entitiesStage, rolesStage, statementsStage, eventsStage, linksStage];

export interface ExtractedArticle extends Extraction {
  id: string;
  source: SourceArticle;
  /** Sentence boundaries, for evidence (sentence index → span). */
  sentences: { start: number; end: number }[];
}

export class Extractor {
  private readonly pipeline: Pipeline;

  constructor(annotate: Stage) {
    this.pipeline = Pipeline.build([annotate, ...domainStages]);
  }

  static forServers(urls: string[], perServer = 2): Extractor {
    return new Extractor(annotateStage(new CoreNlpClient(urls, perServer)));
  }

  static fromRecorded(lookup: (doc: ArticleDoc) => CoreDocument): Extractor {
    return new Extractor(recordedAnnotationStage(lookup));
  }

  async extract(source: SourceArticle): Promise<ExtractedArticle> {
    const id = articleId(source.text, source.url);
    const date = source.publishedAt?.slice(0, 10);
    const doc = await this.pipeline.run({ id, source, date });
    return {
      id,
      source,
      entities: doc.entities ?? [],
      roles: doc.roles ?? [],
      statements: doc.statements ?? [],
      events: doc.events ?? [],
      sentences: (doc.sentences ?? []).map((s) => ({ start: s.start, end: s.end })),
    };
  }
}

/** The JSON line of `newsgraph extract --format jsonl` (ARCHITECTURE §5). */
export function toContractJson(a: ExtractedArticle): Record<string, unknown> {
  return {
    doc: a.source.name,
    entities: a.entities.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      aliases: e.aliases,
      mentions: e.mentions.map(({ start, end }) => ({ start, end })),
    })),
    roles: a.roles.map((r) => ({
      personId: r.personId,
      title: r.title,
      ofId: r.ofId ?? null,
      current: r.current,
      span: r.span,
    })),
    statements: a.statements.map((s) => ({
      speaker: s.speaker ? { start: s.speaker.start, end: s.speaker.end, entityId: s.speaker.entityId ?? null } : null,
      cue: s.cue ? { start: s.cue.start, end: s.cue.end } : null,
      content: { start: s.content.start, end: s.content.end },
      ...(s.parts ? { parts: s.parts.map(({ start, end }) => ({ start, end })) } : {}),
      kind: s.kind,
      accordingTo: s.accordingTo ?? null,
      date: s.date ?? null,
      about: s.about,
    })),
    events: a.events.map((e) => ({
      type: e.type,
      trigger: { start: e.trigger.start, end: e.trigger.end },
      label: e.label,
      date: e.date ?? null,
      participants: e.participants,
      charges: e.charges,
      quantities: e.quantities,
    })),
  };
}
