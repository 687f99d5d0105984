import { registerEnumType } from 'type-graphql';

export enum IngestStatus {
  CREATED = 'created',
  UNCHANGED = 'unchanged',
  REFUSED = 'refused',
}

registerEnumType(IngestStatus, {
  name: 'IngestStatus',
  description: 'What happened to one article sent for ingest.',
  valuesConfig: {
    CREATED: { description: 'Read, extracted and stored (replacing an older version of the same article).' },
    UNCHANGED: { description: 'Already stored with the same content and extractor: nothing to do.' },
    REFUSED: { description: 'Bad input (empty, binary, too big, not English, bad date…): see reason.' },
  },
});
