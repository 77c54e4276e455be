import type { Request, Response } from 'express';

/** One cookie's value from the request (Harbour reads too few cookies to need a parser). */
export function cookieValue(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

// The session cookie lapses with the idle timeout, so a browser whose session timed out usually
// sends no session cookie at all, just as one that never signed in. This marker lasts until the
// browser closes and is removed on signing out: it is what tells "you were signed out" (someone
// away past the timeout) from a first visit, which gets a plain sign-in page. It says nothing of who.
const signedInCookie = 'harbour.signedin';

export const markSignedIn = (req: Request, res: Response) =>
  res.cookie(signedInCookie, '1', { httpOnly: true, sameSite: 'lax', secure: req.secure });

export const forgetSignedIn = (res: Response) => res.clearCookie(signedInCookie);

/** Whether this browser has had a session signed in since it opened, one that has since ended. */
export const wasSignedIn = (req: Request): boolean => cookieValue(req, signedInCookie) === '1';
