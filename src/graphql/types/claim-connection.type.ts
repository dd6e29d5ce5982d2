/** Public API: `ClaimConnection` and `ClaimEdge`, a Relay page of claims. */
import { createConnectionType } from './create-connection-type.ts';
import { Claim } from './claim.type.ts';

export const ClaimConnection = createConnectionType('Claim', Claim, 'claim');
