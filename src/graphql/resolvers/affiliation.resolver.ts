/** Public API: the evidence of an Affiliation (the claims that support it). */
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ClaimRow } from '../../db/node.repository.ts';
import type { GraphQLContext } from '../context.ts';
import { Affiliation } from '../types/affiliation.type.ts';
import { Claim } from '../types/claim.type.ts';

@Resolver(() => Affiliation)
export class AffiliationResolver {
  @FieldResolver(() => [Claim], { description: 'The claims that evidence it (empty for reference affiliations from the lexicon).' })
  async evidence(@Root() affiliation: Affiliation, @Ctx() ctx: GraphQLContext): Promise<ClaimRow[]> {
    const claims = await ctx.loaders.claim.loadMany(affiliation.claimIds ?? []);
    return claims.filter((c): c is ClaimRow => !!c && !(c instanceof Error));
  }
}
