/** Public API: `LocationConnection` and `LocationEdge`, a Relay page of locations. */
import { createConnectionType } from './create-connection-type.ts';
import { Location } from './location.type.ts';

export const LocationConnection = createConnectionType('Location', Location, 'location');
