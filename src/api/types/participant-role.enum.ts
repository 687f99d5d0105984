import { registerEnumType } from 'type-graphql';

/** Named as stored on PARTICIPANT.role (graph values, like EventType). */
export enum ParticipantRole {
  agent = 'agent',
  target = 'target',
  court = 'court',
  victim = 'victim',
  place = 'place',
  participant = 'participant',
}

registerEnumType(ParticipantRole, {
  name: 'ParticipantRole',
  description: 'The part an entity plays in an event.',
  valuesConfig: {
    agent: { description: 'Who acted.' },
    target: { description: 'Who or what was acted on.' },
    court: { description: 'The court that ruled or issued.' },
    victim: { description: 'Who suffered harm.' },
    place: { description: 'Where it happened.' },
    participant: { description: 'Took part otherwise.' },
  },
});
