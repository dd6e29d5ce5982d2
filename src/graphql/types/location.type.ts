/**
 * Public API: the `Location` object type: a place with its PART_OF hierarchy (field resolvers in
 * location.resolver.ts).
 */
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { LocationKind } from './location-kind.type.ts';

@ObjectType({ description: 'A place: village, town, district, governorate, country, landmark...' })
export class Location {
  @Field(() => ID, { description: 'Stable id: the lexicon slug (e.g. "hajin", "deir-ez-zor-governorate") or a hash.' })
  id!: string;

  @Field(() => String, { description: 'Arabic name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'English name, when known.' })
  nameEn!: string | null;

  @Field(() => LocationKind, { nullable: true, description: 'What kind of place it is.' })
  kind!: LocationKind | null;

  @Field(() => [String], { description: 'Other names and spellings.' })
  aliases!: string[];

  @Field(() => Float, { nullable: true, description: 'Latitude in degrees (WGS-84), when the place has coordinates.' })
  latitude!: number | null;

  @Field(() => Float, { nullable: true, description: 'Longitude in degrees (WGS-84), when the place has coordinates.' })
  longitude!: number | null;
}
