/** Public API: the error clients see with code NOT_FOUND. */
import { CodedGraphQLError } from './coded-graphql-error.ts';
import { ErrorCode } from './error-codes.ts';

/** Given a message and extra extensions, returns a NOT_FOUND error. */
export class NotFoundError extends CodedGraphQLError<typeof ErrorCode.NOT_FOUND> {
  constructor(message = 'Not found.', extensions: Record<string, unknown> = {}) {
    super(ErrorCode.NOT_FOUND, message, extensions);
    this.name = 'NotFoundError';
  }
}
