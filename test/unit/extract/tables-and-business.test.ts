// Names in sports tables and business copy, the two kinds of Reuters text CoNLL-2003 is made of:
// two stories written for the extractor in that style (not taken from the data), recorded from
// the real CoreNLP server (`npm run record:fixtures`) and read by hand.
import { describe, expect, it } from 'vitest';
import type { ExtractedArticle } from '../../../src/extract/extract.ts';
import { readFixture, roleRows, spanText } from './recorded.ts';

/** The type of the entity a span of exactly this text is a mention of, per mention. */
const typesOf = (a: ExtractedArticle, surface: string) =>
  a.entities.flatMap((e) =>
    e.mentions.filter((m) => a.source.text.slice(m.start, m.end) === surface).map(() => e.type),
  );
const mentionTexts = (a: ExtractedArticle) =>
  a.entities.flatMap((e) => e.mentions.map((m) => a.source.text.slice(m.start, m.end)));

describe('sports results tables', async () => {
  const a = await readFixture('results-tables');

  it('reads line-ups by shirt number as people, and the same names in the report too', () => {
    // The tagger calls these five organisations (and "Tolunay Kafkas" in the report as well).
    for (const name of ['Ogun Temizkanoglu', 'Alpay Ozalan', 'Reynald Pedros', 'Christian Karembeu', 'Filip De Wilde'])
      expect(typesOf(a, name), name).toEqual(['Person']);
    expect(typesOf(a, 'Tolunay Kafkas')).toEqual(['Person', 'Person']);
    expect(a.entities.find((e) => e.name === 'Tolunay Kafkas')?.mentions).toHaveLength(2);
  });

  it('reads ranked rows and a squad in brackets after its country as people', () => {
    expect(typesOf(a, 'Vebjoen Rodal')).toEqual(['Person']);
    expect(typesOf(a, 'Cyril Bos')).toEqual(['Person']);
  });

  it('reads the team after a driver and their country as the team, not a person', () => {
    expect(typesOf(a, 'Reynard Honda')).toEqual(['Organisation', 'Organisation']);
    expect(typesOf(a, 'Penske Mercedes-Benz')).toEqual(['Organisation']);
    expect(typesOf(a, 'Lola Ford Cosworth')).toEqual(['Organisation']);
    // The drivers stay people.
    expect(typesOf(a, 'Alex Zanardi')).toEqual(['Person']);
  });

  it("keeps a club's town initial in brackets in results and standings rows", () => {
    expect(typesOf(a, 'Zeleznik ( B )')).toEqual(['Organisation', 'Organisation']);
    expect(typesOf(a, 'Proleter ( Z )')).toEqual(['Organisation', 'Organisation']);
    expect(mentionTexts(a)).not.toContain('Zeleznik');
  });
});

describe('business copy', async () => {
  const a = await readFixture('bank-merger');
  const byName = (name: string) => a.entities.find((e) => e.name === name);

  it("keeps the possessive in a company's short name, and its chairman is the company's", () => {
    const boatmens = a.entities.find((e) => e.aliases.includes("Boatmen's"));
    expect(boatmens?.type).toBe('Organisation');
    expect(typesOf(a, "Boatmen's")).toEqual(['Organisation', 'Organisation', 'Organisation', 'Organisation']);
    expect(mentionTexts(a)).not.toContain('Boatmen');
    expect(roleRows(a)).toContainEqual(['person:andrew-craig', 'chairman', boatmens?.id]);
  });

  it('reads "Air France" as the airline, and its chairman as the airline\'s, not France\'s', () => {
    expect(typesOf(a, 'Air France')).toEqual(['Organisation', 'Organisation']);
    expect(roleRows(a)).toContainEqual(['person:christian-blanc', 'chairman', 'organisation:air-france']);
    // "Christian", which the fine-grained rules call a religion, is his given name.
    expect(byName('Christian Blanc')?.type).toBe('Person');
  });

  it('reads "The Fed" as the Federal Reserve, and the Fed Cup as no body at all', () => {
    const fed = byName('Federal Reserve');
    expect(fed?.mentions.map((m) => spanText(a, m))).toEqual(['Fed']);
    expect(mentionTexts(a).filter((t) => /Fed/.test(t))).toEqual(['Fed']);
  });

  it('splits "the Chicago NAPM" into the place and the body the article names on their own', () => {
    expect(typesOf(a, 'NAPM')).toEqual(['Organisation', 'Organisation']);
    expect(typesOf(a, 'Chicago')).toEqual(['Place', 'Place']);
  });

  it('finds a surname the tagger read as a title, and nicknames inside names', () => {
    expect(typesOf(a, 'King')).toEqual(['Person']);
    expect(byName('Billie Jean King')?.mentions).toHaveLength(2);
    const duran = byName('Roberto Duran');
    expect(duran?.mentions.map((m) => spanText(a, m))).toEqual(['Roberto "Hands of Stone" Duran']);
    const camacho = byName('Hector Camacho');
    expect(camacho?.mentions.map((m) => spanText(a, m))).toEqual(['Hector "Macho" Camacho']);
  });
});
