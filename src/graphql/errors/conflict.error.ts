/** Public API: the error clients see with code CONFLICT. */
import { CodedGraphQLError } from './coded-graphql-error.ts';
import { ErrorCode } from './error-codes.ts';

/** Given a message and extra extensions, returns a CONFLICT error. */
export class ConflictError extends CodedGraphQLError<typeof ErrorCode.CONFLICT> {
  constructor(message = 'The write conflicts with existing data.', extensions: Record<string, unknown> = {}) {
    super(ErrorCode.CONFLICT, message, extensions);
    this.name = 'ConflictError';
  }
}
