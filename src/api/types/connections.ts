// The connection types of the schema, one place so each is built once.
import { Article } from './article.type.ts';
import { Connection } from './connection.ts';
import { Entity } from './entity.type.ts';

export const EntityConnection = Connection('Entity', () => Entity);
export const ArticleConnection = Connection('Article', () => Article);
