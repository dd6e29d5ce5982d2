/**
 * Public API: the `health` query.
 */
import { Ctx, Query, Resolver } from 'type-graphql';
import { getDatabaseHealth } from '../../db/health.repository.ts';
import type { GraphQLContext } from '../context.ts';
import { Health } from '../types/health.type.ts';

@Resolver(() => Health)
export class HealthResolver {
  @Query(() => Health, { description: 'Is the database up, which Neo4j is it, and how many nodes of each label it holds.' })
  async health(@Ctx() ctx: GraphQLContext): Promise<Health> {
    const h = await getDatabaseHealth(ctx.db);
    return { database: h.state, version: h.version, edition: h.edition, mode: ctx.dbMode, counts: h.counts, reason: h.reason };
  }
}
