/** Errors the web edge turns into GOV.UK error pages with the right status. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export class NotFoundError extends HttpError {
  constructor(message = 'Page not found') {
    super(404, message);
  }
}

export class ForbiddenError extends HttpError {
  constructor(message = 'You do not have permission to see this page') {
    super(403, message);
  }
}

/** Someone else saved the record since this user opened it: show, never overwrite. */
export class VersionConflictError extends Error {
  constructor(readonly recordType: string) {
    super(`This ${recordType} was changed by someone else while you were editing it`);
    this.name = 'VersionConflictError';
  }
}

/** A value the database refused (unique key, check constraint…), with the field to point at. */
export class ValidationError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'ValidationError';
  }
}
