// HTTP under load: signed-in people asking for the pages they use, each with their own session.
// Talks only to 127.0.0.1.
//
// Two ways of loading: as people (`asPeople`), each reading a page for a moment before asking for
// the next, which is what 50 people at work do; and flat out (`flatOut`, autocannon), every
// connection asking again the moment it has its answer, which measures how many pages a second
// Harbour can give rather than what anyone waits.
import autocannon from 'autocannon';

/** How long a person reads a page before asking for the next: 1 to 3 seconds, 2 on average. */
export const thinkSeconds = { least: 1, most: 3 } as const;

export interface LoadResult {
  page: string;
  /** `people`: each reads a page for a moment before the next; `flat out`: no pause at all. */
  mode: 'people' | 'flat out';
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

const onlyLoopback = (base: string) => {
  if (new URL(base).hostname !== '127.0.0.1') throw new Error('the benchmark only talks to 127.0.0.1');
};

const summary = (
  scenario: Scenario,
  mode: LoadResult['mode'],
  users: number,
  latencies: number[],
  errors: number,
  seconds: number,
): LoadResult => {
  latencies.sort((a, b) => a - b);
  return {
    page: scenario.page,
    mode,
    users,
    requests: latencies.length,
    errors,
    p50: Math.round(percentile(latencies, 50)),
    p95: Math.round(percentile(latencies, 95)),
    p99: Math.round(percentile(latencies, 99)),
    perSecond: Math.round(latencies.length / Math.max(seconds, 0.001)),
  };
};

/**
 * `people` signed-in people using one page for a bounded time and number of requests: each asks,
 * reads the whole answer, reads the page for `thinkSeconds` and asks again; they start spread over
 * the longest pause, as people already at work would be, rather than all in the same second. A lone person asks back to back: with nobody else waiting the pause changes
 * nothing but the number of samples.
 */
export async function asPeople(base: string, scenario: Scenario, people: number, seconds: number): Promise<LoadResult> {
  onlyLoopback(base);
  const started = performance.now();
  const until = started + seconds * 1000;
  const most = Math.max(people * 20, seconds * 500);
  const latencies: number[] = [];
  let errors = 0;
  const pause = (least: number, most: number) =>
    new Promise((resolve) => setTimeout(resolve, (least + Math.random() * (most - least)) * 1000));
  const person = async (cookie: string) => {
    if (people > 1) await pause(0, thinkSeconds.most);
    while (performance.now() < until && latencies.length + errors < most) {
      const asked = performance.now();
      try {
        const response = await fetch(`${base}${scenario.path()}`, { headers: { cookie }, redirect: 'manual' });
        await response.arrayBuffer();
        if (response.status === 200) latencies.push(performance.now() - asked);
        else errors++;
      } catch {
        errors++;
      }
      if (people > 1) await pause(thinkSeconds.least, thinkSeconds.most);
    }
  };
  await Promise.all(Array.from({ length: people }, (_, i) => person(scenario.cookies[i % scenario.cookies.length]!)));
  return summary(scenario, 'people', people, latencies, errors, (performance.now() - started) / 1000);
}

/** One scenario flat out: `users` connections, each asking again the moment it has its answer. */
export async function flatOut(base: string, scenario: Scenario, users: number, seconds: number): Promise<LoadResult> {
  onlyLoopback(base);
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
  return summary(scenario, 'flat out', users, latencies, result.errors + result.non2xx, result.duration);
}
