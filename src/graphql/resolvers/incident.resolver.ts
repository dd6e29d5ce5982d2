/**
 * Public API: the `incident` and `incidents` queries and the Incident relations: location, actors, claims, and
 * the provenance view (every claim with its chain), reporting outlets, figures and agreement.
 */
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { listRepository } from '../../db/list.repository.ts';
import type { ActorRow, ArticleRow, ClaimRow, IncidentRow, LocationRow } from '../../db/node.repository.ts';
import type { GraphQLContext } from '../context.ts';
import { ClaimsArgs } from '../inputs/claims.args.ts';
import { IncidentsArgs } from '../inputs/incidents.args.ts';
import { toIncidentFilterParams } from '../inputs/to-incident-filter-params.ts';
import { resolvePageArgs } from '../pagination/resolve-page-args.ts';
import { toConnection } from '../pagination/to-connection.ts';
import { buildClaimChain } from '../provenance/build-claim-chain.ts';
import { findIndependentSource } from '../provenance/find-independent-source.ts';
import { gradeAgreement, type AgreementData } from '../provenance/grade-agreement.ts';
import { summarizeFigures } from '../provenance/summarize-figures.ts';
import { Actor } from '../types/actor.type.ts';
import { Agreement } from '../types/agreement.type.ts';
import { Article } from '../types/article.type.ts';
import { ClaimConnection } from '../types/claim-connection.type.ts';
import type { Connection } from '../types/create-connection-type.ts';
import { IncidentActor } from '../types/incident-actor.type.ts';
import { IncidentConnection } from '../types/incident-connection.type.ts';
import { IncidentEvidence } from '../types/incident-evidence.type.ts';
import { IncidentFigures } from '../types/incident-figures.type.ts';
import { IncidentRole } from '../types/incident-role.type.ts';
import { Incident } from '../types/incident.type.ts';
import { Location } from '../types/location.type.ts';
import { Outlet } from '../types/outlet.type.ts';
import { ProvenanceEntry } from '../types/provenance-entry.type.ts';

