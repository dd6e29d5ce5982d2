/**
 * Public API: the `actorNetwork` and `path` queries, and the evidence of network edges.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { readNetworkEdges, type NetworkEdgeRow } from '../../db/network.repository.ts';
import type { ActorRow, ClaimRow } from '../../db/node.repository.ts';
import type { GraphQLContext } from '../context.ts';
import { BadUserInputError } from '../errors/bad-user-input.error.ts';
import { expandNetwork, type ReadEdges } from '../network/expand-network.ts';
import { findActorPath } from '../network/find-actor-path.ts';
import { isFieldSelected } from '../selection/is-field-selected.ts';
import { ActorNetwork, NetworkEdge } from '../types/actor-network.type.ts';
import { ActorPath } from '../types/actor-path.type.ts';
import { Claim } from '../types/claim.type.ts';
import { NetworkRelation } from '../types/network-relation.type.ts';

/** The most edges actorNetwork returns (and reads per hop); past it the network is marked truncated. */
export const MAX_NETWORK_EDGES = 1000;
/** The longest path `path` looks for. */
export const MAX_PATH_LENGTH = 6;
const ALL_RELATIONS = [NetworkRelation.AFFILIATION, NetworkRelation.ADVERSARY, NetworkRelation.CO_REPORTED];

type EdgeValue = Omit<NetworkEdge, 'source' | 'target'> & { source: ActorRow; target: ActorRow };

@Resolver(() => NetworkEdge)
export class NetworkResolver {
  @Query(() => ActorNetwork, { nullable: true, description: 'The actors within `depth` hops of one actor and the edges between them (affiliations, adversaries, co-reporting), with evidence; null when the actor is unknown.' })
  async actorNetwork(
    @Arg('id', () => ID, { description: 'The actor at the centre.' }) id: string,
    @Arg('depth', () => Int, { defaultValue: 1, description: 'How many hops out, 1 to 3.' }) depth: number,
    @Arg('relations', () => [NetworkRelation], { nullable: true, description: 'Which kinds of edges to follow (all when absent).' }) relations: NetworkRelation[] | null,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<{ center: ActorRow; nodes: ActorRow[]; edges: EdgeValue[]; truncated: boolean } | null> {
    if (!Number.isInteger(depth) || depth < 1 || depth > 3) throw new BadUserInputError('`depth` must be 1, 2 or 3.', { argument: 'depth' });
    const center = await ctx.loaders.actor.load(id);
    if (!center) return null;
    const network = await expandNetwork(id, depth, pickRelations(relations), this.reader(ctx, info), MAX_NETWORK_EDGES);
    const actors = await this.actorsById(network.nodeIds, ctx);
    return {
      center,
      nodes: network.nodeIds.flatMap((n) => (actors.get(n) ? [actors.get(n) as ActorRow] : [])),
      edges: toEdgeValues(network.edges, actors),
      truncated: network.truncated,
    };
  }

  @Query(() => ActorPath, { nullable: true, description: 'The shortest connection between two actors over affiliations, adversaries and co-reporting (edges taken either way), up to `maxLength` hops; null when none.' })
  async path(
    @Arg('from', () => ID, { description: 'Where the path starts.' }) from: string,
    @Arg('to', () => ID, { description: 'Where the path ends.' }) to: string,
    @Arg('maxLength', () => Int, { defaultValue: 4, description: `The most hops to look for, 1 to ${MAX_PATH_LENGTH}.` }) maxLength: number,
    @Arg('relations', () => [NetworkRelation], { nullable: true, description: 'Which kinds of edges to follow (all when absent).' }) relations: NetworkRelation[] | null,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<{ length: number; nodes: ActorRow[]; edges: EdgeValue[] } | null> {
    if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > MAX_PATH_LENGTH) {
      throw new BadUserInputError(`\`maxLength\` must be 1 to ${MAX_PATH_LENGTH}.`, { argument: 'maxLength' });
    }
    const [a, b] = await Promise.all([ctx.loaders.actor.load(from), ctx.loaders.actor.load(to)]);
    if (!a || !b) return null;
    const found = await findActorPath(from, to, maxLength, pickRelations(relations), this.reader(ctx, info), MAX_NETWORK_EDGES);
    if (!found) return null;
    const actors = await this.actorsById(found.nodeIds, ctx);
    return { length: found.edges.length, nodes: found.nodeIds.map((n) => actors.get(n) as ActorRow), edges: toEdgeValues(found.edges, actors) };
  }

  @FieldResolver(() => [Claim], { description: 'Claims behind the edge (at most 20): the affiliation’s evidence, claims about the incidents, or the co-reported claims.' })
  async evidence(@Root() edge: NetworkEdge, @Ctx() ctx: GraphQLContext): Promise<ClaimRow[]> {
    const claims = await ctx.loaders.claim.loadMany(edge.evidenceIds ?? []);
    return claims.filter((c): c is ClaimRow => !!c && !(c instanceof Error));
  }

  /** The edge reader of one request: evidence is read only when the request selects `edges { evidence }`. */
  private reader(ctx: GraphQLContext, info: GraphQLResolveInfo): ReadEdges {
    const withEvidence = isFieldSelected(info, ['edges', 'evidence']);
    return (ids, relations, limit) => readNetworkEdges(ctx.db, ids, relations, limit, withEvidence);
  }

  private async actorsById(ids: string[], ctx: GraphQLContext): Promise<Map<string, ActorRow>> {
    const rows = await ctx.loaders.actor.loadMany(ids);
    return new Map(rows.flatMap((r) => (r && !(r instanceof Error) ? [[r.id, r] as const] : [])));
  }
}

function pickRelations(relations: NetworkRelation[] | null): NetworkRelation[] {
  return relations && relations.length > 0 ? [...new Set(relations)] : ALL_RELATIONS;
}

function toEdgeValues(edges: NetworkEdgeRow[], actors: Map<string, ActorRow>): EdgeValue[] {
  return edges.flatMap((e) => {
    const source = actors.get(e.source);
    const target = actors.get(e.target);
    if (!source || !target) return [];
    return [{ source, target, relation: e.relation as NetworkRelation, role: e.role, weight: e.weight, evidenceIds: e.evidence }];
  });
}
