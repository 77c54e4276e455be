import type { Kysely } from 'kysely';
import type { ChildStatuses } from '../records/childStatuses.ts';
import type { ChildTimescales } from '../records/childTimescales.ts';
import type { Logger } from 'pino';
import type { Database } from '../db/schema.ts';
import type { User } from '../access/schema.ts';
import type { Clock } from '../../core/clock.ts';
import type { HarbourConfig } from '../settings/config.ts';
import type { Actor } from '../access/audit.ts';
import type { ChildRecordLink } from './childLinks.ts';
import type { DraftForms } from './routeSpec.ts';
import type { JobQueue } from '../jobs/jobs.ts';

/** What the web edge is built from: createApp(services) takes everything it needs here. */
export interface Services {
  db: Kysely<Database>;
  timescales: ChildTimescales;
  /** Where children are in their journey (open case, CP plan, looked after, care leaver). */
  childStatuses: ChildStatuses;
  clock: Clock;
  config: HarbourConfig;
  sessionSecret: string;
  logger: Logger;
  /** Work run in the background (pg-boss on a PostgreSQL server, in-process on the embedded database). */
  jobs: JobQueue;
}

declare module 'express-session' {
  interface SessionData {
    userId: number;
    returnTo: string;
    flash: string;
  }
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Locals {
      services: Services;
      user?: User;
      actor: Actor;
      /** The links on a child's page, from every area's module. */
      childRecordLinks: readonly ChildRecordLink[];
      /** What each long form records, by its path: how the home page names a saved draft. */
      draftForms: DraftForms;
      cspNonce: string;
      /** This request's id: the `X-Request-Id` header, on its log lines and on the error page. */
      requestId: string;
    }
  }
}
