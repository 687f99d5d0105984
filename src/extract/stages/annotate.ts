// Stage 2: CoreNLP. Masked regions (headers, related links) and party tags are blanked with
// spaces of the same length, so every offset CoreNLP returns is still an offset into the text
// as read.
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

/**
 * US party-affiliation tags after a name ("Sen. Lindsey Graham (R-S.C.) told …", "Graham,
 * R-S.C., said"). CoreNLP's tokenizer reads the tag's last full stop as the end of a sentence
 * and splits the statement from its cue, so the tag (with the comma that opens it) is blanked
 * like a masked region. The tag is no entity and no fact the graph keeps: the state in it is a
 * party label, not a place the article is about.
 */
const PARTY_TAG =
  /\((?:R|D|I)[-–] ?[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)*\)|, (?:R|D|I)-[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?(?=,)/g;

export function partyTags(text: string): Span[] {
  return [...text.matchAll(PARTY_TAG)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** The text CoreNLP reads: masked regions and party tags blanked, every offset unchanged. */
export function textForCoreNlp(source: { text: string; masked: Span[] }): string {
  const tags = partyTags(source.text);
  if (!tags.length) return maskText(source.text, source.masked);
  return maskText(maskText(source.text, source.masked), tags);
}

const WEEKDAY = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
const FUTURE = /^(will|'ll|shall|next|scheduled|upcoming|due|expected|plans?|planned|to)$/i;

/**
 * "Sunday night" in a story dated Monday: SUTime resolves a weekday with a part of the day
 * ("2025-03-30TNI") to the week ahead, where the weekday alone ("Sunday", 2025-03-23) goes to
 * the week before. In a sentence with a verb in the past tense and nothing that points
 * ahead ("will", "next", "scheduled", "to"), it is the week before. Corrected in place
 * (idempotent: a corrected value is no longer after the article date).
 */
export function pastWeekdayTimes(annotation: CoreDocument, articleDate: string | undefined): void {
  const ref = articleDate && Date.parse(`${articleDate}T00:00:00Z`);
  if (!ref) return;
  for (const sentence of annotation.sentences) {
    const words = sentence.tokens;
    if (!words.some((t) => t.pos === 'VBD') || words.some((t) => FUTURE.test(t.word))) continue;
    const groups = new Map<string, typeof words>();
    for (const t of words) if (t.timex?.tid) groups.set(t.timex.tid, [...(groups.get(t.timex.tid) ?? []), t]);
    for (const group of groups.values()) {
      const m = /^(\d{4}-\d{2}-\d{2})(T(?:MO|AF|EV|NI))$/.exec(group[0].timex!.value ?? '');
      if (!m || !group.some((t) => WEEKDAY.test(t.word))) continue;
      const days = (Date.parse(`${m[1]}T00:00:00Z`) - ref) / 86_400_000;
      if (days < 1 || days > 7) continue;
      const value = new Date(Date.parse(`${m[1]}T00:00:00Z`) - 7 * 86_400_000).toISOString().slice(0, 10) + m[2];
      for (const t of group) {
        t.timex = { ...t.timex!, value };
        t.normalizedNER = value;
      }
    }
  }
}

export function withAnnotation(doc: ArticleDoc, annotation: CoreDocument): ArticleDoc {
  pastWeekdayTimes(annotation, doc.date);
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
      const text = textForCoreNlp(doc.source);
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
