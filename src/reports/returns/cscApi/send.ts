// `harbour send csc-api DIR`: posts the exported files to the DfE's CSC API, one call per file,
// with an OAuth2 client-credentials token. A refused token (401/403) is fetched again and the call
// retried; too many calls (429) waits as the answer's Retry-After says, else backs off; too many
// records (413) halves the batch. Each accepted call's receipt, and what it carried for each child,
// is stored in the same transaction, so the next `--since` export builds on exactly what was sent.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../../../platform/db/schema.ts';
import { feedFile } from './feed.ts';
import { recordHash, withoutPurged, type CscChild } from './shape.ts';

export interface CscApiConfig {
  /** The API's base address, e.g. https://find-and-use-an-api.education.gov.uk/api. */
  baseUrl: string;
  /** The council's 3-digit DfE local authority code. */
  laCode: number;
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  scope?: string | undefined;
}

/** The sender's settings from the environment (HARBOUR_CSC_API_*), refusing any missing. */
export function cscApiConfigFromEnvironment(env: NodeJS.ProcessEnv = process.env): CscApiConfig {
  const required = (name: string) => {
    const value = env[name];
    if (!value) throw new Error(`${name} is not set: the CSC API sender needs it`);
    return value;
  };
  const laCode = Number(required('HARBOUR_CSC_API_LA_CODE'));
  if (!Number.isInteger(laCode) || laCode < 100 || laCode > 999)
    throw new Error('HARBOUR_CSC_API_LA_CODE must be the 3-digit DfE local authority code');
  return {
    baseUrl: required('HARBOUR_CSC_API_URL'),
    laCode,
    tokenUrl: required('HARBOUR_CSC_API_TOKEN_URL'),
    clientId: required('HARBOUR_CSC_API_CLIENT_ID'),
    clientSecret: required('HARBOUR_CSC_API_CLIENT_SECRET'),
    scope: env.HARBOUR_CSC_API_SCOPE || undefined,
  };
}

export interface SendOptions {
  /** Attempts per call before giving up (refused tokens, too many calls, server errors). */
  attempts?: number;
  /** The first back-off, doubled at each retry. */
  backoffMs?: number;
  sleep?: (ms: number) => Promise<void>;
  sentBy?: string | null;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

class Tokens {
  private token: { value: string; expires: number } | undefined;
  constructor(private readonly config: CscApiConfig) {}

  async current(): Promise<string> {
    if (this.token && this.token.expires > Date.now()) return this.token.value;
    const body = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: this.config.clientId,
      client_secret: this.config.clientSecret,
      ...(this.config.scope ? { scope: this.config.scope } : {}),
    });
    const response = await fetch(this.config.tokenUrl, { method: 'POST', body });
    if (!response.ok) throw new Error(`The token service refused Harbour's client credentials (${response.status})`);
    const answer = (await response.json()) as { access_token?: string; expires_in?: number };
    if (!answer.access_token) throw new Error('The token service answered without an access_token');
    // A minute's margin, so a token is not used as it expires.
    const lifetime = Math.max((answer.expires_in ?? 300) - 60, 1) * 1000;
    this.token = { value: answer.access_token, expires: Date.now() + lifetime };
    return this.token.value;
  }

  forget(): void {
    this.token = undefined;
  }
}

/** Seconds (or an HTTP date) from a Retry-After header, as milliseconds. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(date - now, 0);
}

interface Accepted {
  receipt: string;
  children: CscChild[];
}

async function post(
  config: CscApiConfig,
  tokens: Tokens,
  children: CscChild[],
  options: Required<Pick<SendOptions, 'attempts' | 'backoffMs' | 'sleep'>>,
  accepted: (call: Accepted) => Promise<void>,
): Promise<void> {
  const url = `${config.baseUrl.replace(/\/$/, '')}/children_social_care_data/${config.laCode}/children`;
  for (let attempt = 1; ; attempt += 1) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${await tokens.current()}`, 'content-type': 'application/json' },
      body: JSON.stringify(children),
    });
    if (response.status === 200 || response.status === 204) {
      const receipt = response.status === 200 ? String(await response.json()) : '';
      return accepted({ receipt, children });
    }
    if (response.status === 413) {
      await response.body?.cancel();
      if (children.length === 1)
        throw new Error(`The CSC API refused one child's record as too large (${children[0]!.la_child_id})`);
      // Each half is stored as it is accepted, so a later refusal loses nothing already sent.
      const half = Math.ceil(children.length / 2);
      await post(config, tokens, children.slice(0, half), options, accepted);
      return post(config, tokens, children.slice(half), options, accepted);
    }
    const retryable = [401, 403, 429].includes(response.status) || response.status >= 500;
    const detail = await response.text();
    if (!retryable || attempt >= options.attempts)
      throw new Error(
        `The CSC API answered ${response.status} after ${attempt} attempt${attempt === 1 ? '' : 's'}: ${detail.slice(0, 200)}`,
      );
    if (response.status === 401 || response.status === 403) tokens.forget();
    const backoff = options.backoffMs * 2 ** (attempt - 1);
    await options.sleep(
      response.status === 429 ? (retryAfterMs(response.headers.get('retry-after')) ?? backoff) : backoff,
    );
  }
}

/** Stores an accepted call: its receipt, and for each child what now stands at the DfE (or nothing, once purged). */
async function storeAccepted(db: Kysely<Database>, file: string, accepted: Accepted, sentBy: string | null) {
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('csc_api_receipts')
      .values({ receipt: accepted.receipt, file, children: accepted.children.length, sent_by: sentBy })
      .execute();
    const sentAt = new Date();
    for (const child of accepted.children) {
      if (child.purge) {
        await trx.deleteFrom('csc_api_sent').where('la_child_id', '=', child.la_child_id).execute();
        continue;
      }
      const standing = withoutPurged(child);
      const row = {
        hash: recordHash(standing),
        payload: JSON.stringify(standing),
        sent_at: sentAt,
        receipt: accepted.receipt,
      };
      await trx
        .insertInto('csc_api_sent')
        .values({ la_child_id: child.la_child_id, ...row })
        .onConflict((conflict) => conflict.column('la_child_id').doUpdateSet(row))
        .execute();
    }
  });
}

/** Sends every exported file in the folder, in order; returns the receipts. */
export async function sendCscApi(
  db: Kysely<Database>,
  config: CscApiConfig,
  dir: string,
  options: SendOptions = {},
): Promise<{ file: string; receipt: string; children: number }[]> {
  const tokens = new Tokens(config);
  const settings = {
    attempts: options.attempts ?? 6,
    backoffMs: options.backoffMs ?? 2000,
    sleep: options.sleep ?? defaultSleep,
  };
  const files = (await fs.readdir(dir)).filter((name) => feedFile.test(name)).sort();
  if (!files.length)
    throw new Error(`${dir} holds no CSC API files (csc-api-0001.json…): run harbour export csc-api first`);
  const receipts: { file: string; receipt: string; children: number }[] = [];
  for (const name of files) {
    const children = JSON.parse(await fs.readFile(path.join(dir, name), 'utf8')) as CscChild[];
    await post(config, tokens, children, settings, async (accepted) => {
      await storeAccepted(db, name, accepted, options.sentBy ?? null);
      receipts.push({ file: name, receipt: accepted.receipt, children: accepted.children.length });
    });
  }
  return receipts;
}
