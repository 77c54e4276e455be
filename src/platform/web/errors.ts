import type { ErrorRequestHandler, RequestHandler } from 'express';
import { HttpError, VersionConflictError } from '../../core/errors.ts';
import { loggableError } from './requestContext.ts';

interface ErrorPage {
  status: number;
  title: string;
  paragraphs: string[];
}

const pages = {
  badRequest: {
    status: 400,
    title: 'Sorry, there is a problem with what was sent',
    paragraphs: [
      'Harbour could not read the form or link you used. Go back and try again.',
      'Nothing you saved before has been lost.',
    ],
  },
  formExpired: {
    status: 403,
    title: 'This form has expired',
    paragraphs: [
      'For your security, forms can only be sent from a Harbour page you opened since you signed in.',
      'Go back, reload the page and try again. Nothing you saved before has been lost.',
    ],
  },
  forbidden: {
    status: 403,
    title: 'You do not have permission to see this page',
    paragraphs: [
      'Your roles in Harbour do not include this page. This attempt has been recorded.',
      'If you need it for your work, ask your manager or Harbour administrator.',
    ],
  },
  notFound: {
    status: 404,
    title: 'Page not found',
    paragraphs: [
      'If you typed the web address, check it is correct.',
      'If you pasted the web address, check you copied the entire address.',
    ],
  },
  conflict: {
    status: 409,
    title: 'Someone else changed this record',
    paragraphs: [
      'Another person saved this record while you were working on it, so your change was not saved over theirs.',
      'Go back, reload the page to see their changes, and make yours again.',
    ],
  },
  tooMany: {
    status: 429,
    title: 'Too many attempts',
    paragraphs: ['There have been too many attempts from your network. Wait 15 minutes and try again.'],
  },
  serverError: {
    status: 500,
    title: 'Sorry, there is a problem with the service',
    paragraphs: [
      'Try again later. Nothing you saved before has been lost.',
      'If the problem continues, tell your Harbour administrator.',
    ],
  },
} satisfies Record<string, ErrorPage>;

export const tooManyRequestsPage = pages.tooMany;

export const renderErrorPage = (res: Parameters<RequestHandler>[1], page: ErrorPage, requestId?: string) =>
  res.status(page.status).render('errors/error', { pageTitle: page.title, paragraphs: page.paragraphs, requestId });

export const notFoundHandler: RequestHandler = (_req, res) => renderErrorPage(res, pages.notFound);

/** Body-parser and URL-decoding failures carry a 4xx status: the request, not Harbour, is at fault. */
function isClientError(error: unknown): boolean {
  const status =
    (error as { status?: number; statusCode?: number }).status ?? (error as { statusCode?: number }).statusCode;
  return typeof status === 'number' && status >= 400 && status < 500;
}

/**
 * The database refused a value as data (class 22: NUL in text, a date or number out of range, a
 * malformed value; 54000: a value too long to index). The shared form helpers turn these into errors
 * on their fields first; one that still gets through is the request's fault, so a 400, never a 500.
 */
function isRefusedValue(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (/^22[0-9A-Z]{3}$/.test(code) || code === '54000');
}

export function errorHandler(isCsrfError: (error: unknown) => boolean): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) return next(error);
    if (isCsrfError(error)) return renderErrorPage(res, pages.formExpired);
    if (error instanceof VersionConflictError) return renderErrorPage(res, pages.conflict);
    if (error instanceof HttpError) {
      const page = error.status === 404 ? pages.notFound : error.status === 403 ? pages.forbidden : pages.badRequest;
      return renderErrorPage(res, page);
    }
    if (isClientError(error)) return renderErrorPage(res, pages.badRequest);
    if (isRefusedValue(error)) {
      res.locals.services?.logger.warn(
        { error: loggableError(error) },
        'the database refused a value a form let through',
      );
      return renderErrorPage(res, pages.badRequest);
    }
    // The request's logger already says which request, path and person; the error says only what
    // went wrong, never the SQL parameters or the form (loggableError), and the page gives the
    // request id for support to find this line.
    const route = (req.route as { path?: unknown } | undefined)?.path;
    res.locals.services?.logger.error(
      { error: loggableError(error), ...(typeof route === 'string' ? { route } : {}) },
      'request failed',
    );
    return renderErrorPage(res, pages.serverError, res.locals.requestId);
  };
}
