/** Public API: the error clients see with code DATABASE_UNAVAILABLE. */
import { CodedGraphQLError } from './coded-graphql-error.ts';
import { ErrorCode } from './error-codes.ts';

/** Given a message and extra extensions, returns a DATABASE_UNAVAILABLE error. */
export class DatabaseUnavailableError extends CodedGraphQLError<typeof ErrorCode.DATABASE_UNAVAILABLE> {
  constructor(message = 'The database is unavailable; try again shortly.', extensions: Record<string, unknown> = {}) {
    super(ErrorCode.DATABASE_UNAVAILABLE, message, extensions);
    this.name = 'DatabaseUnavailableError';
  }
}
