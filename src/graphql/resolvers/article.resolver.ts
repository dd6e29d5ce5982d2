/** Public API: the `article` query and the Article relations: outlet, claims, mentions, text. */
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { ActorRow, ArticleRow, ClaimRow, LocationRow } from '../../db/node.repository.ts';
import type { GraphQLContext } from '../context.ts';
import { ClaimsArgs } from '../inputs/claims.args.ts';
import { resolvePageArgs } from '../pagination/resolve-page-args.ts';
import { toConnection } from '../pagination/to-connection.ts';
import { Article } from '../types/article.type.ts';
import { ClaimConnection } from '../types/claim-connection.type.ts';
import type { Connection } from '../types/create-connection-type.ts';
import { Mention } from '../types/mention.type.ts';
import { Outlet } from '../types/outlet.type.ts';

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => Article, { nullable: true, description: 'One article by id; null when there is none.' })
  article(@Arg('id', () => ID, { description: 'The article id.' }) id: string, @Ctx() ctx: GraphQLContext): Promise<ArticleRow | null> {
    return ctx.loaders.article.load(id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The whole original text.' })
  async text(@Root() article: Partial<ArticleRow> & { id: string }, @Ctx() ctx: GraphQLContext): Promise<string | null> {
    if (article.text !== undefined) return article.text;
    return (await ctx.loaders.article.load(article.id))?.text ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'When it was loaded (ISO date-time).' })
  async loadedAt(@Root() article: Partial<ArticleRow> & { id: string }, @Ctx() ctx: GraphQLContext): Promise<string | null> {
    const value = article.loadedAt !== undefined ? article.loadedAt : (await ctx.loaders.article.load(article.id))?.loadedAt;
    return value === null || value === undefined ? null : String(value);
  }

  @FieldResolver(() => Outlet, { nullable: true, description: 'The outlet that published it (PUBLISHED_BY).' })
  outlet(@Root() article: ArticleRow, @Ctx() ctx: GraphQLContext): Promise<ActorRow | null> {
    return ctx.loaders.articleOutlet.load(article.id);
  }

  @FieldResolver(() => ClaimConnection, { description: 'Its claims in text order (CONTAINS), optionally of one stance.' })
  async claims(@Root() article: ArticleRow, @Args(() => ClaimsArgs) args: ClaimsArgs, @Ctx() ctx: GraphQLContext): Promise<Connection<ClaimRow>> {
    const slice = resolvePageArgs(args, ctx.config.limits.maxPageSize);
    const page = await ctx.loaders.articleClaims.load({ id: article.id, ...slice, args: { stance: args.stance ?? null } });
    return toConnection(page, slice, (c) => ctx.loaders.claim.prime(c.id, c));
  }

  @FieldResolver(() => [Mention], { description: 'The actors and places it mentions (MENTIONS), most mentioned first.' })
  async mentions(@Root() article: ArticleRow, @Ctx() ctx: GraphQLContext): Promise<{ count: number | null; actor: ActorRow | null; location: LocationRow | null }[]> {
    return (await ctx.loaders.articleMentions.load(article.id)).map((m) =>
      m.label === 'Actor' ? { count: m.count, actor: m.node, location: null } : { count: m.count, actor: null, location: m.node },
    );
  }
}
