// Titles and roles ("Israeli Prime Minister Benjamin Netanyahu", "US envoy Steve Witkoff",
// "his former Defense Minister Yoav Gallant") become role facts of the person, never people.
import { entityId } from '../ids.ts';
import { canonicalCountry, countryOfDemonym } from '../lexicon/places.ts';
import { need, type Stage } from '../pipeline.ts';
import type { SentenceView } from '../syntax.ts';
import type { LocalEntity, Mention, RoleFact } from '../types.ts';

export function findRoles(sentences: SentenceView[], mentions: Mention[], entities: LocalEntity[]): RoleFact[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const roles: RoleFact[] = [];
  for (const s of sentences) {
    const titles = s.sentence.entitymentions.filter((m) => m.ner === 'TITLE');
    for (const t of titles) {
      // The person right after the title (allowing nothing in between).
      const after = s.tok(t.tokenEnd + 1);
      if (!after) continue;
      const person = mentions.find(
        (m) => m.kind === 'name' && m.type === 'Person' && m.start === after.characterOffsetBegin && m.entity,
      );
      if (!person) continue;
      let title = t.text;
      let current = true;
      let ofId: string | undefined;
      let first = t.tokenBegin + 1;
      // Words before the title: "former", a nationality, a country or an organisation.
      for (let k = t.tokenBegin; k >= Math.max(1, t.tokenBegin - 2); k--) {
        const w = s.tok(k);
        const lw = w.word.toLowerCase();
        if (lw === 'former' || lw === 'ex' || lw === 'then') {
          current = false;
          first = k;
          continue;
        }
        const demonym = countryOfDemonym(w.word);
        const country = demonym ?? canonicalCountry(w.word);
        if (country) {
          ofId = entityId('Country', country);
          first = k;
          continue;
        }
        const org = mentions.find((m) => m.kind === 'name' && m.entity && m.end === w.characterOffsetEnd && (m.type === 'Organisation' || m.type === 'Country'));
        if (org) {
          ofId = org.entity;
          first = k;
          continue;
        }
        break;
      }
      if (!current) title = `former ${title}`;
      const personEntity = byId.get(person.entity!);
      if (!personEntity) continue;
      roles.push({
        personId: personEntity.id,
        title,
        ofId,
        current,
        span: { start: s.tok(first).characterOffsetBegin, end: t.characterOffsetEnd },
        sentence: s.index,
      });
    }
  }
  return roles;
}

export const rolesStage: Stage = {
  name: 'roles',
  requires: ['sentences', 'mentions', 'entities'],
  adds: ['roles'],
  run(doc) {
    return {
      ...doc,
      roles: findRoles(need(doc, 'sentences', 'roles'), need(doc, 'mentions', 'roles'), need(doc, 'entities', 'roles')),
    };
  },
};
