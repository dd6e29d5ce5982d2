/** Public API: Relay's `PageInfo`. */
import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Where a page ends and whether more follow (Relay cursor connections).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when items follow this page: ask again with `after: endCursor`.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'True when items precede this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'The cursor of the first item of the page; null when the page is empty.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'The cursor of the last item of the page; null when the page is empty.' })
  endCursor!: string | null;
}
