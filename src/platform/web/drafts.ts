import crypto from 'node:crypto';
import type { Request, Response } from 'express';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { cookieValue } from './cookies.ts';
import type { DraftForms } from './routeSpec.ts';

/**
 * Drafts for long forms. A form posted with `action=save-draft` is kept for its user and shown
 * again when they come back; and a form posted after the session timed out is not lost — it is
 * held in the new session, and once the person signs in again it is saved as their draft and
 * the form opens with it.
 *
 * A route opts in by declaring `draft: true` in its route table.
 */

declare module 'express-session' {
  interface SessionData {
    /** A form posted while signed out, waiting for its owner to sign in again. */
    pendingDraft: { path: string; data: Record<string, unknown> };
  }
}

const withoutToken = (body: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(body).filter(([key]) => key !== '_csrf' && key !== 'action'));

/** The browser's proof that a form's token came from its own session: a keyed hash of the token. */
export const formKeyCookie = 'harbour.formkey';
export const formKeyOf = (secret: string, token: string) =>
  crypto.createHmac('sha256', secret).update(`form-key:${token}`).digest('base64url');

/** How long a form's proof outlives the page: a working day, so a form left open over lunch is kept. */
export const formKeyHours = 12;

/**
 * Runs only when the CSRF check has refused a post: a signed-out post to a form declared
 * `draft: true` is held, not refused, when its token is the one the person's own expired session
 * gave them — proved by the form key cookie set beside the token, which a cross-site post does
 * not carry (SameSite). Returns whether it held the form.
 */
export function heldAfterTimeout(req: Request, res: Response, longForms: DraftForms, secret: string): boolean {
  if (
    req.method !== 'POST' ||
    res.locals.user ||
    longForms(req.path) === undefined ||
    !req.body ||
    typeof req.body !== 'object'
  )
    return false;
  const body = req.body as Record<string, unknown>;
  const key = cookieValue(req, formKeyCookie);
  if (typeof body._csrf !== 'string' || !key) return false;
  const expected = Buffer.from(formKeyOf(secret, body._csrf));
  const given = Buffer.from(key);
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return false;
  req.session.pendingDraft = { path: req.path, data: withoutToken(body) };
  req.session.returnTo = req.path;
  res.redirect('/sign-in');
  return true;
}

export async function saveDraft(
  db: Kysely<Database>,
  userId: number,
  path: string,
  data: Record<string, unknown>,
  childId?: number,
): Promise<void> {
  const json = JSON.stringify(withoutToken(data));
  await db
    .insertInto('form_drafts')
    .values({ user_id: userId, form_path: path, child_id: childId ?? null, data: json })
    .onConflict((oc) => oc.columns(['user_id', 'form_path']).doUpdateSet({ data: json, saved_at: new Date() }))
    .execute();
}

export async function discardDraft(db: Kysely<Database>, userId: number, path: string): Promise<void> {
  await db.deleteFrom('form_drafts').where('user_id', '=', userId).where('form_path', '=', path).execute();
}

/**
 * What to show in a draftable form on GET: a form held across a timeout (saved now as a draft),
 * else the user's saved draft, else nothing. `restored` says which, for the page's banner.
 */
export async function draftFor(
  req: Request,
  res: Response,
  childId?: number,
): Promise<{ values?: Record<string, unknown>; restored?: 'timeout' | 'draft'; savedAt?: Date }> {
  const { db } = res.locals.services;
  const user = res.locals.user!;
  const pending = req.session.pendingDraft;
  if (pending && pending.path === req.path) {
    delete req.session.pendingDraft;
    await saveDraft(db, user.id, req.path, pending.data, childId);
    return { values: pending.data, restored: 'timeout' };
  }
  const draft = await db
    .selectFrom('form_drafts')
    .selectAll()
    .where('user_id', '=', user.id)
    .where('form_path', '=', req.path)
    .executeTakeFirst();
  return draft ? { values: draft.data, restored: 'draft', savedAt: draft.saved_at } : {};
}

/** For a POST handler: if the person asked to save a draft, save it and say so; returns true when handled. */
export async function savedAsDraft(req: Request, res: Response, childId?: number): Promise<boolean> {
  if ((req.body as Record<string, unknown> | undefined)?.action !== 'save-draft') return false;
  await saveDraft(res.locals.services.db, res.locals.user!.id, req.path, req.body as Record<string, unknown>, childId);
  req.session.flash = 'Your draft is saved. You can come back to it at any time.';
  res.redirect(req.originalUrl);
  return true;
}

/** A person's saved drafts, newest first, each with the child it is about: their home page lists them to continue. */
export const draftsOf = (db: Kysely<Database>, userId: number) =>
  db
    .selectFrom('form_drafts')
    .leftJoin('children', 'children.id', 'form_drafts.child_id')
    .select([
      'form_drafts.form_path',
      'form_drafts.saved_at',
      'form_drafts.child_id',
      'children.forename',
      'children.surname',
      'children.access_restriction',
    ])
    .where('form_drafts.user_id', '=', userId)
    .orderBy('form_drafts.saved_at', 'desc')
    .orderBy('form_drafts.id', 'desc')
    .execute();
