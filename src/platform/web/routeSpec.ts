import type { NextFunction, Request, Response } from 'express';
import express from 'express';
import { match } from 'path-to-regexp';
import { rolesReach, type Permission } from '../access/roles.ts';
import { childRecordViewed, childrenListed, recordAudit } from '../access/audit.ts';
import type { User } from '../access/schema.ts';
import { ForbiddenError } from '../../core/errors.ts';
import { childInPath, childNamedInPath, type Child } from './childPages.ts';

/** Who may reach a route: anyone (sign-in, health), or holders of one permission. */
export type Access = 'public' | Permission;

/**
 * What a route writes to the audit trail when it is read:
 * - `child-record-viewed`: a page of one child's record (`record` names the table, `recordId`
 *   the path parameter of the row when there is one); the route helper writes it.
 * - `children-listed`: a page or export naming children (search results, team and due lists,
 *   queues, CSV); the handler reports what it showed with `listed`, and must.
 * - `none`: the route shows no child's data.
 */
export type ReadAudit =
  { event: 'child-record-viewed'; record: string; recordId?: string } | 'children-listed' | 'none';

export interface RouteOptions {
  permission: Access;
  /**
   * The route is about the child named by `:childId` (or `:id`): loaded with record scope applied.
   * A route that audits a view of a child's record without it (the access pages) is still audited.
   */
  child?: true;
  /** Every GET declares what it writes to the audit trail. */
  audit?: ReadAudit;
  /**
   * A long form, by what it records ('Visit'): a post after a timeout is kept as the person's draft
   * (see drafts.ts), and their home page lists their drafts by this name.
   */
  draft?: string;
}

/** What a handler of a child's page is given: the child (record scope already applied) and who is asking. */
export interface ChildContext {
  child: Child;
  user: User;
}

/** What a handler of a list of children is given: how to say which children it showed. */
export interface ListContext {
  user: User;
  /**
   * Says which children the page or export named. A record about several children (a contact)
   * passes `record`: each child's trail then shows a view of that record.
   */
  listed: (
    childIds: readonly number[],
    detail?: Record<string, unknown>,
    record?: { record: string; recordId: number },
  ) => Promise<void>;
}

/** The audit call of a list page, handed to the presenter that builds the list. */
export type Listed = ListContext['listed'];

/**
 * The request a handler is given: its form body is what `express.urlencoded` parsed (strings, or
 * arrays of them for a repeated field), typed as unknown values so each is read deliberately. A
 * post with no form body is given an empty one, so a handler never meets `undefined`.
 */
export type FormRequest = Request<Record<string, string>, unknown, Record<string, unknown>>;

type Handler = (req: FormRequest, res: Response, next: NextFunction) => unknown;
type ChildHandler = (req: FormRequest, res: Response, context: ChildContext) => unknown;
type ListHandler = (req: FormRequest, res: Response, context: ListContext) => unknown;

export interface RouteSpec {
  method: 'get' | 'post';
  path: string;
  access: Access;
  child: boolean;
  audit: ReadAudit | undefined;
  draft: string | undefined;
  handler: Handler;
}

type ChildRoute = RouteOptions & { child: true; permission: Permission };

/**
 * The options of a page of one child's record, in one call: the permission, the child loaded with
 * record scope, and the view it audits (`record` the table, `recordId` the path parameter of the row).
 */
export const childRecordPage = (permission: Permission, record: string, recordId?: string) => ({
  permission,
  child: true as const,
  audit: { event: 'child-record-viewed' as const, record, ...(recordId ? { recordId } : {}) },
});
type ListRoute = RouteOptions & { audit: 'children-listed'; permission: Permission };

/**
 * The one way an area declares its pages. Each route names, in its one line, the permission it
 * needs (deny by default), whether it is about a child (loaded with record scope; a 404 or the
 * restricted-record page otherwise) and what it writes to the audit trail when read, so neither
 * can be forgotten in a handler.
 */
export class RouteTable {
  readonly specs: RouteSpec[] = [];

  get(path: string, options: ChildRoute & { audit: ReadAudit }, handler: ChildHandler): this;
  get(path: string, options: ListRoute, handler: ListHandler): this;
  get(path: string, options: RouteOptions & { audit: ReadAudit }, handler: Handler): this;
  get(path: string, options: RouteOptions & { audit: ReadAudit }, handler: Handler | ChildHandler | ListHandler): this {
    return this.add('get', path, options, handler);
  }

