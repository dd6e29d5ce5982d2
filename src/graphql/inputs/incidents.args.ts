/** Public API: the arguments of incident connections: a page and a filter. */
import { ArgsType, Field } from 'type-graphql';
import { ConnectionArgs } from './connection.args.ts';
import { IncidentFilter } from './incident-filter.input.ts';

@ArgsType()
export class IncidentsArgs extends ConnectionArgs {
  @Field(() => IncidentFilter, { nullable: true, description: 'Which incidents (all when absent).' })
  filter?: IncidentFilter | null;
}
