/** Public API: `first` / `after`, the arguments of every connection. */
import { ArgsType, Field, Int } from 'type-graphql';

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: 'How many items to return (default 20; at most the configured maximum page size, else BAD_USER_INPUT).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Return the items after this cursor (an `endCursor` or edge `cursor` from a previous page).' })
  after?: string | null;
}
