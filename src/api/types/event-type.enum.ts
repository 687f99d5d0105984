import { registerEnumType } from 'type-graphql';
import { EVENT_TYPES, type EventType as EventTypeName } from '../../extract/types.ts';

/**
 * Event types, named exactly as in the graph (`Event.type`) and the extraction contract, so
 * GraphQL, Cypher and `newsgraph extract` agree. Built from the extractor's closed list.
 */
export const EventType = Object.fromEntries(EVENT_TYPES.map((t) => [t, t])) as { [K in EventTypeName]: K };
export type EventType = EventTypeName;

registerEnumType(EventType, { name: 'EventType', description: 'Kinds of event, as stored on Event.type.' });
