/** Public API: the error clients see with code QUERY_TOO_COMPLEX. */
import { CodedGraphQLError } from './coded-graphql-error.ts';
import { ErrorCode } from './error-codes.ts';

/** Given a message and extra extensions, returns a QUERY_TOO_COMPLEX error. */
export class QueryTooComplexError extends CodedGraphQLError<typeof ErrorCode.QUERY_TOO_COMPLEX> {
  constructor(message = 'The query is too complex.', extensions: Record<string, unknown> = {}) {
    super(ErrorCode.QUERY_TOO_COMPLEX, message, extensions);
    this.name = 'QueryTooComplexError';
  }
}
