/**
 * Public API: the expected ways the embedded database can fail to start, each with the fix in its message.
 */
export type EmbeddedDbErrorCode =
  | 'JAVA_MISSING'
  | 'JAVA_TOO_OLD'
  | 'MAVEN_MISSING'
  | 'BUILD_FAILED'
  | 'START_FAILED'
  | 'START_TIMEOUT'
  | 'STORE_LOCKED'
  | 'STOP_TIMEOUT';

/** An embedded-database failure with a stable code and an actionable message. */
export class EmbeddedDbError extends Error {
  constructor(
    readonly code: EmbeddedDbErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'EmbeddedDbError';
  }
}
