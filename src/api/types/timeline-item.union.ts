import { createUnionType } from 'type-graphql';
import type { FactRow } from '../../graph/rows.ts';
import { Event } from './event.type.ts';
import { Statement } from './statement.type.ts';

export const TimelineItem = createUnionType({
  name: 'TimelineItem',
  description: 'A statement or an event.',
  types: () => [Statement, Event] as const,
  resolveType: (value) => (value as unknown as FactRow).fact,
});
