// The connection types of the schema, one place so each is built once.
import { Article } from './article.type.ts';
import { Connection } from './connection.ts';
import { Entity } from './entity.type.ts';
import { Event } from './event.type.ts';
import { PossiblySamePair } from './possibly-same.type.ts';
import { Statement } from './statement.type.ts';
import { TimelineItem } from './timeline-item.union.ts';

export const EntityConnection = Connection('Entity', () => Entity);
export const ArticleConnection = Connection('Article', () => Article);
export const StatementConnection = Connection('Statement', () => Statement);
export const EventConnection = Connection('Event', () => Event);
export const TimelineItemConnection = Connection('TimelineItem', () => TimelineItem);
export const PossiblySamePairConnection = Connection('PossiblySamePair', () => PossiblySamePair);
