/**
 * Public API: the `claim` query and the Claim relations: article, source, relays, outlet, incident, the ordered
 * chain, and the claims of other sources that corroborate or contradict it.
 */
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { ActorRow, ArticleRow, ClaimRow, IncidentRow } from '../../db/node.repository.ts';
import type { GraphQLContext } from '../context.ts';
import { buildClaimChain, type ChainStepValue } from '../provenance/build-claim-chain.ts';
import { compareClaims } from '../provenance/compare-claims.ts';
import { findIndependentSource } from '../provenance/find-independent-source.ts';
import { Actor } from '../types/actor.type.ts';
import { Article } from '../types/article.type.ts';
import { ChainStep } from '../types/chain-step.type.ts';
import { ClaimComparison } from '../types/claim-comparison.type.ts';
import { Claim } from '../types/claim.type.ts';
import { Incident } from '../types/incident.type.ts';
import { Outlet } from '../types/outlet.type.ts';
import { Relay } from '../types/relay.type.ts';

@Resolver(() => Claim)
export class ClaimResolver {
  @Query(() => Claim, { nullable: true, description: 'One claim by id; null when there is none.' })
  claim(@Arg('id', () => ID, { description: 'The claim id.' }) id: string, @Ctx() ctx: GraphQLContext): Promise<ClaimRow | null> {
    return ctx.loaders.claim.load(id);
  }

  @FieldResolver(() => Boolean, { description: 'True when the figure was a vague count ("dozens"), kept as its lower bound.' })
  vague(@Root() claim: ClaimRow): boolean {
    return claim.vague ?? false;
  }

  @FieldResolver(() => Article, { nullable: true, description: 'The article that contains it.' })
  article(@Root() claim: ClaimRow, @Ctx() ctx: GraphQLContext): Promise<ArticleRow | null> {
    return ctx.loaders.claimArticle.load(claim.id);
  }

  @FieldResolver(() => Actor, { nullable: true, description: 'The original source (ATTRIBUTED_TO); null when the outlet says it on its own authority.' })
  source(@Root() claim: ClaimRow, @Ctx() ctx: GraphQLContext): Promise<ActorRow | null> {
    return ctx.loaders.claimSource.load(claim.id);
  }

  @FieldResolver(() => [Relay], { description: 'The intermediaries (RELAYED_BY), nearest the source first.' })
  async relays(@Root() claim: ClaimRow, @Ctx() ctx: GraphQLContext): Promise<{ hop: number; actor: ActorRow }[]> {
    return (await ctx.loaders.claimRelays.load(claim.id)).map((r) => ({ hop: r.hop, actor: r.node }));
  }

  @FieldResolver(() => Outlet, { nullable: true, description: 'The outlet that published the article.' })
  outlet(@Root() claim: ClaimRow, @Ctx() ctx: GraphQLContext): Promise<ActorRow | null> {
    return ctx.loaders.claimOutlet.load(claim.id);
  }

  @FieldResolver(() => Incident, { nullable: true, description: 'The incident it is about (ABOUT), when one was recognised.' })
  incident(@Root() claim: ClaimRow, @Ctx() ctx: GraphQLContext): Promise<IncidentRow | null> {
    return ctx.loaders.claimIncident.load(claim.id);
  }

  @FieldResolver(() => [ChainStep], { description: 'How it travelled, in order: source -> each relay by hop -> outlet -> article.' })
  async chain(@Root() claim: ClaimRow, @Ctx() ctx: GraphQLContext): Promise<ChainStepValue[]> {
    const evidence = await ctx.loaders.claimEvidence.load(claim.id);
    return evidence ? buildClaimChain(evidence) : [];
  }

  @FieldResolver(() => [ClaimComparison], { description: 'Claims of other independent sources about the same incident that agree with it (same stance, compatible figures).' })
  corroborations(@Root() claim: ClaimRow, @Ctx() ctx: GraphQLContext): Promise<ClaimComparison[]> {
    return this.compareWithOthers(claim, 'corroborates', ctx);
  }

  @FieldResolver(() => [ClaimComparison], { description: 'Claims of other independent sources about the same incident that differ: a denial against an assertion, or killed/injured figures that cannot both hold.' })
  contradictions(@Root() claim: ClaimRow, @Ctx() ctx: GraphQLContext): Promise<ClaimComparison[]> {
    return this.compareWithOthers(claim, 'contradicts', ctx);
  }

  private async compareWithOthers(claim: ClaimRow, wanted: 'corroborates' | 'contradicts', ctx: GraphQLContext): Promise<ClaimComparison[]> {
    const self = await ctx.loaders.claimEvidence.load(claim.id);
    if (!self?.incidentId) return [];
    const others = await ctx.loaders.incidentEvidence.load(self.incidentId);
    const selfKey = findIndependentSource(self).key;
    return others
      .filter((o) => o.claim.id !== claim.id && findIndependentSource(o).key !== selfKey)
      .map((o) => ({ other: o, outcome: compareClaims(self, o) }))
      .filter(({ outcome }) => outcome.relation === wanted)
      .map(({ other, outcome }) => ({ claim: other.claim, reasons: outcome.reasons }));
  }
}
