/** Public API: the `Stance` enum: what a claim does with what it reports (stored lower case on Claim.stance). */
import { registerEnumType } from 'type-graphql';

export enum Stance {
  ASSERT = 'assert',
  DENY = 'deny',
  ACCUSE = 'accuse',
  ANNOUNCE = 'announce',
}

registerEnumType(Stance, {
  name: 'Stance',
  description: 'What the source does with what the claim reports.',
  valuesConfig: {
    ASSERT: { description: 'States it as fact ("said", "reported").' },
    DENY: { description: 'Denies it ("denied").' },
    ACCUSE: { description: 'Blames someone for it ("accused").' },
    ANNOUNCE: { description: 'Announces its own action ("announced", "claimed responsibility").' },
  },
});
