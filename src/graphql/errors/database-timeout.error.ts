/** Public API: the error clients see with code DATABASE_TIMEOUT. */
import { CodedGraphQLError } from './coded-graphql-error.ts';
import { ErrorCode } from './error-codes.ts';

/** Given a message and extra extensions, returns a DATABASE_TIMEOUT error. */
export class DatabaseTimeoutError extends CodedGraphQLError<typeof ErrorCode.DATABASE_TIMEOUT> {
  constructor(message = 'The database query took too long.', extensions: Record<string, unknown> = {}) {
    super(ErrorCode.DATABASE_TIMEOUT, message, extensions);
    this.name = 'DatabaseTimeoutError';
  }
}
