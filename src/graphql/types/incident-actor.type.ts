/** Public API: the `IncidentActor` object type: an actor in an incident with its role. */
import { Field, ObjectType } from 'type-graphql';
import type { ActorRow } from '../../db/node.repository.ts';
import { Actor } from './actor.type.ts';
import { IncidentRole } from './incident-role.type.ts';

@ObjectType({ description: 'An actor taking part in an incident, with its role.' })
export class IncidentActor {
  @Field(() => Actor, { description: 'The actor.' })
  actor!: ActorRow;

  @Field(() => IncidentRole, { description: 'Perpetrator or target.' })
  role!: IncidentRole;
}
