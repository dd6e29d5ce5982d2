/**
 * Public API: the `SearchHit` union of `ActorHit`, `LocationHit`, `ClaimHit` and `IncidentHit`: full-text hits
 * with their score.
 */
import { createUnionType, Field, Float, ObjectType } from 'type-graphql';
import type { ActorRow, ClaimRow, IncidentRow, LocationRow } from '../../db/node.repository.ts';
import { Actor } from './actor.type.ts';
import { Claim } from './claim.type.ts';
import { Incident } from './incident.type.ts';
import { Location } from './location.type.ts';

@ObjectType({ description: 'An actor whose name or alias matches.' })
export class ActorHit {
  @Field(() => Float, { description: 'Lucene relevance score (higher is better).' })
  score!: number;

  @Field(() => Actor, { description: 'The actor.' })
  actor!: ActorRow;
}

@ObjectType({ description: 'A place whose name or alias matches.' })
export class LocationHit {
  @Field(() => Float, { description: 'Lucene relevance score (higher is better).' })
  score!: number;

  @Field(() => Location, { description: 'The place.' })
  location!: LocationRow;
}

@ObjectType({ description: 'A claim whose sentence matches.' })
export class ClaimHit {
  @Field(() => Float, { description: 'Lucene relevance score (higher is better).' })
  score!: number;

  @Field(() => Claim, { description: 'The claim.' })
  claim!: ClaimRow;
}

@ObjectType({ description: 'An incident whose summary matches.' })
export class IncidentHit {
  @Field(() => Float, { description: 'Lucene relevance score (higher is better).' })
  score!: number;

  @Field(() => Incident, { description: 'The incident.' })
  incident!: IncidentRow;
}

export type SearchHitValue =
  | { kind: 'Actor'; score: number; actor: ActorRow }
  | { kind: 'Location'; score: number; location: LocationRow }
  | { kind: 'Claim'; score: number; claim: ClaimRow }
  | { kind: 'Incident'; score: number; incident: IncidentRow };

export const SearchHit = createUnionType({
  name: 'SearchHit',
  description: 'A full-text hit: an actor, a place, a claim or an incident.',
  types: () => [ActorHit, LocationHit, ClaimHit, IncidentHit] as const,
  resolveType: (value) => {
    switch ((value as unknown as SearchHitValue).kind) {
      case 'Actor':
        return ActorHit;
      case 'Location':
        return LocationHit;
      case 'Claim':
        return ClaimHit;
      default:
        return IncidentHit;
    }
  },
});
