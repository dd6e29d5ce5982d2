/**
 * Internal: the last two express handlers: a 404 for any path nothing served, and the error handler for what
 * fails before Apollo sees a request (a body that is not JSON, too large, in an unknown encoding). Both answer
 * GraphQL-shaped JSON, `{ errors: [{ message, extensions: { code } }] }`, in every NODE_ENV: never express's HTML
 * page, a stack trace or a path on disk. Request bodies are never logged (a parse error carries the body).
 */
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';

/** Error codes of HTTP-level refusals (beside the GraphQL ones of src/graphql/errors/error-codes.ts). */
export const HttpErrorCode = {
  BAD_REQUEST: 'BAD_REQUEST',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  NOT_FOUND: 'NOT_FOUND',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

interface HttpError {
  status?: number;
  statusCode?: number;
  type?: string;
  limit?: number;
}

function send(res: Response, status: number, code: string, message: string): void {
  res
    .status(status)
    .type('application/json')
    .json({ errors: [{ message, extensions: { code } }] });
}

/** Given the logger, returns the handlers to mount after every route: `[notFound, onError]`. */
export function createHttpErrorHandlers(logger: Logger): [RequestHandler, ErrorRequestHandler] {
  const notFound: RequestHandler = (req, res) => {
    send(
      res,
      404,
      HttpErrorCode.NOT_FOUND,
      `Nothing is served at ${req.method} ${req.path}; GraphQL is POST /graphql.`,
    );
  };
  const onError: ErrorRequestHandler = (error: HttpError, req, res, next) => {
    if (res.headersSent) return next(error);
    const status = error.status ?? error.statusCode ?? 500;
    // Only the kind of error is logged: body-parser errors hold the raw body and quote it in their message.
    logger.warn(
      {
        status,
        type: error.type ?? 'unknown',
        method: req.method,
        path: req.path,
        requestId: req.headers['x-request-id'],
      },
      'request refused before GraphQL',
    );
    if (error.type === 'entity.parse.failed')
      return send(res, 400, HttpErrorCode.BAD_REQUEST, 'The request body is not valid JSON.');
    if (error.type === 'entity.too.large') {
      return send(
        res,
        413,
        HttpErrorCode.PAYLOAD_TOO_LARGE,
        `The request body is larger than ${error.limit ?? 'the limit'} bytes (KG_MAX_BODY_BYTES).`,
      );
    }
    if (status >= 400 && status < 500)
      return send(
        res,
        status,
        HttpErrorCode.BAD_REQUEST,
        `The request was refused (${error.type ?? `HTTP ${status}`}).`,
      );
    logger.error(
      {
        err:
          error instanceof Error
            ? { type: error.name, message: error.message, stack: error.stack }
            : String(error),
      },
      'unexpected error outside GraphQL',
    );
    return send(res, 500, HttpErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error.');
  };
  return [notFound, onError];
}
