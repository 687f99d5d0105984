// Small hand-written articles (test/fixtures/extraction), recorded from the real server:
// courts, pronoun speakers, "according to", collective speakers, anaphoric events.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CoreDocument } from '../../../src/extract/corenlp/types.ts';
import type { ExtractedArticle } from '../../../src/extract/extract.ts';
import { extractRecorded, ROOT } from './recorded.ts';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/extraction');
const text = (a: { source: { text: string } }, s: { start: number; end: number } | null) =>
  s ? a.source.text.slice(s.start, s.end) : null;

describe('court-rulings.txt', () => {
  it('recognises a national court as a court and its ruling', async () => {
    const a = await extractRecorded(path.join(dir, 'court-rulings.txt'));
    expect(a.entities.find((e) => e.name === 'Supreme Court of Brazil')?.type).toBe('Court');
    const ruling = a.events.find((e) => e.type === 'Ruling');
    expect(ruling?.participants).toContainEqual({ entityId: 'court:supreme-court-of-brazil', role: 'court' });
    expect(ruling?.date).toBe('2024-03-04'); // "on Monday" before 2024-03-05
  });

  it('resolves a pronoun speaker and keeps direct quotes direct', async () => {
    const a = await extractRecorded(path.join(dir, 'court-rulings.txt'));
    const quote = a.statements.find((s) => text(a, s.content)?.includes('political persecution'));
    expect(text(a, quote!.speaker)).toBe('he');
    expect(quote!.speaker!.entityId).toBe('person:jair-bolsonaro');
    expect(quote!.kind).toBe('direct');
  });

  it('finds collective speakers and "according to" attributions', async () => {
    const a = await extractRecorded(path.join(dir, 'court-rulings.txt'));
    const urged = a.statements.find((s) => text(a, s.cue) === 'urged');
    expect(urged?.speaker?.entityId).toBe('group:human-rights-groups');
    const according = a.statements.find((s) => text(a, s.cue) === 'According to');
    expect(text(a, according!.speaker)).toBe('prosecutors');
    expect(text(a, according!.content)).toContain('plotted to overturn the 2022 election');
    expect(a.entities.find((e) => e.name === 'opposition lawmakers')?.type).toBe('Group');
  });
});

describe('ceasefire-brief.txt', () => {
  it('treats "the deal" as the agreement already reported, not a new event', async () => {
    const a = await extractRecorded(path.join(dir, 'ceasefire-brief.txt'));
    const agreements = a.events.filter((e) => e.type === 'Agreement');
    expect(agreements).toHaveLength(1);
    expect(agreements[0].participants.map((p) => p.entityId).sort()).toEqual(['country:israel', 'organisation:hamas']);
  });

  it('makes an outlet that "reports" an organisation, not a person', async () => {
    const a = await extractRecorded(path.join(dir, 'ceasefire-brief.txt'));
    expect(a.entities.find((e) => e.name === 'Reuters')?.type).toBe('Organisation');
    expect(a.roles.map((r) => [r.personId, r.title, r.ofId])).toContainEqual([
      'person:joe-biden',
      'President',
      'country:united-states',
    ]);
  });
});

describe('sports-and-markets.txt (names the raw engine cuts, mistypes or misses)', () => {
  const file = path.join(dir, 'sports-and-markets.txt');
  const fixture = JSON.parse(
    fs.readFileSync(path.join(ROOT, 'test/fixtures/corenlp/sports-and-markets.json'), 'utf8'),
  ) as CoreDocument;
  const raw = fixture.sentences.flatMap((s) => s.entitymentions.map((m) => `${m.ner}:${m.text}`));
  const mentionsOf = (a: ExtractedArticle, id: string) =>
    a.entities.find((e) => e.id === id)?.mentions.map((m) => text(a, m)) ?? [];

  it('rejoins a place name that fine-grained rules cut in two', async () => {
    // What the raw engine said: two mentions each.
    expect(raw).toEqual(
      expect.arrayContaining(['LOCATION:Northern', 'COUNTRY:Ireland', 'LOCATION:Soviet', 'CITY:Union']),
    );
    const a = await extractRecorded(file);
    expect(mentionsOf(a, 'place:northern-ireland')).toEqual(['Northern Ireland']);
    expect(mentionsOf(a, 'place:soviet-union')).toEqual(['Soviet Union']);
    expect(a.entities.map((e) => e.id)).not.toContain('country:ireland');
    expect(a.entities.map((e) => e.id)).not.toContain('place:union');
    // The country beside them, a separate name, stays a country.
    expect(a.entities.find((e) => e.name === 'Ukraine')?.type).toBe('Country');
  });

  it('types towns that stand for teams as organisations, in prose and in results rows', async () => {
    expect(raw).toContain('CITY:Somerset');
    expect(raw.some((m) => /:(Sale|Wasps|Bath)$/.test(m))).toBe(false); // untagged by the raw engine
    const a = await extractRecorded(file);
    // Object of "beat", then subject of "collapsed": both mentions follow.
    expect(mentionsOf(a, 'organisation:somerset')).toEqual(['Somerset', 'Somerset']);
    for (const team of ['sale', 'wasps', 'leeds', 'bath']) {
      expect(
        a.entities.find((e) => e.id === `organisation:${team}`),
        team,
      ).toBeDefined();
    }
    // A home nation beaten in a qualifier is still a place.
    expect(a.entities.find((e) => e.name === 'Northern Ireland')?.type).toBe('Place');
  });

  it('finds a surname the tagger left untagged, and joins a company’s short name to it', async () => {
    expect(raw.filter((m) => m.endsWith('Parnevik'))).toEqual(['PERSON:Jesper Parnevik']);
    const a = await extractRecorded(file);
    expect(mentionsOf(a, 'person:jesper-parnevik')).toEqual(['Jesper Parnevik', 'Parnevik']);
    expect(mentionsOf(a, 'organisation:mercantile-bancorp-inc')).toEqual(['Mercantile Bancorp Inc', 'Mercantile']);
  });
});
