import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database, User } from '../db/schema.ts';
import type { Clock } from '../../core/clock.ts';
import type { HarbourConfig } from '../config.ts';
import type { Actor } from '../access/audit.ts';
import type { ChildRecordLink } from './childLinks.ts';

/** What the web edge is built from: createApp(services) takes everything it needs here. */
export interface Services {
  db: Kysely<Database>;
  clock: Clock;
  config: HarbourConfig;
  sessionSecret: string;
  logger: Logger;
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
      cspNonce: string;
    }
  }
}
