// What the extraction must find in the seed article (issue "Extraction", "The sample article
// must come out right"). Used by the unit test on recorded CoreNLP output and by the
// integration test through the live server, so both judge the same thing.
import { expect } from 'vitest';
import type { ExtractedArticle } from '../../src/extract/extract.ts';

const slice = (a: ExtractedArticle, s: { start: number; end: number } | null) =>
  s ? a.source.text.slice(s.start, s.end) : '';

export const SEED_ENTITIES: [string, string][] = [
  ['Person', 'Benjamin Netanyahu'],
  ['Person', 'Gideon Saar'],
  ['Person', 'Steve Witkoff'],
  ['Person', 'Yoav Gallant'],
  ['Organisation', 'Anadolu'],
  ['Organisation', 'The Jerusalem Post'],
  ['Organisation', 'Hamas'],
  ['Organisation', 'Israeli army'],
  ['Court', 'International Criminal Court'],
  ['Court', 'International Court of Justice'],
  ['Country', 'Israel'],
  ['Country', 'United States'],
  ['Place', 'Gaza'],
  ['Place', 'Jerusalem'],
  ['Group', 'Israeli opposition'],
  ['Group', 'families of the hostages'],
  ['Group', 'Palestinian and Israeli rights groups'],
];

export function expectSeedEntities(a: ExtractedArticle): void {
  const found = a.entities.map((e) => [e.type, e.name]);
  expect(found).toEqual(expect.arrayContaining(SEED_ENTITIES));
  // No person, organisation or place that is not one.
  expect(found.filter(([t]) => ['Person', 'Organisation', 'Court', 'Place'].includes(t)).sort()).toEqual(
    SEED_ENTITIES.filter(([t]) => ['Person', 'Organisation', 'Court', 'Place'].includes(t)).sort(),
  );
  const byName = new Map(a.entities.map((e) => [e.name, e]));
  expect(byName.get('Benjamin Netanyahu')!.aliases).toContain('Netanyahu');
  expect(byName.get('Gideon Saar')!.aliases).toContain('Saar');
  expect(byName.get('United States')!.aliases).toContain('US');
  expect(byName.get('Israeli army')!.partOf).toBe('country:israel');
  // Every mention slices the text to one of the entity's names.
  for (const e of a.entities) {
    for (const m of e.mentions) expect([e.name, ...e.aliases]).toContain(a.source.text.slice(m.start, m.end));
  }
}

export function expectSeedRoles(a: ExtractedArticle): void {
  const roles = a.roles.map((r) => [r.personId, r.title, r.ofId ?? null, r.current]);
  expect(roles).toEqual(
    expect.arrayContaining([
      ['person:benjamin-netanyahu', 'Prime Minister', 'country:israel', true],
      ['person:gideon-saar', 'Foreign Minister', 'country:israel', true],
      ['person:steve-witkoff', 'envoy', 'country:united-states', true],
      ['person:yoav-gallant', 'former Defense Minister', 'country:israel', false],
    ]),
  );
  // Titles are roles, never people.
  expect(a.entities.some((e) => /Minister|envoy/.test(e.name))).toBe(false);
}

/** [speaker entity, a piece of the content, kind or undefined when any kind will do]. */
export const SEED_STATEMENTS: [string, string, string | undefined][] = [
  ['person:benjamin-netanyahu', '“significant progress”', undefined],
  ['person:benjamin-netanyahu', 'It is too soon to give people hope', 'direct'],
  ['person:benjamin-netanyahu', 'We are currently working ceaselessly on it', 'direct'],
  ['person:gideon-saar', 'progress in the ceasefire talks', 'indirect'],
  ['person:gideon-saar', 'Some progress has been made recently', 'direct'],
  ['organisation:the-jerusalem-post', 'Netanyahu held a meeting last night', 'indirect'],
  ['organisation:the-jerusalem-post', 'it could potentially lead to a breakthrough', 'mixed'],
  ['country:israel', '56 hostages remain in Gaza', 'indirect'],
  ['group:palestinian-and-israeli-rights-groups', 'more than 10,100 Palestinians are held', 'indirect'],
  ['organisation:hamas', 'release all Israeli captives', 'indirect'],
  ['person:benjamin-netanyahu', 'insisting on the disarmament', 'indirect'],
  ['group:israeli-opposition', 'prolonging the war', 'indirect'],
];

