// Generated extraction output for write and query benchmarks: articles with entities drawn
// from a fixed pool with a skewed (Zipf-like) popularity, statements and events between them.
// Deterministic for a given seed, so runs compare.
import type { ArticleRecord } from '../../src/graph/records.ts';
import type { EntityType, EventType, LocalEntity } from '../../src/extract/types.ts';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const TYPES: EntityType[] = [
  'Person',
  'Person',
  'Person',
  'Organisation',
  'Organisation',
  'Country',
  'Place',
  'Court',
  'Group',
];
const EVENTS: EventType[] = [
  'Meeting',
  'Negotiation',
  'Attack',
  'Detention',
  'Agreement',
  'Accusation',
  'ArrestWarrant',
  'LegalCase',
];

export interface PoolEntity {
  id: string;
  type: EntityType;
  name: string;
}

export function entityPool(size: number): PoolEntity[] {
  return Array.from({ length: size }, (_, i) => {
    const type = TYPES[i % TYPES.length];
    const name = `${type} ${i}`;
    return { id: `${type.toLowerCase()}:bench-${i}`, type, name };
  });
}

export function generateArticle(n: number, pool: PoolEntity[], seed = 1): ArticleRecord {
  const r = rng(seed * 1_000_003 + n);
  const pick = () => pool[Math.floor(pool.length * r() ** 3)]; // skewed: low ids are popular
  const chosen = new Map<string, PoolEntity>();
  while (chosen.size < 8) {
    const e = pick();
    chosen.set(e.id, e);
  }
  const ents = [...chosen.values()];
  const sentences = Array.from({ length: 12 }, (_, i) => ({ start: i * 100, end: i * 100 + 99 }));
  const text = sentences.map((_, i) => `Sentence ${i} of generated article ${n} `.padEnd(99, '.')).join(' ');
  const day = `20${20 + (n % 6)}-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`;
  const id = `article:bench-${n}`;
  const entities: LocalEntity[] = ents.map((e, i) => ({
    id: e.id,
    type: e.type,
    name: e.name,
    aliases: [],
    mentions: [
      { start: i * 100, end: i * 100 + 10 },
      { start: i * 100 + 50, end: i * 100 + 60 },
    ],
    confidence: 0.9,
  }));
  const people = ents.filter((e) => e.type === 'Person');
  const statements = Array.from({ length: 5 }, (_, i) => ({
    id: `statement:bench-${n}:${i}`,
    speaker: { start: i * 100, end: i * 100 + 10, entityId: (people[i % Math.max(1, people.length)] ?? ents[0]).id },
    cue: { start: i * 100 + 11, end: i * 100 + 15 },
    content: { start: i * 100 + 16, end: i * 100 + 90 },
    kind: (['direct', 'indirect', 'mixed'] as const)[i % 3],
    date: day,
    datePrecision: 'day' as const,
    about: [ents[(i + 1) % ents.length].id, ents[(i + 2) % ents.length].id],
    sentence: i,
    confidence: 0.8,
  }));
  const events = Array.from({ length: 4 }, (_, i) => ({
    id: `event:bench-${n}:${i}`,
    type: EVENTS[(n + i) % EVENTS.length],
    trigger: { start: 600 + i * 100, end: 600 + i * 100 + 8 },
    label: 'trigger',
    date: day,
    datePrecision: 'day' as const,
    participants: [
      { entityId: ents[i % ents.length].id, role: 'agent' as const },
      { entityId: ents[(i + 3) % ents.length].id, role: 'target' as const },
    ],
    charges: [],
    quantities: [{ value: 10 + i, unit: 'people' }],
    sentence: 6 + i,
    confidence: 0.7,
  }));
  return {
    id,
    text,
    title: `Generated article ${n}`,
    url: `https://bench.example/${n}`,
    source: `Outlet ${n % 7}`,
    publishedAt: day,
    related: [],
    contentHash: `bench-${n}`,
    extractor: 'bench',
    sentences,
    entities,
    roles: people.length
      ? [
          {
            personId: people[0].id,
            title: 'Minister',
            ofId: ents.find((e) => e.type === 'Country')?.id,
            current: true,
            span: { start: 0, end: 8 },
            sentence: 0,
          },
        ]
      : [],
    statements,
    events,
    possiblySame: [],
  };
}

/** Rows one article writes (nodes + relationships), for rows/s. */
export function rowsOf(a: ArticleRecord): number {
  const rels =
    a.entities.length +
    a.statements.reduce((n, s) => n + 2 + s.about.length, 0) +
    a.events.reduce((n, e) => n + 1 + e.participants.length, 0) +
    a.roles.length;
  return 1 + a.entities.length + a.statements.length + a.events.length + rels;
}
