// Stage 5: who said what. Verb cues with a clausal, infinitive or object complement
// (direct, indirect and mixed speech), "according to X" attributions, relays ("…, Anadolu
// reports"), and quotations CoreNLP finds that no cue covered. Each statement has a speaker
// span and entity (pronouns resolved through coreference), cue, content, kind and date.
import { tokenDate, type NormalDate } from '../dates.ts';
import { factId } from '../ids.ts';
import { OBJECT_CUES, RELAY_VERBS, SPEECH_VERBS, TARGET_CUES, XCOMP_CUES } from '../lexicon/cues.ts';
import { need, type ArticleDoc, type Stage } from '../pipeline.ts';
import { isCloseQuote, isOpenQuote, isQuote, type SentenceView } from '../syntax.ts';
import type { Mention, Span, Statement, StatementKind } from '../types.ts';
import { entityAt } from './entities.ts';

interface Draft {
  speaker: Span | null;
  cue: Span | null;
  content: Span;
  sentence: number;
  relayedBy?: string;
  date?: NormalDate;
  confidence: number;
}

function subjectOf(s: SentenceView, v: number): number | undefined {
  let k = v;
  for (let guard = 0; guard < 6 && k > 0; guard++) {
    const subj = s.kid(k, 'nsubj');
    if (subj) return subj;
    const rel = s.rel[k] ?? '';
    // Shared subjects: "…, insisting", "has offered to…", "said and added".
    if (!['conj', 'xcomp', 'advcl', 'acl'].includes(rel)) return undefined;
    if (rel === 'acl') return s.head[k];
    k = s.head[k];
  }
  return undefined;
}

function speakerSpan(s: SentenceView, subj: number): Span {
  return s.subtreeSpan(subj, (c) => ['acl:relcl', 'acl', 'punct', 'appos', 'parataxis', 'advcl'].includes(s.rel[c] ?? '') && c > subj);
}

/** Extends a span to the quotation marks right around it: “It is too soon…,” → whole quote. */
function withQuotes(s: SentenceView, a: number, b: number): [number, number] {
  let x = a;
  let y = b;
  if (x > 1 && isOpenQuote(s.word(x - 1))) x--;
  if (y < s.tokens.length && s.word(y + 1) === ',' && isCloseQuote(s.word(y + 2) ?? '')) y += 2;
  else if (y < s.tokens.length && /^[.,!?]$/.test(s.word(y + 1)) && isCloseQuote(s.word(y + 2) ?? '')) y += 2;
  else if (y < s.tokens.length && isCloseQuote(s.word(y + 1))) y++;
  return [x, y];
}

function range(s: SentenceView, ids: number[]): [number, number] {
  return [Math.min(...ids), Math.max(...ids)];
}

function clauseDate(s: SentenceView, v: number): NormalDate | undefined {
  for (const c of s.subtree(v, (k) => ['ccomp', 'parataxis'].includes(s.rel[k] ?? ''))) {
    const d = tokenDate(s.tok(c));
    if (d) return d;
  }
  return undefined;
}

function verbCues(s: SentenceView): Draft[] {
  const out: Draft[] = [];
  for (let v = 1; v <= s.tokens.length; v++) {
    const t = s.tok(v);
    const lemma = s.lemma(v);
    if (!t.pos.startsWith('VB') || !SPEECH_VERBS.has(lemma)) continue;
    const subj = subjectOf(s, v);
    const ccomp = s.kids(v, 'ccomp').find((c) => c !== subj);
    let content: [number, number] | undefined;
    let confidence = 0.8;
    if (ccomp) {
      const ids = s.subtree(ccomp);
      content = range(s, ids);
      if (content[1] < v) content = withQuotes(s, ...content);
      confidence = 0.85;
    } else {
      const xcomp = XCOMP_CUES.has(lemma) ? s.kid(v, 'xcomp') : undefined;
      const obj = OBJECT_CUES.has(lemma) || TARGET_CUES.has(lemma) ? s.kid(v, 'obj') : undefined;
      const startAt = [xcomp, obj].filter((x): x is number => x !== undefined && x > v);
      if (startAt.length) {
        const right = s.children[v].filter(
          (c) => c > v && ['xcomp', 'obj', 'advcl', 'conj', 'ccomp', 'dep'].includes(s.rel[c] ?? '') && !(s.rel[c] === 'conj' && s.kid(c, 'nsubj')),
        );
        const ids = right.flatMap((c) => s.subtree(c));
        content = range(s, [...ids, ...startAt]);
        confidence = 0.7;
      } else if (RELAY_VERBS.has(lemma) && (s.rel[v] === 'parataxis' || s.rel[v] === 'root')) {
        // "X claimed progress, Anadolu reports." — the rest of the sentence is the content.
        const head = s.rel[v] === 'parataxis' ? s.head[v] : s.children[v].find((c) => s.rel[c] === 'parataxis');
        if (!head || !subj) continue;
        const ids = s.subtree(head, (c) => c === v);
        const [a, b] = range(s, ids.filter((i) => !s.subtree(v).includes(i)));
        content = [a, b];
        confidence = 0.6;
      }
    }
    if (!content) continue;
    const { a, b } = s.trim(content[0], content[1]);
    if (b - a < 1 && !isQuote(s.word(a))) continue;
    out.push({
      speaker: subj ? speakerSpan(s, subj) : null,
      cue: s.span(v, v),
      content: s.span(a, b),
      sentence: s.index,
      date: clauseDate(s, v),
      confidence,
    });
  }
  return out;
}