  post(path: string, options: ChildRoute, handler: ChildHandler): this;
  post(path: string, options: RouteOptions, handler: Handler): this;
  post(path: string, options: RouteOptions, handler: Handler | ChildHandler): this {
    return this.add('post', path, options, handler);
  }

  private add(
    method: 'get' | 'post',
    path: string,
    options: RouteOptions,
    handler: Handler | ChildHandler | ListHandler,
  ): this {
    if (options.child && !/:(childId|id)\b/.test(path))
      throw new Error(`${path} is declared about a child but names none`);
    if (options.audit === 'children-listed' && options.permission === 'public')
      throw new Error(`${path} lists children but is public`);
    this.specs.push({
      method,
      path,
      access: options.permission,
      child: Boolean(options.child),
      audit: options.audit,
      draft: options.draft,
      handler: handler as Handler,
    });
    return this;
  }
}

export function buildRouter(tables: readonly RouteTable[]): express.Router {
  const router = express.Router();
  for (const spec of tables.flatMap((table) => table.specs)) {
    router[spec.method](spec.path, guard(spec), run(spec));
  }
  return router;
}

/** What a long form at a path records ('Visit'), or undefined when the path is not a long form's. */
export type DraftForms = (path: string) => string | undefined;

/** The long forms of these routes: for holding a post made after a timeout, and naming a saved draft. */
export function draftForms(tables: readonly RouteTable[]): DraftForms {
  const forms = tables.flatMap((table) =>
    table.specs.flatMap((spec) =>
      spec.draft && spec.method === 'post' ? [{ matches: match(spec.path), name: spec.draft }] : [],
    ),
  );
  return (path) => forms.find((form) => form.matches(path) !== false)?.name;
}

const childParam = (req: Request) => ('childId' in req.params ? 'childId' : 'id');

/** The view event a child route declares: the record and, when the path names it, its id. */
function viewed(req: Request, res: Response, audit: Exclude<ReadAudit, string>, child: Child): Promise<void> {
  const recordId = audit.recordId ? req.params[audit.recordId] : undefined;
  return childRecordViewed(
    res.locals.services.db,
    res.locals.actor,
    String(child.id),
    audit.record,
    typeof recordId === 'string' ? recordId : undefined,
    { path: req.path },
  );
}

function run(spec: RouteSpec): Handler {
  return async (req, res, next) => {
    req.body ??= {};
    const { db } = res.locals.services;
    const { actor } = res.locals;
    if (spec.child) {
      const child = await childInPath(req, res, childParam(req));
      if (!child) return;
      if (spec.method === 'get' && typeof spec.audit === 'object') await viewed(req, res, spec.audit, child);
      return (spec.handler as unknown as ChildHandler)(req, res, { child, user: res.locals.user! });
    }
    if (typeof spec.audit === 'object') {
      // The restriction and access pages themselves: the child by name, without record scope, still audited.
      await viewed(req, res, spec.audit, await childNamedInPath(req, res, childParam(req)));
      return spec.handler(req, res, next);
    }
    if (spec.audit === 'children-listed') {
      let listed = false;
      const context: ListContext = {
        user: res.locals.user!,
        async listed(childIds, detail = {}, record) {
          listed = true;
          if (!record) return childrenListed(db, actor, childIds, { path: req.path, ...detail });
          for (const childId of new Set(childIds))
            await childRecordViewed(db, actor, String(childId), record.record, record.recordId, {
              path: req.path,
              ...detail,
            });
        },
      };
      await (spec.handler as unknown as ListHandler)(req, res, context);
      // A list route that showed children without saying which is a defect: loud in tests and logs.
      if (!listed && res.statusCode === 200)
        res.locals.services.logger.error({ path: spec.path }, 'a list of children was shown without an audit event');
      return;
    }
    return spec.handler(req, res, next);
  };
}

function guard({ access, child }: RouteSpec): Handler {
  return async (req, res, next) => {
    if (access === 'public') return next();
    const user = res.locals.user;
    if (!user) {
      if (req.method === 'GET') req.session.returnTo = req.originalUrl;
      return res.redirect('/sign-in');
    }
    if (!rolesReach(user.roles, access, child)) {
      await recordAudit(res.locals.services.db, res.locals.actor, {
        event: 'permission-denied',
        detail: { method: req.method, path: req.originalUrl.slice(0, 500), permission: access },
      });
      throw new ForbiddenError();
    }
    return next();
  };
}
