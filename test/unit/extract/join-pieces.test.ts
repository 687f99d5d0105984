// joinPieces: a quotation broken by the writer's words is one statement (a pure function of
// statements and text; the statements here are built by hand around a fixed text).
import { describe, expect, it } from 'vitest';
import { joinPieces, signedAfter, splitPieces } from '../../../src/extract/stages/statements.ts';
import type { Statement } from '../../../src/extract/types.ts';

const span = (text: string, piece: string, from = 0) => {
  const start = text.indexOf(piece, from);
  if (start < 0) throw new Error(`not in the text: ${piece}`);
  return { start, end: start + piece.length };
};

function statement(
  text: string,
  content: string,
  o: { cue?: string; cueFrom?: number; speaker?: string; entity?: string; sentence: number; about?: string[] },
): Statement {
  const c = span(text, content);
  return {
    id: `statement:t:${c.start}-${c.end}`,
    speaker: o.speaker ? { ...span(text, o.speaker), entityId: o.entity } : null,
    cue: o.cue ? span(text, o.cue, o.cueFrom ?? 0) : null,
    content: c,
    kind: 'direct',
    about: o.about ?? [],
    sentence: o.sentence,
    confidence: 0.85,
  };
}
const slice = (text: string, s: { start: number; end: number }) => text.slice(s.start, s.end);
/** A statement by `who` (person:<who in lower case>) with the cue "said". */
const said = (text: string, content: string, who: string, sentence: number) =>
  statement(text, content, { cue: 'said', speaker: who, entity: `person:${who.toLowerCase()}`, sentence });