@Resolver(() => Incident)
export class IncidentResolver {
  @Query(() => Incident, { nullable: true, description: 'One incident by id; null when there is none.' })
  incident(
    @Arg('id', () => ID, { description: 'The incident id.' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<IncidentRow | null> {
    return ctx.loaders.incident.load(id);
  }

  @Query(() => IncidentConnection, {
    description:
      'Incidents, latest first, filtered by type, date range, place (with everything PART_OF it), involved actor, reporting outlet or claim stance.',
  })
  async incidents(
    @Args(() => IncidentsArgs) args: IncidentsArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Connection<IncidentRow>> {
    const slice = resolvePageArgs(args, ctx.config.limits.maxPageSize);
    const page = await listRepository.incidents(ctx.db, toIncidentFilterParams(args.filter), slice);
    return toConnection(page, slice, (i) => ctx.loaders.incident.prime(i.id, i));
  }

  @FieldResolver(() => Location, { nullable: true, description: 'Where it occurred (OCCURRED_IN).' })
  location(@Root() incident: IncidentRow, @Ctx() ctx: GraphQLContext): Promise<LocationRow | null> {
    return ctx.loaders.incidentLocation.load(incident.id);
  }

  @FieldResolver(() => [Actor], { description: 'Who carried it out (PERPETRATED).' })
  perpetrators(@Root() incident: IncidentRow, @Ctx() ctx: GraphQLContext): Promise<ActorRow[]> {
    return ctx.loaders.incidentPerpetrators.load(incident.id);
  }

  @FieldResolver(() => [Actor], { description: 'Whom it targeted (TARGETED).' })
  targets(@Root() incident: IncidentRow, @Ctx() ctx: GraphQLContext): Promise<ActorRow[]> {
    return ctx.loaders.incidentTargets.load(incident.id);
  }

  @FieldResolver(() => [IncidentActor], {
    description: 'Every actor taking part, with its role (perpetrators first).',
  })
  async actors(
    @Root() incident: IncidentRow,
    @Ctx() ctx: GraphQLContext,
  ): Promise<{ actor: ActorRow; role: IncidentRole }[]> {
    const [perpetrators, targets] = await Promise.all([
      ctx.loaders.incidentPerpetrators.load(incident.id),
      ctx.loaders.incidentTargets.load(incident.id),
    ]);
    return [
      ...perpetrators.map((actor) => ({ actor, role: IncidentRole.PERPETRATOR })),
      ...targets.map((actor) => ({ actor, role: IncidentRole.TARGET })),
    ];
  }

  @FieldResolver(() => ClaimConnection, {
    description: 'Claims about it (ABOUT), newest article first, optionally of one stance.',
  })
  async claims(
    @Root() incident: IncidentRow,
    @Args(() => ClaimsArgs) args: ClaimsArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Connection<ClaimRow>> {
    const slice = resolvePageArgs(args, ctx.config.limits.maxPageSize);
    const page = await ctx.loaders.incidentClaims.load({
      id: incident.id,
      ...slice,
      args: { stance: args.stance ?? null },
    });
    return toConnection(page, slice, (c) => ctx.loaders.claim.prime(c.id, c));
  }

  @FieldResolver(() => [ProvenanceEntry], {
    description:
      'Every claim about it, oldest article first, with its source, relay chain, outlet, article, stance and figures.',
  })
  async provenance(@Root() incident: IncidentRow, @Ctx() ctx: GraphQLContext): Promise<ProvenanceEntry[]> {
    const evidence = await ctx.loaders.incidentEvidence.load(incident.id);
    return evidence.map((e) => {
      ctx.loaders.claim.prime(e.claim.id, e.claim);
      return {
        claim: e.claim,
        stance: e.claim.stance as ProvenanceEntry['stance'],
        source: e.source,
        relays: e.relays
          .filter((r) => r.node.id !== e.outlet?.id)
          .map((r) => ({ hop: r.hop, actor: r.node })),
        outlet: e.outlet,
        article: e.article,
        chain: buildClaimChain(e),
        independentSource: findIndependentSource(e).actor,
        killed: e.claim.killed,
        injured: e.claim.injured,
      };
    });
  }

  @FieldResolver(() => [Outlet], { description: 'The outlets whose articles report it.' })
  async reportedBy(@Root() incident: IncidentRow, @Ctx() ctx: GraphQLContext): Promise<ActorRow[]> {
    const byId = new Map<string, ActorRow>();
    for (const e of await ctx.loaders.incidentEvidence.load(incident.id))
      if (e.outlet) byId.set(e.outlet.id, e.outlet);
    return [...byId.values()];
  }

  @FieldResolver(() => [Article], {
    description: 'The articles that report it, oldest first (each has its own report of it: see `evidence`).',
  })
  async reportedIn(@Root() incident: IncidentRow, @Ctx() ctx: GraphQLContext): Promise<ArticleRow[]> {
    const byId = new Map<string, ArticleRow>();
    for (const r of await ctx.loaders.incidentReports.load(incident.id))
      if (r.article) byId.set(r.article.id, r.article);
    return [...byId.values()];
  }

  @FieldResolver(() => [IncidentEvidence], {
    description: 'Every sentence that reports it, article by article (oldest first), with offsets.',
  })
  async evidence(@Root() incident: IncidentRow, @Ctx() ctx: GraphQLContext): Promise<IncidentEvidence[]> {
    return (await ctx.loaders.incidentReports.load(incident.id)).flatMap(({ report, article }) =>
      (report.evidenceTexts ?? []).map((text, k) => ({
        article,
        reportId: report.id,
        text,
        start: report.evidenceStarts?.[k] ?? 0,
        end: report.evidenceEnds?.[k] ?? 0,
      })),
    );
  }

  @FieldResolver(() => [String], {
    description:
      "The reports (each one article's own account, by id) joined into it; one id when a single article reports it.",
  })
  async mergedFrom(@Root() incident: IncidentRow, @Ctx() ctx: GraphQLContext): Promise<string[]> {
    return (await ctx.loaders.incidentReports.load(incident.id)).map((r) => r.report.id).sort();
  }

  @FieldResolver(() => [String], {
    description:
      'Why its reports were joined: one line per join, "reportA + reportB (score n): cue (+points); ...". Empty for a single report. `kg resolve --keep-apart A B` undoes a join.',
  })
  async mergeReasons(@Root() incident: IncidentRow, @Ctx() ctx: GraphQLContext): Promise<string[]> {
    return (await ctx.loaders.incidentReports.load(incident.id))[0]?.mergeReasons ?? [];
  }

  @FieldResolver(() => IncidentFigures, {
    description: 'The killed and injured figures sources give: min, max, and each value with who gave it.',
  })
  async figures(@Root() incident: IncidentRow, @Ctx() ctx: GraphQLContext): Promise<IncidentFigures> {
    const evidence = await ctx.loaders.incidentEvidence.load(incident.id);
    return {
      killed: summarizeFigures(evidence, 'killed'),
      injured: summarizeFigures(evidence, 'injured'),
    } as unknown as IncidentFigures;
  }

  @FieldResolver(() => Agreement, {
    description:
      'How many independent sources back it (two outlets relaying the same agency count once) and a grade with reasons.',
  })
  async agreement(@Root() incident: IncidentRow, @Ctx() ctx: GraphQLContext): Promise<AgreementData> {
    return gradeAgreement(await ctx.loaders.incidentEvidence.load(incident.id));
  }
}
