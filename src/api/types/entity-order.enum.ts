import { registerEnumType } from 'type-graphql';
import type { EntityOrder as EntityOrderKey } from '../../graph/entity.repository.ts';

/** Sort orders of entity lists; values are keys of the repository's allow-list. */
export enum EntityOrder {
  MENTIONS = 'mentions',
  STATEMENTS = 'statements',
  ARTICLES = 'articles',
  NAME = 'name',
}

// Fails to compile when the enum and the repository's allow-list drift apart.
const _sameKeys: Record<EntityOrderKey, true> = { mentions: true, statements: true, articles: true, name: true };
void _sameKeys;

registerEnumType(EntityOrder, {
  name: 'EntityOrder',
  description: 'How to sort entities (full-text relevance first when searching).',
  valuesConfig: {
    MENTIONS: { description: 'Most mentioned first (default).' },
    STATEMENTS: { description: 'Most quoted first: statements they made.' },
    ARTICLES: { description: 'In most articles first.' },
    NAME: { description: 'Alphabetically.' },
  },
});
