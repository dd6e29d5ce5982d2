/**
 * Public API: the `Article` object type: one news report (outlet, claims and mentions are field resolvers in
 * article.resolver.ts).
 */
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One news article as loaded.' })
export class Article {
  @Field(() => ID, { description: 'Stable id (a hash of the content).' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Headline, when found.' })
  title!: string | null;

  @Field(() => String, { nullable: true, description: 'Where it was published, when known.' })
  url!: string | null;

  @Field(() => String, { nullable: true, description: 'Publication date (YYYY-MM-DD), when known.' })
  publishedAt!: string | null;

  @Field(() => String, { nullable: true, description: 'Language code (ar).' })
  language!: string | null;

  @Field(() => String, { nullable: true, description: 'The file it was loaded from.' })
  file!: string | null;
}
