/** Public API: the `IncidentRole` enum: how an actor takes part in an incident. */
import { registerEnumType } from 'type-graphql';

export enum IncidentRole {
  PERPETRATOR = 'PERPETRATOR',
  TARGET = 'TARGET',
}

registerEnumType(IncidentRole, {
  name: 'IncidentRole',
  description: 'How an actor takes part in an incident.',
  valuesConfig: {
    PERPETRATOR: { description: 'It carried the incident out (PERPETRATED).' },
    TARGET: { description: 'The incident targeted it (TARGETED).' },
  },
});
