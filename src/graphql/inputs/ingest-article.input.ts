/** Public API: `IngestArticleInput`, an article to extract and load. */
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'An article to extract and load into the graph.' })
export class IngestArticleInput {
  @Field(() => String, { description: 'The whole text of the article (Arabic), as published.' })
  text!: string;

  @Field(() => String, { nullable: true, description: 'Headline; found in the text when absent.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Where it was published (http or https URL).' })
  url?: string | null;

  @Field(() => ID, { nullable: true, description: 'Actor id of the outlet that published it (a MEDIA actor, e.g. "step-news"); NOT_FOUND when unknown.' })
  outlet?: string | null;

  @Field(() => String, { nullable: true, description: 'Publication date (YYYY-MM-DD); relative dates in the text are resolved against it.' })
  publishedAt?: string | null;
}
