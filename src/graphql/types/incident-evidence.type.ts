/** Public API: the `IncidentEvidence` object type: one sentence of one article that reports an incident. */
import { Field, Int, ObjectType } from 'type-graphql';
import type { ArticleRow } from '../../db/node.repository.ts';
import { Article } from './article.type.ts';

@ObjectType({
  description: 'One sentence of one article that reports an incident, with its offsets in the article text.',
})
export class IncidentEvidence {
  @Field(() => Article, { nullable: true, description: 'The article the sentence is in.' })
  article!: ArticleRow | null;

  @Field(() => String, {
    description: "The id of the article's report of the incident (one of the incident's `mergedFrom`).",
  })
  reportId!: string;

  @Field(() => String, { description: 'The sentence, as in the article.' })
  text!: string;

  @Field(() => Int, { description: 'Where it starts in the article text (UTF-16 offset).' })
  start!: number;

  @Field(() => Int, { description: 'Where it ends in the article text (UTF-16 offset, exclusive).' })
  end!: number;
}
