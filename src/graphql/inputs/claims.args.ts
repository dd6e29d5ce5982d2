/** Public API: the arguments of claim connections: a page and an optional stance. */
import { ArgsType, Field } from 'type-graphql';
import { Stance } from '../types/stance.type.ts';
import { ConnectionArgs } from './connection.args.ts';

@ArgsType()
export class ClaimsArgs extends ConnectionArgs {
  @Field(() => Stance, { nullable: true, description: 'Only claims with this stance (e.g. DENY for denials).' })
  stance?: Stance | null;
}
