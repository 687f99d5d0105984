import { createUnionType } from 'type-graphql';
import type { FactRow } from '../../graph/rows.ts';
import { Event } from './event.type.ts';
import { Statement } from './statement.type.ts';

/** The object type of a timeline row: Statement or Event. */
export const timelineItemTypeName = (value: unknown) => (value as FactRow).fact;

export const TimelineItem = createUnionType({
  name: 'TimelineItem',
  description: 'A statement or an event.',
  types: () => [Statement, Event] as const,
  resolveType: timelineItemTypeName,
});
