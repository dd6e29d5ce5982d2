/** Public API: `ActorConnection` and `ActorEdge`, a Relay page of actors. */
import { createConnectionType } from './create-connection-type.ts';
import { Actor } from './actor.type.ts';

export const ActorConnection = createConnectionType('Actor', Actor, 'actor');
