/**
 * Public API: the base of every client-facing error: a GraphQLError whose `extensions.code` is a literal type.
 */
import { GraphQLError } from 'graphql';
import type { ErrorCode } from './error-codes.ts';

/** Given a code, a message and extra extensions, returns an error clients see with that code. */
export abstract class CodedGraphQLError<C extends ErrorCode> extends GraphQLError {
  override readonly extensions: { code: C; [key: string]: unknown };

  protected constructor(code: C, message: string, extensions: Record<string, unknown> = {}) {
    super(message);
    this.extensions = { ...extensions, code };
  }
}
