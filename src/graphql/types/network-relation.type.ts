/** Public API: the `NetworkRelation` enum: the kinds of edges of the actor network. */
import { registerEnumType } from 'type-graphql';

export enum NetworkRelation {
  AFFILIATION = 'AFFILIATION',
  ADVERSARY = 'ADVERSARY',
  CO_REPORTED = 'CO_REPORTED',
}

registerEnumType(NetworkRelation, {
  name: 'NetworkRelation',
  description: 'A kind of edge between two actors.',
  valuesConfig: {
    AFFILIATION: { description: 'AFFILIATED_WITH: member of, backed by, agency of, led by, correspondent of...' },
    ADVERSARY: { description: 'The source perpetrated an incident that targeted the target.' },
    CO_REPORTED: { description: 'Both actors are sources or relays of claims about the same incident.' },
  },
});
