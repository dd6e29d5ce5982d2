/** Public API: the `ChainStep` object type: one step of a claim's chain source -> relays -> outlet -> article. */
import { Field, Int, ObjectType } from 'type-graphql';
import type { ActorRow, ArticleRow } from '../../db/node.repository.ts';
import { Actor } from './actor.type.ts';
import { Article } from './article.type.ts';
import { ChainStepRole } from './chain-step-role.type.ts';

@ObjectType({ description: 'One step of the way a claim travelled: source -> each relay by hop -> outlet -> article.' })
export class ChainStep {
  @Field(() => Int, { description: 'Position in the chain, from 1 (the source, or the first known step).' })
  position!: number;

  @Field(() => ChainStepRole, { description: 'What this step is.' })
  role!: ChainStepRole;

  @Field(() => Int, { nullable: true, description: 'For RELAY steps, the hop from the source (1 = nearest).' })
  hop!: number | null;

  @Field(() => Actor, { nullable: true, description: 'The actor of this step (null for the ARTICLE step).' })
  actor!: ActorRow | null;

  @Field(() => Article, { nullable: true, description: 'The article (ARTICLE step only).' })
  article!: Partial<ArticleRow> | null;
}
