/** Public API: the `ChainStepRole` enum: the place of a step in a claim's chain of custody. */
import { registerEnumType } from 'type-graphql';

export enum ChainStepRole {
  SOURCE = 'SOURCE',
  RELAY = 'RELAY',
  OUTLET = 'OUTLET',
  ARTICLE = 'ARTICLE',
}

registerEnumType(ChainStepRole, {
  name: 'ChainStepRole',
  description: 'The place of a step in a claim chain: source -> relays -> outlet -> article.',
  valuesConfig: {
    SOURCE: { description: 'The original source (ATTRIBUTED_TO).' },
    RELAY: { description: 'An intermediary (RELAYED_BY), by hop from the source.' },
    OUTLET: { description: 'The outlet that published the article.' },
    ARTICLE: { description: 'The article that contains the claim.' },
  },
});
