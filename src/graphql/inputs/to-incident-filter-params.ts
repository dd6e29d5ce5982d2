/**
 * Public API: checks an IncidentFilter and turns it into repository params: dates must be YYYY, YYYY-MM or
 * YYYY-MM-DD; `to` is widened to the end of its month or year so that it includes them.
 */
import type { IncidentFilterParams } from '../../db/list.repository.ts';
import { BadUserInputError } from '../errors/bad-user-input.error.ts';
import type { IncidentFilter } from './incident-filter.input.ts';

const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Given a filter from the client (or nothing), returns the params for the incident reads; throws BAD_USER_INPUT on bad dates. */
export function toIncidentFilterParams(filter: IncidentFilter | null | undefined): IncidentFilterParams {
  if (!filter) return {};
  for (const name of ['from', 'to'] as const) {
    const value = filter[name];
    if (value != null && !DATE.test(value)) throw new BadUserInputError(`\`filter.${name}\` must be YYYY, YYYY-MM or YYYY-MM-DD, not "${value.slice(0, 20)}".`, { argument: `filter.${name}` });
  }
  const to = filter.to == null ? null : filter.to.length === 4 ? `${filter.to}-12-31` : filter.to.length === 7 ? `${filter.to}-31` : filter.to;
  return {
    types: filter.types ?? null,
    from: filter.from ?? null,
    to,
    locationId: filter.locationId ?? null,
    actorId: filter.actorId ?? null,
    outletId: filter.outletId ?? null,
    stance: filter.stance ?? null,
  };
}
