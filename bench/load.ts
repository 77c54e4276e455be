// HTTP under load: signed-in people asking for the pages they use, N at a time, with autocannon
// (each connection is one person with their own session). Talks only to 127.0.0.1.
import autocannon from 'autocannon';

export interface LoadResult {
  page: string;
  users: number;
  requests: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  perSecond: number;
}

const cookieOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0]!)
    .join('; ');

/** A signed-in session's cookie, signing in through the form as a person would. */
export async function signIn(base: string, username: string, password: string): Promise<string> {
  const form = await fetch(`${base}/sign-in`);
  const html = await form.text();
  const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  if (!token) throw new Error('no CSRF token on the sign-in page');
  const signedIn = await fetch(`${base}/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookieOf(form) },
    body: new URLSearchParams({ _csrf: token, username, password }).toString(),
  });
  if (signedIn.status !== 302) throw new Error(`signing in as ${username} gave ${signedIn.status}`);
  return cookieOf(signedIn);
}

export interface Scenario {
  page: string;
  /** The sessions to share out, one per connection. */
  cookies: readonly string[];
  /** Each request's path: random children and the like. */
  path: () => string;
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : 0;

/** One scenario at one number of concurrent users, for a bounded time and number of requests. */
export async function underLoad(base: string, scenario: Scenario, users: number, seconds: number): Promise<LoadResult> {
  if (new URL(base).hostname !== '127.0.0.1') throw new Error('the benchmark only talks to 127.0.0.1');
  let next = 0;
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections: users,
        duration: seconds,
        // Bounded by count as well as time.
        maxOverallRequests: Math.max(users * 20, seconds * 2000),
        timeout: 30,
        requests: [
          {
            method: 'GET',
            setupRequest: (request, context: { cookie?: string }) => {
              context.cookie ??= scenario.cookies[next++ % scenario.cookies.length]!;
              return { ...request, path: scenario.path(), headers: { ...request.headers, cookie: context.cookie } };
            },
          },
        ],
      },
      (error: unknown, finished) =>
        error ? reject(error instanceof Error ? error : new Error('autocannon failed')) : resolve(finished),
    );
    // Every response's time, so p95 is measured rather than read off a coarser histogram.
    instance.on('response', (_client, _status, _bytes, milliseconds) => latencies.push(milliseconds));
  });
  latencies.sort((a, b) => a - b);
  return {
    page: scenario.page,
    users,
    requests: result.requests.total,
    errors: result.errors + result.non2xx,
    p50: Math.round(percentile(latencies, 50)),
    p95: Math.round(percentile(latencies, 95)),
    p99: Math.round(percentile(latencies, 99)),
    perSecond: Math.round(result.requests.total / Math.max(result.duration, 0.001)),
  };
}