describe('joinPieces', () => {
  const text = '"We will rebuild," Cruz said on Monday. "The town deserves it." Park said the plan was costly.';
  const a = said(text, '"We will rebuild,"', 'Cruz', 0);
  const b = statement(text, '"The town deserves it."', {
    cue: 'said',
    speaker: 'Cruz',
    entity: 'person:cruz',
    sentence: 1,
    about: ['place:town'],
  });
  const park = statement(text, 'the plan was costly', {
    cue: 'said',
    cueFrom: text.indexOf('Park'),
    speaker: 'Park',
    entity: 'person:park',
    sentence: 2,
  });

  it('joins the pieces one cue and speaker hold together, and keeps the rest', () => {
    const out = joinPieces([a, b, park], text, 't');
    expect(out).toHaveLength(2);
    const [joined, other] = out;
    expect(slice(text, joined.content)).toBe('"We will rebuild," Cruz said on Monday. "The town deserves it."');
    expect(joined.parts!.map((p) => slice(text, p))).toEqual(['"We will rebuild,"', '"The town deserves it."']);
    expect(joined.kind).toBe('direct');
    expect(joined.id).toBe(`statement:t:${joined.content.start}-${joined.content.end}`);
    expect(joined.about).toEqual(['place:town']);
    expect(other).toBe(park);
  });

  it('never joins pieces more than 1,500 characters apart', () => {
    const far = `"We will rebuild," Cruz said.${' Filler words.'.repeat(120)} "The town deserves it."`;
    const x = said(far, '"We will rebuild,"', 'Cruz', 0);
    const y = said(far, '"The town deserves it."', 'Cruz', 1);
    expect(joinPieces([x, y], far, 't')).toHaveLength(2);
    const near = far.replace(' Filler words.'.repeat(120), ' Filler words.'.repeat(100));
    const x2 = said(near, '"We will rebuild,"', 'Cruz', 0);
    const y2 = said(near, '"The town deserves it."', 'Cruz', 1);
    expect(joinPieces([x2, y2], near, 't')).toHaveLength(1);
  });

  it('leaves a piece that does not open with a quotation mark apart', () => {
    const t2 = '"We will rebuild," Cruz said on Monday, and the town deserves it.';
    const x = said(t2, '"We will rebuild,"', 'Cruz', 0);
    const y = said(t2, 'the town deserves it', 'Cruz', 0);
    expect(joinPieces([x, y], t2, 't').map((s) => s.parts)).toEqual([undefined, undefined]);
  });

  it("joins across a statement in the attribution's own sentence, not across another speaker in a later one", () => {
    const t3 = '"A deal," Cruz said, according to CNN. Park said no. "It is close."';
    const x = said(t3, '"A deal,"', 'Cruz', 0);
    const cnn = statement(t3, 'according to CNN', { cue: 'according to', sentence: 0 });
    const no = statement(t3, 'no', {
      cue: 'said',
      cueFrom: t3.indexOf('Park'),
      speaker: 'Park',
      entity: 'person:park',
      sentence: 1,
    });
    const y = said(t3, '"It is close."', 'Cruz', 2);
    // Park speaks in between: two statements by Cruz.
    expect(joinPieces([x, cnn, no, y], t3, 't').filter((s) => s.parts)).toEqual([]);
    // Without Park, the relay in Cruz's own sentence is no break.
    const joined = joinPieces([x, cnn, y], t3, 't').find((s) => s.parts);
    expect(joined?.parts?.map((p) => slice(t3, p))).toEqual(['"A deal,"', '"It is close."']);
  });

  it('joins a quotation no cue covers, given the same speaker, in the next sentence only', () => {
    const t4 = '"The key was timing," said Hedge, referring to the loans. "The banks saw it coming."';
    const x = said(t4, '"The key was timing,"', 'Hedge', 0);
    const y = {
      ...statement(t4, '"The banks saw it coming."', { speaker: 'Hedge', entity: 'person:hedge', sentence: 1 }),
    };
    expect(joinPieces([x, y], t4, 't')).toHaveLength(1);
    expect(joinPieces([x, { ...y, sentence: 3 }], t4, 't')).toHaveLength(2);
    // One the quote annotator gives no one, or someone else, goes on with the quotation before
    // it, in the same paragraph only, and only after a quotation that closes.
    const other = { ...y, speaker: { ...y.speaker!, entityId: 'person:other' } };
    expect(joinPieces([x, other], t4, 't')).toHaveLength(1);
    expect(joinPieces([x, { ...y, speaker: null }], t4, 't')).toHaveLength(1);
    const t5 = t4.replace('loans. ', 'loans.\n\n');
    const x5 = said(t5, '"The key was timing,"', 'Hedge', 0);
    const y5 = statement(t5, '"The banks saw it coming."', { sentence: 1 });
    expect(joinPieces([x5, y5], t5, 't')).toHaveLength(2);
    const other5 = statement(t5, '"The banks saw it coming."', {
      speaker: 'Hedge',
      entity: 'person:other',
      sentence: 1,
    });
    expect(joinPieces([x5, other5], t5, 't')).toHaveLength(2);
    const t6 = 'Lawmakers called it "fraud" on Monday. "Every time you say that, it hurts."';
    const x6 = statement(t6, '"fraud" on Monday', { cue: 'called', speaker: 'Lawmakers', sentence: 0 });
    const y6 = statement(t6, '"Every time you say that, it hurts."', { sentence: 1 });
    expect(joinPieces([x6, y6], t6, 't')).toHaveLength(2);
    // Two quotations the quote annotator gives one speaker, where no cue was found for either.
    const [both] = joinPieces([{ ...x, cue: null }, y], t4, 't');
    expect(both.parts).toHaveLength(2);
    expect(both.cue).toBeNull();
  });

  it("takes the longest piece as the content where the writer's words between the pieces outweigh them", () => {
    const t =
      '"These are strange days," said Peter Morgan, a lawyer for the Sierra Club, who has been ' +
      'challenging the coal industry over water pollution for years. "I am skeptical he can pull it off."';
    const first = statement(t, '"These are strange days,"', { cue: 'said', speaker: 'Peter Morgan', sentence: 0 });
    const second = statement(t, '"I am skeptical he can pull it off."', {
      cue: 'said',
      speaker: 'Peter Morgan',
      sentence: 1,
    });
    const [joined] = joinPieces([first, second], t, 't');
    expect(joined.parts!.map((p) => slice(t, p))).toEqual([
      '"These are strange days,"',
      '"I am skeptical he can pull it off."',
    ]);
    expect(slice(t, joined.content)).toBe('"I am skeptical he can pull it off."');
    // The id is still the whole's, from the first piece to the last.
    expect(joined.id).toBe(`statement:t:${first.content.start}-${second.content.end}`);
    // With a short attribution between them, the content still runs from the first piece to the last.
    const short = '"These are strange days," Morgan said. "I am skeptical he can pull it off."';
    const [whole] = joinPieces(
      [
        statement(short, '"These are strange days,"', { cue: 'said', speaker: 'Morgan', sentence: 0 }),
        statement(short, '"I am skeptical he can pull it off."', { cue: 'said', speaker: 'Morgan', sentence: 1 }),
      ],
      short,
      't',
    );
    expect(slice(short, whole.content)).toBe(short);
  });
});