export function expectSeedStatements(a: ExtractedArticle): void {
  for (const [speaker, piece, kind] of SEED_STATEMENTS) {
    const hit = a.statements.find(
      (s) =>
        slice(a, s.content).includes(piece) &&
        (s.speaker?.entityId === speaker ||
          (speaker.startsWith('group:israeli') && s.speaker?.entityId?.startsWith('group:'))),
    );
    expect(hit, `statement by ${speaker}: "${piece}"`).toBeDefined();
    if (kind) expect(hit!.kind, `kind of "${piece}"`).toBe(kind);
    expect(hit!.date).toMatch(/^2025-06-(09|10)$/);
  }
  // Relayed: "…, Anadolu reports."
  expect(a.statements.find((s) => slice(a, s.content).startsWith('“significant progress”'))!.accordingTo).toBe(
    'organisation:anadolu',
  );
  // READ: lines are related stories, never this article's statements.
  expect(a.statements.some((s) => /UN says|UK sanctions/.test(slice(a, s.content)))).toBe(false);
  expect(a.statements.find((s) => slice(a, s.content).includes('It is too soon'))!.cue).not.toBeNull();
  // Nobody's words: "20 believed to be alive" describes hostages, and "a meeting … to discuss
  // the ceasefire negotiations" says what the meeting was for.
  const cues = a.statements.map((s) => (s.cue ? slice(a, s.cue) : null));
  expect(cues).not.toContain('believed');
  expect(cues).not.toContain('discuss');
  // "Meanwhile, …, according to Palestinian and Israeli rights groups": the link is the writer's.
  const held = a.statements.find((s) => slice(a, s.content).includes('10,100 Palestinians'))!;
  expect(slice(a, held.content)).toMatch(/^more than 10,100 Palestinians are held/);
  // "56 hostages" are not the families of the hostages (one coreference chain holds both).
  const estimate = a.statements.find((s) => slice(a, s.content).includes('56 hostages'))!;
  expect(estimate.about).toContain('place:gaza');
  expect(estimate.about).not.toContain('group:families-of-the-hostages');
}

export function expectSeedEvents(a: ExtractedArticle): void {
  const ev = (type: string, pred: (e: ExtractedArticle['events'][number]) => boolean = () => true) =>
    a.events.find((e) => e.type === type && pred(e));
  const has = (e: ExtractedArticle['events'][number] | undefined, entityId: string, role?: string) =>
    !!e?.participants.some((p) => p.entityId === entityId && (!role || p.role === role));

  // The ceasefire and prisoner-exchange negotiations, between Israel and Hamas: Netanyahu and
  // Saar claim progress in them (and speak for Israel), Hamas drafts a response to the
  // ceasefire proposal.
  const talks = ev('Negotiation');
  expect(a.events.filter((e) => e.type === 'Negotiation')).toHaveLength(1);
  for (const side of ['country:israel', 'organisation:hamas', 'person:benjamin-netanyahu', 'person:gideon-saar'])
    expect(has(talks, side, 'participant')).toBe(true);
  const meeting = ev('Meeting');
  expect(meeting?.date).toBe('2025-06-09');
  expect(has(meeting, 'person:benjamin-netanyahu', 'agent')).toBe(true);
  expect(has(ev('Proposal'), 'person:steve-witkoff', 'agent')).toBe(true);
  const hostages = ev('Detention', (e) => e.quantities.some((q) => q.value === 56));
  expect(hostages?.quantities.map((q) => q.value)).toEqual(expect.arrayContaining([56, 20]));
  expect(has(hostages, 'place:gaza')).toBe(true);
  expect(
    ev('Detention', (e) => e.quantities.some((q) => q.value === 10100 && q.qualifier === 'more than')),
  ).toBeDefined();
  const attack = ev('Attack');
  expect(attack?.date).toBe('2023-10');
  expect(has(attack, 'organisation:israeli-army', 'agent')).toBe(true);
  expect(has(attack, 'place:gaza', 'target')).toBe(true);
  expect(attack?.quantities).toEqual(
    expect.arrayContaining([expect.objectContaining({ value: 55000, qualifier: 'nearly' })]),
  );
  const warrant = ev('ArrestWarrant');
  expect(warrant?.date).toBe('2024-11');
  expect(has(warrant, 'court:international-criminal-court', 'court')).toBe(true);
  expect(has(warrant, 'person:benjamin-netanyahu', 'target')).toBe(true);
  expect(has(warrant, 'person:yoav-gallant', 'target')).toBe(true);
  expect(warrant?.charges).toEqual(expect.arrayContaining(['war crimes', 'crimes against humanity']));
  const genocide = ev('LegalCase');
  expect(has(genocide, 'court:international-court-of-justice', 'court')).toBe(true);
  expect(has(genocide, 'country:israel', 'target')).toBe(true);
  expect(genocide?.charges).toContain('genocide');
  // Every trigger slices the text to its label.
  for (const e of a.events) expect(slice(a, e.trigger)).toBe(e.label);
}
