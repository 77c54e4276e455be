import type { NextFunction, Request, Response } from 'express';
import express from 'express';
import { rolesAllow, type Permission } from '../access/roles.ts';
import { recordAudit } from '../access/audit.ts';
import { ForbiddenError } from '../../core/errors.ts';

/** Who may reach a route: anyone (sign-in, health), or holders of one permission. */
export type Access = 'public' | Permission;

export type Handler = (req: Request, res: Response, next: NextFunction) => unknown;

export interface RouteSpec {
  method: 'get' | 'post';
  path: string;
  access: Access;
  handler: Handler;
}

/**
 * The one way an area declares its pages: every route names the permission it needs and
 * is wrapped in the check here, so nothing is reachable by forgetting to check (deny by default).
 */
export class RouteTable {
  readonly specs: RouteSpec[] = [];

  get(path: string, access: Access, handler: Handler): this {
    this.specs.push({ method: 'get', path, access, handler });
    return this;
  }

  post(path: string, access: Access, handler: Handler): this {
    this.specs.push({ method: 'post', path, access, handler });
    return this;
  }
}

export function buildRouter(tables: RouteTable[]): express.Router {
  const router = express.Router();
  for (const spec of tables.flatMap((table) => table.specs)) {
    router[spec.method](spec.path, guard(spec.access), spec.handler);
  }
  return router;
}

function guard(access: Access): Handler {
  return async (req, res, next) => {
    if (access === 'public') return next();
    const user = res.locals.user;
    if (!user) {
      if (req.method === 'GET') req.session.returnTo = req.originalUrl;
      return res.redirect('/sign-in');
    }
    if (!rolesAllow(user.roles, access)) {
      await recordAudit(res.locals.services.db, res.locals.actor, {
        event: 'permission-denied',
        detail: { method: req.method, path: req.originalUrl.slice(0, 500), permission: access },
      });
      throw new ForbiddenError();
    }
    return next();
  };
}