/** "According to X, …" and "…, according to X." */
function accordingTo(s: SentenceView): Draft[] {
  const out: Draft[] = [];
  for (let i = 1; i < s.tokens.length; i++) {
    if (s.word(i).toLowerCase() !== 'according' || s.word(i + 1).toLowerCase() !== 'to') continue;
    const source = s.head[i];
    if (!source) continue;
    const clause = s.head[source];
    const sourceIds = s.subtree(source);
    let ids: number[];
    if (clause) {
      ids = s.subtree(clause, (c) => c === source);
    } else {
      ids = s.tokens.map((_, k) => k + 1).filter((k) => !sourceIds.includes(k));
    }
    ids = ids.filter((k) => k !== i && k !== i + 1 && !sourceIds.includes(k));
    if (!ids.length) continue;
    const [a0, b0] = range(s, ids);
    const { a, b } = s.trim(a0, b0);
    out.push({
      speaker: s.subtreeSpan(source, (c) => c === i || s.rel[c] === 'case'),
      cue: s.span(i, i + 1),
      content: s.span(a, b),
      sentence: s.index,
      date: clause ? clauseDate(s, clause) : undefined,
      confidence: 0.8,
    });
  }
  return out;
}

function overlap(a: Span, b: Span): number {
  const i = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  return i / Math.max(1, Math.min(a.end - a.start, b.end - b.start));
}

function quoteDrafts(doc: ArticleDoc, sentences: SentenceView[], taken: Draft[]): Draft[] {
  const out: Draft[] = [];
  const docTokens = sentences.flatMap((s) => s.tokens.map((t) => ({ t, s })));
  for (const q of doc.annotation?.quotes ?? []) {
    const span = { start: q.beginIndex, end: q.endIndex };
    if (taken.some((d) => overlap(d.content, span) > 0.5)) continue;
    const words = q.text.split(/\s+/).length;
    const s = sentences[q.beginSentence];
    if (!s) continue;
    let speaker: Span | null = null;
    if (q.mentionBegin !== undefined && q.mentionEnd !== undefined && docTokens[q.mentionBegin]) {
      speaker = {
        start: docTokens[q.mentionBegin].t.characterOffsetBegin,
        end: docTokens[q.mentionEnd].t.characterOffsetEnd,
      };
    }
    // Scare quotes ("so-called “experts”") are not statements.
    if (words < 4 && !speaker) continue;
    out.push({ speaker, cue: null, content: span, sentence: s.index, confidence: speaker ? 0.7 : 0.5 });
  }
  return out;
}

function kindOf(text: string, content: Span, docText: string): StatementKind {
  const body = docText.slice(content.start, content.end).replace(/[.,;:!?\s]+$/, '');
  const opens = /^[“"‘]/.test(body);
  const closes = /[”"’]$/.test(body);
  const inner = body.slice(1, -1);
  if (opens && closes && !/[“”"]/.test(inner)) return 'direct';
  if (/[“”"]/.test(body)) return 'mixed';
  return 'indirect';
}

export function findStatements(doc: ArticleDoc): Statement[] {
  const sentences = need(doc, 'sentences', 'statements');
  const mentions: Mention[] = need(doc, 'mentions', 'statements');
  const text = doc.source.text;
  const articleId = doc.id;
  let drafts: Draft[] = [];
  for (const s of sentences) drafts.push(...verbCues(s), ...accordingTo(s));
  drafts.push(...quoteDrafts(doc, sentences, drafts));

  // Same content twice (two cues on one clause): keep the better one.
  drafts.sort((a, b) => b.confidence - a.confidence);
  const kept: Draft[] = [];
  for (const d of drafts) {
    if (kept.some((k) => k.content.start === d.content.start && k.content.end === d.content.end)) continue;
    kept.push(d);
  }
  drafts = kept.sort((a, b) => a.content.start - b.content.start);

  const fallback = doc.date ? { date: doc.date, precision: 'day' as const } : undefined;
  return drafts.map((d) => {
    const speakerEntity = d.speaker ? entityAt(mentions, d.speaker.start, d.speaker.end) : undefined;
    const about = [
      ...new Set(
        mentions
          .filter((m) => m.entity && m.start >= d.content.start && m.end <= d.content.end && m.entity !== speakerEntity)
          .map((m) => m.entity!),
      ),
    ];
    const date = d.date ?? fallback;
    return {
      id: factId('statement', articleId, d.content.start, d.content.end),
      speaker: d.speaker ? { ...d.speaker, entityId: speakerEntity } : null,
      cue: d.cue,
      content: d.content,
      kind: kindOf(text, d.content, text),
      accordingTo: d.relayedBy,
      date: date?.date,
      datePrecision: date?.precision,
      about,
      sentence: d.sentence,
      confidence: d.confidence,
    };
  });
}

export const statementsStage: Stage = {
  name: 'statements',
  requires: ['sentences', 'mentions', 'entities', 'annotation'],
  adds: ['statements'],
  run: (doc) => ({ ...doc, statements: findStatements(doc) }),
};