describe('joinPieces: what stays apart', () => {
  it('keeps an indirect statement apart from a quotation after it, and a quotation inside a sentence', () => {
    const t = 'Okafor said the cuts would hurt. "My students share textbooks." Signs read "Not again."';
    const x = said(t, 'the cuts would hurt', 'Okafor', 0);
    const y = statement(t, '"My students share textbooks."', {
      speaker: 'Okafor',
      entity: 'person:okafor',
      sentence: 1,
    });
    expect(joinPieces([x, y], t, 't')).toHaveLength(2);
    const q = said(t, '"My students share textbooks."', 'Okafor', 1);
    const signs = statement(t, '"Not again."', { speaker: 'Okafor', entity: 'person:okafor', sentence: 2 });
    // (A quotation no cue covers that does not open its sentence is no piece: "Signs read “…”".)
    expect(
      joinPieces(
        [
          { ...q, sentence: 1 },
          { ...signs, sentence: 2 },
        ],
        t,
        't',
      ),
    ).toHaveLength(2);
  });
});

describe('splitPieces', () => {
  it('gives the graph the pieces as they were, each with its own span, id, kind, about and confidence, and the whole id', () => {
    const text = '"We will rebuild," Cruz said on Monday. "The town deserves it."';
    const a = said(text, '"We will rebuild,"', 'Cruz', 0);
    const b = {
      ...statement(text, '"The town deserves it."', {
        cue: 'said',
        speaker: 'Cruz',
        entity: 'person:cruz',
        sentence: 1,
        about: ['place:town'],
      }),
      confidence: 0.7,
    };
    const [whole] = joinPieces([a, b], text, 't');
    expect(whole.about).toEqual(['place:town']);
    expect(whole.confidence).toBe(0.7);
    const pieces = splitPieces(whole);
    expect(pieces.map((p) => [p.id, slice(text, p.content), p.kind, p.about, p.confidence, p.attributionId])).toEqual([
      [a.id, '"We will rebuild,"', 'direct', [], 0.85, whole.id],
      [b.id, '"The town deserves it."', 'direct', ['place:town'], 0.7, whole.id],
    ]);
    expect(pieces.every((p) => p.parts === undefined && p.pieces === undefined)).toBe(true);
    expect(splitPieces(a)).toEqual([a]);
  });
});

describe('signedAfter', () => {
  const who = (after: string) => {
    const text = `"Absolutely,"${after}`;
    const found = signedAfter(text, '"Absolutely,"'.length);
    return found && [slice(text, found.speaker), slice(text, found.cue)];
  };
  it('reads who signs a quotation right after its closing mark', () => {
    expect(who(' he said when asked.')).toEqual(['he', 'said']);
    expect(who(' Priebus said.')).toEqual(['Priebus', 'said']);
    expect(who(' said Mr. Smith, a council member.')).toEqual(['Mr. Smith', 'said']);
    // (A full stop ends the name unless it follows a title or an initial.)
    expect(who(' said Smith. The council met.')).toEqual(['Smith', 'said']);
    expect(who(' replied Ana Ruiz.')).toEqual(['Ana Ruiz', 'replied']);
  });
  it('takes no word that opens the next sentence, and nothing after a line break', () => {
    expect(who(' That said, the vote went ahead.')).toBeUndefined();
    expect(who(' But Smith said no.')).toBeUndefined();
    expect(who('\nSmith said no.')).toBeUndefined();
    expect(who(' Smith walked out.')).toBeUndefined();
  });
});
