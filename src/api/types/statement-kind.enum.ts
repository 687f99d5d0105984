import { registerEnumType } from 'type-graphql';

/** Named as stored on Statement.kind (graph values, like EventType). */
export enum StatementKind {
  direct = 'direct',
  indirect = 'indirect',
  mixed = 'mixed',
}

registerEnumType(StatementKind, {
  name: 'StatementKind',
  description: 'How speech is reported: direct quote, indirect (reported) speech, or mixed.',
  valuesConfig: {
    direct: { description: 'Quoted words ("It is too soon…," he said).' },
    indirect: { description: 'Reported speech without quotation marks.' },
    mixed: { description: 'Reported speech with a quoted fragment.' },
  },
});
