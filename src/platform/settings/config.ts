import path from 'node:path';
import { defaultLockoutPolicy, type LockoutPolicy } from '../access/signIn.ts';

export interface HarbourConfig {
  port: number;
  dataDir: string;
  databaseUrl: string | undefined;
  /**
   * The tables' owner, who migrates (DATABASE_MIGRATION_URL); DATABASE_URL is then a role that owns
   * nothing and is granted what Harbour needs. Unset: DATABASE_URL does both.
   */
  databaseMigrationUrl: string | undefined;
  sessionSecret: string | undefined;
  idleMinutes: number;
  trustProxy: boolean;
  councilName: string;
  /** The council's three-digit DfE local authority number (the census's LEA), when set. */
  councilLaNumber: string | undefined;
  /** Sign-in attempts allowed per address in 15 minutes. */
  signInRateLimit: number;
  lockout: LockoutPolicy;
  /** Create one demo account per role on first start. */
  demoAccounts: boolean;
  /** Seed a synthetic demo county (scale 1, 3 years) on first start when the database holds no children. */
  seedDemoCounty: boolean;
  logLevel: string;
}

const whole = (value: string | undefined, fallback: number, name: string): number => {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0)
    throw new Error(`${name} must be a positive whole number, not "${value}"`);
  return parsed;
};

const flag = (value: string | undefined, fallback: boolean): boolean =>
  value === undefined || value === '' ? fallback : ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());

const laNumber = (value: string | undefined): string | undefined => {
  if (value === undefined || value === '') return undefined;
  if (!/^\d{3}$/.test(value))
    throw new Error(`HARBOUR_LA_NUMBER must be the council's three-digit DfE number, not "${value}"`);
  return value;
};

export function configFromEnvironment(env: NodeJS.ProcessEnv = process.env): HarbourConfig {
  const databaseUrl = env.DATABASE_URL || undefined;
  const databaseMigrationUrl = env.DATABASE_MIGRATION_URL || undefined;
  if (databaseMigrationUrl && !databaseUrl)
    throw new Error('DATABASE_MIGRATION_URL needs DATABASE_URL: the embedded database has one connection');
  return {
    port: whole(env.PORT, 3000, 'PORT'),
    dataDir: path.resolve(env.HARBOUR_DATA_DIR || 'data'),
    databaseUrl,
    databaseMigrationUrl,
    sessionSecret: env.SESSION_SECRET || undefined,
    idleMinutes: whole(env.SESSION_IDLE_MINUTES, 30, 'SESSION_IDLE_MINUTES'),
    trustProxy: flag(env.TRUST_PROXY, false),
    councilName: env.HARBOUR_COUNCIL_NAME || 'Harbour County Council',
    councilLaNumber: laNumber(env.HARBOUR_LA_NUMBER),
    signInRateLimit: whole(env.SIGN_IN_RATE_LIMIT, 20, 'SIGN_IN_RATE_LIMIT'),
    lockout: {
      maxFailures: whole(env.LOCKOUT_FAILURES, defaultLockoutPolicy.maxFailures, 'LOCKOUT_FAILURES'),
      lockMinutes: whole(env.LOCKOUT_MINUTES, defaultLockoutPolicy.lockMinutes, 'LOCKOUT_MINUTES'),
    },
    // Demo accounts suit the embedded database; on a server they must be asked for.
    demoAccounts: flag(env.HARBOUR_DEMO_ACCOUNTS, databaseUrl === undefined),
    // A living demo county suits the embedded database; on a server it must be asked for.
    seedDemoCounty: flag(env.HARBOUR_SEED_DEMO, databaseUrl === undefined),
    logLevel: env.LOG_LEVEL || 'info',
  };
}
