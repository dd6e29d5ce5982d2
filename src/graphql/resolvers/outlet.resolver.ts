/**
 * Public API: the `outlet` and `compareOutlets` queries and the Outlet relations: articles, claims, top
 * sources, incidents covered.
 */
import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { listRepository } from '../../db/list.repository.ts';
import type { ActorRow, ArticleRow, ClaimRow, IncidentRow } from '../../db/node.repository.ts';
import type { GraphQLContext } from '../context.ts';
import { ClaimsArgs } from '../inputs/claims.args.ts';
import { ConnectionArgs } from '../inputs/connection.args.ts';
import { IncidentsArgs } from '../inputs/incidents.args.ts';
import { toIncidentFilterParams } from '../inputs/to-incident-filter-params.ts';
import { resolvePageArgs } from '../pagination/resolve-page-args.ts';
import { toConnection } from '../pagination/to-connection.ts';
import { compareOutletFigures } from '../provenance/compare-outlet-figures.ts';
import { Actor } from '../types/actor.type.ts';
import { ArticleConnection } from '../types/article-connection.type.ts';
import { ClaimConnection } from '../types/claim-connection.type.ts';
import type { Connection } from '../types/create-connection-type.ts';
import { IncidentConnection } from '../types/incident-connection.type.ts';
import { OutletComparison } from '../types/outlet-comparison.type.ts';
import { Outlet } from '../types/outlet.type.ts';
import { SourceCount } from '../types/source-count.type.ts';

@Resolver(() => Outlet)
export class OutletResolver {
  @Query(() => Outlet, { nullable: true, description: 'One outlet (a MEDIA actor) by id; null when there is none or the actor is not MEDIA.' })
  async outlet(@Arg('id', () => ID, { description: 'The outlet id (e.g. "afp").' }) id: string, @Ctx() ctx: GraphQLContext): Promise<ActorRow | null> {
    const actor = await ctx.loaders.actor.load(id);
    return actor?.kind === 'MEDIA' ? actor : null;
  }

  @Query(() => OutletComparison, { nullable: true, description: 'Two outlets side by side: the incidents both covered and where their figures differ; null when either is unknown.' })
  async compareOutlets(
    @Arg('a', () => ID, { description: 'The first outlet id.' }) a: string,
    @Arg('b', () => ID, { description: 'The second outlet id.' }) b: string,
    @Arg('first', () => Int, { nullable: true, description: 'At most this many common incidents (default 20, at most the maximum page size).' }) first: number | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OutletComparison | null> {
    const { limit } = resolvePageArgs({ first }, ctx.config.limits.maxPageSize);
    const [outletA, outletB] = await Promise.all([ctx.loaders.actor.load(a), ctx.loaders.actor.load(b)]);
    if (!outletA || !outletB) return null;
    const incidents = await listRepository.commonIncidents(ctx.db, a, b, limit);
    const evidence = await ctx.loaders.incidentEvidence.loadMany(incidents.map((i) => i.id));
    const compared = incidents.map((incident, index) => {
      const rows = evidence[index];
      return compareOutletFigures(incident, Array.isArray(rows) ? rows : [], a, b);
    });
    return {
      a: outletA,
      b: outletB,
      commonCount: compared.length,
      differingCount: compared.filter((c) => c.figuresDiffer).length,
      incidents: compared,
    } as unknown as OutletComparison;
  }

  @FieldResolver(() => [String], { description: 'Other names it goes by.' })
  aliases(@Root() outlet: ActorRow): string[] {
    return outlet.aliases ?? [];
  }

  @FieldResolver(() => Actor, { description: 'The outlet as an actor (affiliations, claims it is the source of, network).' })
  actor(@Root() outlet: ActorRow): ActorRow {
    return outlet;
  }

  @FieldResolver(() => ArticleConnection, { description: 'Articles it published, newest first.' })
  async articles(@Root() outlet: ActorRow, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: GraphQLContext): Promise<Connection<ArticleRow>> {
    const slice = resolvePageArgs(args, ctx.config.limits.maxPageSize);
    const page = await ctx.loaders.outletArticles.load({ id: outlet.id, ...slice, args: {} });
    return toConnection(page, slice, (r) => ctx.loaders.article.prime(r.id, r));
  }

  @FieldResolver(() => ClaimConnection, { description: 'The claims in the articles it published, newest first, optionally of one stance.' })
  async claims(@Root() outlet: ActorRow, @Args(() => ClaimsArgs) args: ClaimsArgs, @Ctx() ctx: GraphQLContext): Promise<Connection<ClaimRow>> {
    const slice = resolvePageArgs(args, ctx.config.limits.maxPageSize);
    const page = await ctx.loaders.outletClaims.load({ id: outlet.id, ...slice, args: { stance: args.stance ?? null } });
    return toConnection(page, slice, (c) => ctx.loaders.claim.prime(c.id, c));
  }

  @FieldResolver(() => [SourceCount], { description: 'The original sources its articles cite most, with how many claims each.' })
  async topSources(
    @Root() outlet: ActorRow,
    @Arg('first', () => Int, { nullable: true, description: 'How many sources (default 20, at most the maximum page size).' }) first: number | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<{ actor: ActorRow; count: number }[]> {
    const { limit } = resolvePageArgs({ first }, ctx.config.limits.maxPageSize);
    return (await ctx.loaders.outletTopSources.load(outlet.id)).slice(0, limit).map((r) => ({ actor: r.node, count: r.count }));
  }

  @FieldResolver(() => IncidentConnection, { description: 'The incidents its articles report, latest first, with filters.' })
  async incidents(@Root() outlet: ActorRow, @Args(() => IncidentsArgs) args: IncidentsArgs, @Ctx() ctx: GraphQLContext): Promise<Connection<IncidentRow>> {
    const slice = resolvePageArgs(args, ctx.config.limits.maxPageSize);
    const page = await ctx.loaders.outletIncidents.load({ id: outlet.id, ...slice, args: toIncidentFilterParams(args.filter) });
    return toConnection(page, slice, (i) => ctx.loaders.incident.prime(i.id, i));
  }
}
