/** Public API: the `IngestResult` object type: what ingesting an article did. */
import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'What ingesting an article did.' })
export class IngestResult {
  @Field(() => ID, { nullable: true, description: 'The id of the article (resolve it with `article`).' })
  articleId!: string | null;

  @Field(() => Boolean, { description: 'False when the same text was already loaded (nothing changed).' })
  changed!: boolean;

  @Field(() => Int, { description: 'Claims written.' })
  claims!: number;

  @Field(() => Int, { description: 'Incidents written or merged into.' })
  incidents!: number;
}
