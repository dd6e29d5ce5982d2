/**
 * Public API: turns errors raised below the GraphQL layer into the coded errors clients may see.
 */
import { GraphQLError } from 'graphql';
import { DbError } from '../../db/db-errors.ts';
import { ConflictError } from './conflict.error.ts';
import { DatabaseTimeoutError } from './database-timeout.error.ts';
import { DatabaseUnavailableError } from './database-unavailable.error.ts';

/** Given an error from a resolver's callee, returns the client-facing error, or null when it has no known code. */
export function toClientError(error: unknown): GraphQLError | null {
  if (error instanceof GraphQLError && typeof error.extensions?.code === 'string') return error;
  if (error instanceof DbError) {
    switch (error.code) {
      case 'DB_UNAVAILABLE':
        return new DatabaseUnavailableError();
      case 'DB_TIMEOUT':
        return new DatabaseTimeoutError();
      case 'CONFLICT':
        return new ConflictError();
      case 'DB_ERROR':
        return null;
    }
  }
  return null;
}
