/** Public API: the arguments of the `actors` query. */
import { ArgsType, Field } from 'type-graphql';
import { ActorKind } from '../types/actor-kind.type.ts';
import { ConnectionArgs } from './connection.args.ts';

@ArgsType()
export class ActorsArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Words to find in Arabic or English names and aliases (full-text, Arabic-aware); best matches first. Without it, actors come by name.' })
  search?: string | null;

  @Field(() => ActorKind, { nullable: true, description: 'Only actors of this kind.' })
  kind?: ActorKind | null;
}
