// Stage 7: local entities become graph entities. The same canonical name is the same id
// already (ids derive from type + name). A surname alone ("Netanyahu") joins the one stored
// person with that surname; when several stored people share it, nothing is merged and the
// pair is linked POSSIBLY_SAME_AS for review. A full name meeting a stored surname-only
// person is linked for review too, never merged silently.
import type { ExtractedArticle } from '../extract/extract.ts';
import { withoutArticle } from '../extract/lexicon/names.ts';
import type { LocalEntity, Statement } from '../extract/types.ts';
import type { IdentityRepository } from '../graph/identity.repository.ts';

export interface Resolution {
  article: ExtractedArticle;
  possiblySame: { a: string; b: string; score: number }[];
}

export async function resolveAcrossArticles(a: ExtractedArticle, identities: IdentityRepository): Promise<Resolution> {
  const people = a.entities.filter((e) => e.type === 'Person');
  const surnameOf = (e: LocalEntity) => (e.surname ?? e.name.split(/\s+/).pop()!).toLowerCase();
  const { merged: curated, people: candidates } = await identities.lookup(
    a.entities.map((e) => e.id),
    people.map(surnameOf),
  );
  const remap = new Map<string, string>();
  const possiblySame: Resolution['possiblySame'] = [];
  // Curated merges first: an id merged into another is that other entity from now on.
  for (const [from, to] of curated) remap.set(from, to.id);
  for (const p of people) {
    if (remap.has(p.id)) continue;
    // A name that is its own family name ("Netanyahu", "von der Leyen") against full names.
    // ("al-Assad" alone too: its family name is written without the article.)
    const bare = (name: string, surname: string) =>
      name.toLowerCase() === surname || withoutArticle(name).toLowerCase() === surname;
    const single = bare(p.name, surnameOf(p));
    const others = candidates.filter((c) => c.surname === surnameOf(p) && c.id !== p.id);
    if (single) {
      const full = others.filter((c) => !bare(c.name, c.surname));
      if (full.length === 1) remap.set(p.id, full[0].id);
      else for (const c of full) possiblySame.push({ a: p.id, b: c.id, score: 0.5 });
    } else {
      for (const c of others.filter((o) => bare(o.name, o.surname)))
        possiblySame.push({ a: p.id, b: c.id, score: 0.7 });
    }
  }
  if (!remap.size) return { article: a, possiblySame };
  const id = (x: string) => remap.get(x) ?? x;
  const merged = new Map<string, LocalEntity>();
  for (const e of a.entities) {
    const target = id(e.id);
    const prev = merged.get(target);
    if (prev) {
      prev.mentions.push(...e.mentions);
      prev.aliases = [...new Set([...prev.aliases, e.name, ...e.aliases])];
    } else {
      const stored = candidates.find((c) => c.id === target) ?? [...curated.values()].find((m) => m.id === target);
      merged.set(target, {
        ...e,
        id: target,
        name: stored?.name ?? e.name,
        aliases: stored && stored.name !== e.name ? [...new Set([e.name, ...e.aliases])] : e.aliases,
        mentions: [...e.mentions],
      });
    }
  }
  return {
    possiblySame,
    article: {
      ...a,
      entities: [...merged.values()],
      roles: a.roles.map((r) => ({ ...r, personId: id(r.personId), ofId: r.ofId && id(r.ofId) })),
      statements: a.statements.map(function resolved(s: Statement): Statement {
        return {
          ...s,
          speaker: s.speaker && { ...s.speaker, entityId: s.speaker.entityId && id(s.speaker.entityId) },
          about: [...new Set(s.about.map(id))],
          accordingTo: s.accordingTo && id(s.accordingTo),
          // (The pieces of a statement in pieces are what the graph writes.)
          ...(s.pieces ? { pieces: s.pieces.map(resolved) } : {}),
        };
      }),
      events: a.events.map((e) => ({
        ...e,
        participants: e.participants.map((p) => ({ ...p, entityId: id(p.entityId) })),
      })),
    },
  };
}
