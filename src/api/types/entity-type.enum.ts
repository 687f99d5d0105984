import { registerEnumType } from 'type-graphql';

/** GraphQL names of the entity types; values are the graph's labels. */
export enum EntityType {
  PERSON = 'Person',
  ORGANISATION = 'Organisation',
  COURT = 'Court',
  COUNTRY = 'Country',
  PLACE = 'Place',
  GROUP = 'Group',
}

registerEnumType(EntityType, { name: 'EntityType', description: 'Kinds of entity in the graph.' });
