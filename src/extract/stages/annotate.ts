// Stage 2: CoreNLP. Masked regions (headers, related links), party tags and markup are blanked with
// spaces of the same length, and archive-style opening '' marks written `` (quotes.ts), so
// every offset CoreNLP returns is still an offset into the text as read.
import { withOpeningMarks } from '../quotes.ts';
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

/**
 * Markup left in a plain-text article ('<tweet id="672137288055398401" date="2015-12-02">',
 * '</tweet>', '<a href="…">'): the quote annotator pairs its attribute quotes with the
 * article's quotation marks, from one tag to the next or to the next paragraph's opening mark.
 * Blanked like a masked region (the words between the tags are read).
 */
// (Every attribute with a value: "x<y and z>w", "<John Smith>" are no tags.)
const MARKUP_TAG = /<\/?[A-Za-z][\w-]*(?:\s+[\w:-]+\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'<>]+))*\s*\/?>/g;

export function markupTags(text: string): Span[] {
  return [...text.matchAll(MARKUP_TAG)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * "… Kamala Harris wrote on X. President Donald Trump condemned …": CoreNLP's tokenizer reads
 * "X." before a capitalised word as an initial and runs the two sentences into one, whose
 * parse gives Trump's words to Harris. The full stop after the platform's name ("on X", "via
 * X") is written "!" for CoreNLP, which its tokenizer always splits off and ends a
 * sentence with; one character for one, so every offset is unchanged. (Not "to X.", but after
 * "posted" or "shared" and before a quotation: "went to X. Zhang, a researcher", "posted to X.
 * Ramirez and her husband" name a person.)
 */
const PLATFORM_X_STOP =
  /\b(?:(?:on|via) X(\.)(?=[ \t]+[“"‘'A-Z])|(?:posted|posting|posts|post|shared|sharing|shares) to X(\.)(?=[ \t]+[“"]))/g;

export function platformStops(text: string): string {
  return text.replace(PLATFORM_X_STOP, (m) => `${m.slice(0, -1)}!`);
}

/**
 * The text CoreNLP reads: masked regions, party tags and markup blanked, archive-style opening
 * '' marks written `` (see quotes.ts), the full stop after "on X" written "!", every offset
 * unchanged.
 */
export function textForCoreNlp(source: { text: string; masked: Span[] }): string {
  const tags = [...partyTags(source.text), ...markupTags(source.text)];
  const masked = maskText(source.text, source.masked);
  return platformStops(withOpeningMarks(tags.length ? maskText(masked, tags) : masked));
}

const WEEKDAY = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/**
 * "Intel said on Thursday it would cut …" in a story dated Friday, "gathered on Sunday night"
 * in one dated Monday: SUTime sometimes resolves a weekday to the week ahead (2024-08-08,
 * 2025-03-30TNI), misled by a future elsewhere in the sentence or by a part of the day. A
 * weekday that dates a verb in the past tense ("said", "had gathered", "was detained"; not
 * "will meet", "would hold") is the one before the article date. Corrected in place
 * (idempotent: a corrected value is no longer after the article date).
 */
export function pastWeekdayTimes(sentences: SentenceView[], articleDate: string | undefined): void {
  const ref = articleDate && Date.parse(`${articleDate}T00:00:00Z`);
  if (!ref) return;
  for (const s of sentences) {
    for (let i = 1; i <= s.tokens.length; i++) {
      const t = s.tok(i);
      if (!WEEKDAY.test(t.word) || !t.timex?.tid) continue;
      const m = /^(\d{4}-\d{2}-\d{2})(T(?:MO|AF|EV|NI))?$/.exec(t.timex.value ?? '');
      if (!m) continue;
      const days = (Date.parse(`${m[1]}T00:00:00Z`) - ref) / 86_400_000;
      if (days < 1 || days > 7) continue;
      const v = s.verbAbove(i);
      if (v === undefined) continue;
      const aux = s.kids(v, 'aux', 'aux:pass').map((a) => s.word(a).toLowerCase());
      // (A participle with a subject of its own and no auxiliary is a past tense the tagger
      // misread after a dateline: "BRASILIA, Sept 12 (Reuters) - Brazil's Supreme Court on
      // Thursday convicted …".)
      const participle =
        s.tok(v).pos === 'VBN' &&
        (aux.some((a) => /^(had|has|have|was|were)$/.test(a)) || (!aux.length && s.kid(v, 'nsubj') !== undefined));
      const past =
        !aux.some((a) => /^(will|would|'ll|shall|wo|may|might|could|to)$/.test(a)) &&
        (s.tok(v).pos === 'VBD' || participle);
      if (!past) continue;
      const value =
        new Date(Date.parse(`${m[1]}T00:00:00Z`) - 7 * 86_400_000).toISOString().slice(0, 10) + (m[2] ?? '');
      for (const x of s.tokens) {
        if (x.timex?.tid !== t.timex.tid) continue;
        x.timex = { ...x.timex, value };
        x.normalizedNER = value;
      }
    }
  }
}

export function withAnnotation(doc: ArticleDoc, annotation: CoreDocument): ArticleDoc {
  const sentences = annotation.sentences.map((s, i) => new SentenceView(s, i));
  pastWeekdayTimes(sentences, doc.date);
  return { ...doc, annotation, sentences };
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
