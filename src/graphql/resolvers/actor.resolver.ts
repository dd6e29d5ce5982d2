/**
 * Public API: the `actor` and `actors` queries and the Actor relations (claims, incidents, affiliations...).
 */
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { listRepository } from '../../db/list.repository.ts';
import type { ActorRow, ClaimRow, IncidentRow } from '../../db/node.repository.ts';
import type { AffiliationRow } from '../../db/relation.repository.ts';
import type { GraphQLContext } from '../context.ts';
import { ActorsArgs } from '../inputs/actors.args.ts';
import { ClaimsArgs } from '../inputs/claims.args.ts';
import { IncidentsArgs } from '../inputs/incidents.args.ts';
import { toIncidentFilterParams } from '../inputs/to-incident-filter-params.ts';
import { resolvePageArgs } from '../pagination/resolve-page-args.ts';
import { toConnection } from '../pagination/to-connection.ts';
import { toLuceneQuery } from '../search/to-lucene-query.ts';
import { ActorConnection } from '../types/actor-connection.type.ts';
import { Actor } from '../types/actor.type.ts';
import { Affiliation } from '../types/affiliation.type.ts';
import { ClaimConnection } from '../types/claim-connection.type.ts';
import type { Connection } from '../types/create-connection-type.ts';
import { IncidentConnection } from '../types/incident-connection.type.ts';
import { Outlet } from '../types/outlet.type.ts';

@Resolver(() => Actor)
export class ActorResolver {
  @Query(() => Actor, { nullable: true, description: 'One actor by id; null when there is none.' })
  actor(@Arg('id', () => ID, { description: 'The actor id (e.g. "sdf").' }) id: string, @Ctx() ctx: GraphQLContext): Promise<ActorRow | null> {
    return ctx.loaders.actor.load(id);
  }

  @Query(() => ActorConnection, { description: 'Actors by name, or the best matches of a full-text search over Arabic and English names and aliases, optionally of one kind.' })
  async actors(@Args(() => ActorsArgs) args: ActorsArgs, @Ctx() ctx: GraphQLContext): Promise<Connection<ActorRow>> {
    const slice = resolvePageArgs(args, ctx.config.limits.maxPageSize);
    const kind = args.kind ?? null;
    const page = args.search
      ? await listRepository.searchActors(ctx.db, toLuceneQuery(args.search, 'search'), kind, slice)
      : await listRepository.actors(ctx.db, kind, slice);
    return toConnection(page, slice, (a) => ctx.loaders.actor.prime(a.id, a));
  }

  @FieldResolver(() => [String], { description: 'Other names it goes by (Arabic and English).' })
  aliases(@Root() actor: ActorRow): string[] {
    return actor.aliases ?? [];
  }

  @FieldResolver(() => ClaimConnection, { description: 'Claims attributed to this actor as original source (ATTRIBUTED_TO).' })
  async claims(@Root() actor: ActorRow, @Args(() => ClaimsArgs) args: ClaimsArgs, @Ctx() ctx: GraphQLContext): Promise<Connection<ClaimRow>> {
    const slice = resolvePageArgs(args, ctx.config.limits.maxPageSize);
    const page = await ctx.loaders.actorClaims.load({ id: actor.id, ...slice, args: { stance: args.stance ?? null } });
    return toConnection(page, slice, (c) => ctx.loaders.claim.prime(c.id, c));
  }

  @FieldResolver(() => ClaimConnection, { description: 'Claims this actor passed on as an intermediary (RELAYED_BY, any hop).' })
  async relayedClaims(@Root() actor: ActorRow, @Args(() => ClaimsArgs) args: ClaimsArgs, @Ctx() ctx: GraphQLContext): Promise<Connection<ClaimRow>> {
    const slice = resolvePageArgs(args, ctx.config.limits.maxPageSize);
    const page = await ctx.loaders.actorRelayedClaims.load({ id: actor.id, ...slice, args: { stance: args.stance ?? null } });
    return toConnection(page, slice, (c) => ctx.loaders.claim.prime(c.id, c));
  }

  @FieldResolver(() => IncidentConnection, { description: 'Incidents this actor perpetrated (PERPETRATED), latest first.' })
  perpetrated(@Root() actor: ActorRow, @Args(() => IncidentsArgs) args: IncidentsArgs, @Ctx() ctx: GraphQLContext): Promise<Connection<IncidentRow>> {
    return this.incidentsOf(actor, 'PERPETRATOR', args, ctx);
  }

  @FieldResolver(() => IncidentConnection, { description: 'Incidents that targeted this actor (TARGETED), latest first.' })
  targetedIn(@Root() actor: ActorRow, @Args(() => IncidentsArgs) args: IncidentsArgs, @Ctx() ctx: GraphQLContext): Promise<Connection<IncidentRow>> {
    return this.incidentsOf(actor, 'TARGET', args, ctx);
  }

  @FieldResolver(() => IncidentConnection, { description: 'Incidents this actor took part in, as perpetrator or target, latest first.' })
  incidents(@Root() actor: ActorRow, @Args(() => IncidentsArgs) args: IncidentsArgs, @Ctx() ctx: GraphQLContext): Promise<Connection<IncidentRow>> {
    return this.incidentsOf(actor, null, args, ctx);
  }

  @FieldResolver(() => [Affiliation], { description: 'Affiliations in both directions: whom it belongs to, is backed or led by, and who belongs to it.' })
  async affiliations(@Root() actor: ActorRow, @Ctx() ctx: GraphQLContext): Promise<(Omit<Affiliation, 'actor'> & { actor: ActorRow })[]> {
    const rows: AffiliationRow[] = await ctx.loaders.actorAffiliations.load(actor.id);
    return rows.map((r) => ({ role: r.role, outgoing: r.outgoing, actor: r.node, source: r.source, claimIds: r.claimIds }));
  }

  @FieldResolver(() => Outlet, { nullable: true, description: 'This actor as an outlet (its articles, claims, top sources), when it is a MEDIA actor.' })
  asOutlet(@Root() actor: ActorRow): ActorRow | null {
    return actor.kind === 'MEDIA' ? actor : null;
  }

  private async incidentsOf(actor: ActorRow, role: 'PERPETRATOR' | 'TARGET' | null, args: IncidentsArgs, ctx: GraphQLContext): Promise<Connection<IncidentRow>> {
    const slice = resolvePageArgs(args, ctx.config.limits.maxPageSize);
    const filter = toIncidentFilterParams(args.filter);
    const page = await ctx.loaders.actorIncidents.load({ id: actor.id, ...slice, args: { role, filter } });
    return toConnection(page, slice, (i) => ctx.loaders.incident.prime(i.id, i));
  }
}
