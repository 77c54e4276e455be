// What every log line of a request says about it, and the headers every page carries.
import crypto from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Services } from './services.ts';

/**
 * An error as a log line may hold it: its name, message, code and stack, never the rest. A
 * database error carries the SQL parameters (PGlite's `params`, the query) and its `detail`
 * repeats the row it refused (children's names, note text); none of that belongs in a log.
 */
export function loggableError(error: unknown): { type: string; message?: string; code?: string; stack?: string } {
  if (!(error instanceof Error)) return { type: typeof error };
  const code = (error as { code?: unknown }).code;
  return {
    type: error.name,
    message: error.message,
    ...(typeof code === 'string' || typeof code === 'number' ? { code: String(code) } : {}),
    ...(error.stack ? { stack: error.stack } : {}),
  };
}

/**
 * Each request gets an id (the `X-Request-Id` header and the reference on the error page) and a
 * logger bound to it, the method and the path without its query string (searches put names there):
 * `res.locals.services.logger` is that logger from here on.
 */
export function requestContext(services: Services): RequestHandler {
  return (req, res, next) => {
    const requestId = crypto.randomUUID();
    res.locals.requestId = requestId;
    res.set('X-Request-Id', requestId);
    res.locals.services = {
      ...services,
      logger: services.logger.child({ requestId, method: req.method, path: req.path }),
    };
    next();
  };
}

/**
 * Pages and exports are not kept by the browser or a proxy: any of them may show a child's record
 * (the back button after signing out, a shared computer's cache). Used after the assets, which keep theirs.
 */
export const noStore: RequestHandler = (_req, res, next) => {
  res.set('Cache-Control', 'no-store');
  next();
};

/** Adds the signed-in person to the request's log lines, once the session has said who they are. */
export function logUser(res: Parameters<RequestHandler>[1], userId: number) {
  res.locals.services.logger.setBindings({ userId });
}
