// After the events stage: what statements report. A statement is about the events told inside what was said
// ("Israel estimates that 56 hostages remain": the Detention of the hostages; "Netanyahu claimed
// progress in the negotiations": the Negotiation). Runs after statements and events.
import { need, type Stage } from '../pipeline.ts';
import type { EventFact, Span, Statement } from '../types.ts';
import { piecesOf } from './statements.ts';

/** The events any of whose triggers lies inside the statement's content. */
export function eventsReported(statement: Statement, events: EventFact[]): string[] {
  // (Inside what was said: a piece of a quotation, not the writer's words between the pieces.)
  const inside = (t: Span) => piecesOf(statement).some((p) => p.start <= t.start && t.end <= p.end);
  return events.filter((e) => (e.told ?? [e.trigger]).some(inside)).map((e) => e.id);
}

export const linksStage: Stage = {
  name: 'links',
  requires: ['statements', 'events'],
  adds: ['statements'],
  run: (doc) => {
    const events = need(doc, 'events', 'links');
    return {
      ...doc,
      statements: need(doc, 'statements', 'links').map((s) => ({
        ...s,
        aboutEvents: eventsReported(s, events),
        ...(s.pieces ? { pieces: s.pieces.map((p) => ({ ...p, aboutEvents: eventsReported(p, events) })) } : {}),
      })),
    };
  },
};
