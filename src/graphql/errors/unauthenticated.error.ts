/** Public API: the error clients see with code UNAUTHENTICATED. */
import { CodedGraphQLError } from './coded-graphql-error.ts';
import { ErrorCode } from './error-codes.ts';

/** Given a message and extra extensions, returns a UNAUTHENTICATED error. */
export class UnauthenticatedError extends CodedGraphQLError<typeof ErrorCode.UNAUTHENTICATED> {
  constructor(message = 'A valid API token is required.', extensions: Record<string, unknown> = {}) {
    super(ErrorCode.UNAUTHENTICATED, message, extensions);
    this.name = 'UnauthenticatedError';
  }
}
