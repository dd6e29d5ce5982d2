/** Public API: `IncidentFilter`, what researchers filter incidents by. */
import { Field, ID, InputType } from 'type-graphql';
import { IncidentType } from '../types/incident-type.type.ts';
import { Stance } from '../types/stance.type.ts';

@InputType({ description: 'Filters for incident lists; all optional and combined with AND.' })
export class IncidentFilter {
  @Field(() => [IncidentType], { nullable: true, description: 'Only incidents of these types.' })
  types?: IncidentType[] | null;

  @Field(() => String, { nullable: true, description: 'Only incidents on or after this date (YYYY, YYYY-MM or YYYY-MM-DD). Incidents without a date are left out.' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Only incidents on or before this date (YYYY, YYYY-MM or YYYY-MM-DD; a month or year includes all of it).' })
  to?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only incidents in this place or any place PART_OF it (a governorate includes its districts and villages).' })
  locationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only incidents this actor perpetrated or was targeted in.' })
  actorId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only incidents reported in articles of this outlet.' })
  outletId?: string | null;

  @Field(() => Stance, { nullable: true, description: 'Only incidents with at least one claim of this stance (e.g. DENY: incidents someone denies).' })
  stance?: Stance | null;
}
