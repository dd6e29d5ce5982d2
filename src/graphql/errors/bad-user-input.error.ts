/** Public API: the error clients see with code BAD_USER_INPUT. */
import { CodedGraphQLError } from './coded-graphql-error.ts';
import { ErrorCode } from './error-codes.ts';

/** Given a message and extra extensions, returns a BAD_USER_INPUT error. */
export class BadUserInputError extends CodedGraphQLError<typeof ErrorCode.BAD_USER_INPUT> {
  constructor(message = 'Bad input.', extensions: Record<string, unknown> = {}) {
    super(ErrorCode.BAD_USER_INPUT, message, extensions);
    this.name = 'BadUserInputError';
  }
}
