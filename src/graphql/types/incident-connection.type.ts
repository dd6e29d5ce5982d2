/** Public API: `IncidentConnection` and `IncidentEdge`, a Relay page of incidents. */
import { createConnectionType } from './create-connection-type.ts';
import { Incident } from './incident.type.ts';

export const IncidentConnection = createConnectionType('Incident', Incident, 'incident');
