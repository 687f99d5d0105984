// Stage 2: CoreNLP. Masked regions (headers, related links) are blanked with spaces of the
// same length, so every offset CoreNLP returns is still an offset into the text as read.
import type { CoreNlpClient } from '../corenlp/client.ts';
import type { CoreDocument } from '../corenlp/types.ts';
import type { ArticleDoc, Stage } from '../pipeline.ts';
import { SentenceView } from '../syntax.ts';
import type { Span } from '../types.ts';

export function maskText(text: string, masked: Span[]): string {
  if (!masked.length) return text;
  const chars = text.split('');
  for (const { start, end } of masked) {
    for (let i = start; i < end && i < chars.length; i++) if (chars[i] !== '\n') chars[i] = ' ';
  }
  return chars.join('');
}

export function withAnnotation(doc: ArticleDoc, annotation: CoreDocument): ArticleDoc {
  return {
    ...doc,
    annotation,
    sentences: annotation.sentences.map((s, i) => new SentenceView(s, i)),
  };
}

export function annotateStage(client: CoreNlpClient): Stage {
  return {
    name: 'annotate',
    requires: [],
    adds: ['annotation', 'sentences'],
    async run(doc) {
      const text = maskText(doc.source.text, doc.source.masked);
      const annotation = await client.annotate(text, { date: doc.date });
      return withAnnotation(doc, annotation);
    },
  };
}

/** The same stage fed from recorded CoreNLP output (unit tests, evaluation replays). */
export function recordedAnnotationStage(lookup: (doc: ArticleDoc) => CoreDocument): Stage {
  return {
    name: 'annotate',
    requires: [],
    adds: ['annotation', 'sentences'],
    run: (doc) => withAnnotation(doc, lookup(doc)),
  };
}
