/** Public API: the `location` and `locationsNear` queries and the Location relations: parent, children, incidents. */
import { Arg, Args, Ctx, FieldResolver, Float, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { listRepository } from '../../db/list.repository.ts';
import type { IncidentRow, LocationRow } from '../../db/node.repository.ts';
import type { GraphQLContext } from '../context.ts';
import { BadUserInputError } from '../errors/bad-user-input.error.ts';
import { ConnectionArgs } from '../inputs/connection.args.ts';
import { IncidentsArgs } from '../inputs/incidents.args.ts';
import { toIncidentFilterParams } from '../inputs/to-incident-filter-params.ts';
import { resolvePageArgs } from '../pagination/resolve-page-args.ts';
import { toConnection } from '../pagination/to-connection.ts';
import type { Connection } from '../types/create-connection-type.ts';
import { IncidentConnection } from '../types/incident-connection.type.ts';
import { LocationConnection } from '../types/location-connection.type.ts';
import { LocationDistance } from '../types/location-distance.type.ts';
import { LocationKind } from '../types/location-kind.type.ts';
import { Location } from '../types/location.type.ts';

const KNOWN_KINDS = new Set<string>(Object.values(LocationKind));

/** The largest radius `locationsNear` accepts, in km. */
export const MAX_NEAR_KM = 500;

@Resolver(() => Location)
export class LocationResolver {
  @Query(() => Location, { nullable: true, description: 'One place by id; null when there is none.' })
  location(@Arg('id', () => ID, { description: 'The place id (e.g. "hajin").' }) id: string, @Ctx() ctx: GraphQLContext): Promise<LocationRow | null> {
    return ctx.loaders.location.load(id);
  }

  @Query(() => [LocationDistance], { description: 'Places within `km` kilometres of a point, nearest first (uses the point index).' })
  async locationsNear(
    @Arg('lat', () => Float, { description: 'Latitude in degrees, -90 to 90.' }) lat: number,
    @Arg('lon', () => Float, { description: 'Longitude in degrees, -180 to 180.' }) lon: number,
    @Arg('km', () => Float, { description: `Radius in kilometres, more than 0 and at most ${MAX_NEAR_KM}.` }) km: number,
    @Arg('first', () => Int, { nullable: true, description: 'At most this many places (default 20, at most the maximum page size).' }) first: number | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<{ location: LocationRow; distanceKm: number }[]> {
    if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) throw new BadUserInputError('`lat` must be within -90..90 and `lon` within -180..180.', { argument: 'lat' });
    if (!(km > 0 && km <= MAX_NEAR_KM)) throw new BadUserInputError(`\`km\` must be more than 0 and at most ${MAX_NEAR_KM}.`, { argument: 'km' });
    const { limit } = resolvePageArgs({ first }, ctx.config.limits.maxPageSize);
    const rows = await listRepository.locationsNear(ctx.db, lat, lon, km * 1000, limit);
    return rows.map((r) => {
      ctx.loaders.location.prime(r.node.id, r.node);
      return { location: r.node, distanceKm: Math.round(r.meters) / 1000 };
    });
  }

  @FieldResolver(() => LocationKind, { nullable: true, description: 'What kind of place it is; null for a kind this API does not know yet.' })
  kind(@Root() location: LocationRow): LocationKind | null {
    return KNOWN_KINDS.has(location.kind ?? '') ? (location.kind as LocationKind) : null;
  }

  @FieldResolver(() => [String], { description: 'Other names and spellings.' })
  aliases(@Root() location: LocationRow): string[] {
    return location.aliases ?? [];
  }

  @FieldResolver(() => Location, { nullable: true, description: 'The place it is directly PART_OF (a village\'s district, a district\'s governorate...).' })
  parent(@Root() location: LocationRow, @Ctx() ctx: GraphQLContext): Promise<LocationRow | null> {
    return ctx.loaders.locationParent.load(location.id);
  }

  @FieldResolver(() => LocationConnection, { description: 'The places directly PART_OF it, by name.' })
  async children(@Root() location: LocationRow, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: GraphQLContext): Promise<Connection<LocationRow>> {
    const slice = resolvePageArgs(args, ctx.config.limits.maxPageSize);
    const page = await ctx.loaders.locationChildren.load({ id: location.id, ...slice, args: {} });
    return toConnection(page, slice, (l) => ctx.loaders.location.prime(l.id, l));
  }

  @FieldResolver(() => IncidentConnection, { description: 'Incidents in this place or any place PART_OF it (PART_OF*0..), latest first, with filters.' })
  async incidents(@Root() location: LocationRow, @Args(() => IncidentsArgs) args: IncidentsArgs, @Ctx() ctx: GraphQLContext): Promise<Connection<IncidentRow>> {
    const slice = resolvePageArgs(args, ctx.config.limits.maxPageSize);
    const page = await ctx.loaders.locationIncidents.load({ id: location.id, ...slice, args: toIncidentFilterParams(args.filter) });
    return toConnection(page, slice, (i) => ctx.loaders.incident.prime(i.id, i));
  }
}
