/** Public API: the `LocationDistance` object type: a place and how far it is from a point. */
import { Field, Float, ObjectType } from 'type-graphql';
import type { LocationRow } from '../../db/node.repository.ts';
import { Location } from './location.type.ts';

@ObjectType({ description: 'A place near a point, with its distance.' })
export class LocationDistance {
  @Field(() => Location, { description: 'The place.' })
  location!: LocationRow;

  @Field(() => Float, { description: 'Distance from the point, in kilometres.' })
  distanceKm!: number;
}
