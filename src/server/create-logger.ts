/**
 * Public API: the service's structured JSON logger (pino). Tokens and article text are never logged: the
 * authorization header and request bodies are redacted at the source.
 */
import { pino, type Logger } from 'pino';

/** Given a level, returns the root logger. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'conflict-news-kg' },
    redact: { paths: ['req.headers.authorization', 'headers.authorization', 'token', 'text', 'input.text'], censor: '[redacted]' },
  });
}
