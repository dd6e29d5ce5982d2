/**
 * Public API: database failures as typed errors with stable codes; made only by map-neo4j-error.ts.
 */
export type DbErrorCode = 'DB_UNAVAILABLE' | 'CONFLICT' | 'DB_TIMEOUT' | 'DB_ERROR';

/** A database failure the service expects and can describe to a client by its code. */
export class DbError extends Error {
  constructor(
    readonly code: DbErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DbError';
  }
}
