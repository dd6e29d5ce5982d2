/**
 * Public API: the `Incident` object type: one event (a strike, a clash, a truce...) that claims are about.
 * Location, actors, provenance, figures and agreement are field resolvers in incident.resolver.ts.
 */
import { Field, ID, ObjectType } from 'type-graphql';
import { IncidentType } from './incident-type.type.ts';

@ObjectType({ description: 'One event that claims are about: an airstrike, a clash, a truce... Figures live on claims, since sources disagree.' })
export class Incident {
  @Field(() => ID, { description: 'Stable id (canonical after cross-article resolution).' })
  id!: string;

  @Field(() => IncidentType, { description: 'What happened.' })
  type!: IncidentType;

  @Field(() => String, { nullable: true, description: 'When, as an ISO date (YYYY-MM-DD, or shorter with a coarser precision); null when unknown.' })
  date!: string | null;

  @Field(() => String, { nullable: true, description: 'The date as the article wrote it (e.g. "يوم أمس الجمعة").' })
  dateText!: string | null;

  @Field(() => String, { nullable: true, description: 'How precise `date` is: day, week, month, year or unknown.' })
  datePrecision!: string | null;

  @Field(() => String, { nullable: true, description: 'How precise the location is: place, district, governorate, country or unknown.' })
  locationPrecision!: string | null;

  @Field(() => String, { nullable: true, description: 'The first sentence that evidences it.' })
  summary!: string | null;
}
