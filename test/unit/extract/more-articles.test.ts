// Two small hand-written articles (test/fixtures/extraction), recorded from the real server:
// courts, pronoun speakers, "according to", collective speakers, anaphoric events.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractRecorded } from './recorded.ts';

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
