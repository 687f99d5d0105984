import { Field, ObjectType } from 'type-graphql';
import { Entity } from './entity.type.ts';

@ObjectType('Role', {
  simpleResolvers: true,
  description: 'A role a person holds ("Prime Minister" of Israel), as reported.',
})
export class Role {
  @Field(() => String)
  title!: string;

  @Field(() => Boolean, { description: 'False for "former" roles.' })
  current!: boolean;

  @Field(() => Entity, { description: 'The organisation, country or place the role is in ("Kharkiv governor").' })
  of!: Entity;

  @Field(() => Entity, { description: 'The person who holds it.' })
  holder!: Entity;
}
