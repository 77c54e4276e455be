import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import request from 'supertest';
import { sql } from 'kysely';
import { roles, rolesAllow, type Role } from '../platform/access/roles.ts';
import type { RouteSpec } from '../platform/web/routeSpec.ts';
import { testUsername } from './testing/testDatabase.ts';
import {
  csrfTokenFrom,
  jobsRecordedOnly,
  pageOf,
  signedInAgent,
  testHarbour,
  type Agent,
  type TestHarbour,
} from './testing/testApp.ts';
import { seedCounty } from './synth/seed.ts';
import { routeTables } from './modules.ts';
import { testActor } from './testing/actors.ts';
import { completeCaseNote, draftCaseNote } from '../areas/casenotes/store.ts';

// Issue 9: whatever is posted to whichever form, Harbour answers with a page, never a 5xx. Every POST
// route is sent its own form's fields (read from the page that shows it), most with a plausible value
// and some with a hostile one: NUL and other control characters, lone surrogates, numbers past
// PostgreSQL's integer, years 0000 and 99999, a field posted several times, very long text.
// HARBOUR_FUZZ_RUNS sets the cases per route (a few in `npm test`, more in CI).
const runs = Number(process.env.HARBOUR_FUZZ_RUNS ?? '') || 4;

const posts = routeTables
  .flatMap((table) => table.specs)
  .filter((spec) => spec.method === 'post')
  // Giving access and restricting a record change what every later page shows: walked last.
  .sort(
    (a, b) =>
      Number(/access|restricted|break-glass/.test(a.path)) - Number(/access|restricted|break-glass/.test(b.path)),
  );

/** Hostile text, as a string of UTF-16 code units (lone surrogates included). */
const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '\u0000',
    'Some text\u0000',
    '\uD800',
    'a\uDC00b',
    '\u001B[31m\u0007\u0008',
    '\u007F\u0085\u009F',
    '\u000B\u000C',
    '2147483648',
    '-2147483649',
    '99999999999',
    '9'.repeat(400),
    '1e309',
    'NaN',
    '-1',
    '0',
    '0000',
    '99999',
    '31',
    '',
    '  ',
  ),
  fc.string({ unit: fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code)), minLength: 1 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), minLength: 1 }),
  fc.bigInt({ min: 2n ** 31n, max: 2n ** 70n }).map(String),
  fc.integer({ min: 20_000, max: 60_000 }).map((length) => 'x'.repeat(length)),
);
/** A field's hostile value: one string, or the field posted two or three times. */
const hostileValue: fc.Arbitrary<string | string[]> = fc.oneof(
  { weight: 4, arbitrary: hostileText },
  { weight: 1, arbitrary: fc.array(hostileText, { minLength: 2, maxLength: 3 }) },
);

/** A form body as a browser would encode it, but keeping lone surrogates (as their WTF-8 bytes). */
function encodeForm(fields: Record<string, string | string[]>): string {
  const encode = (text: string) => {
    let out = '';
    for (const character of text) {
      const code = character.codePointAt(0)!;
      out +=
        code >= 0xd800 && code <= 0xdfff
          ? [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63)]
              .map((byte) => `%${byte.toString(16).toUpperCase()}`)
              .join('')
          : encodeURIComponent(character);
    }
    return out;
  };
  return Object.entries(fields)
    .flatMap(([name, value]) => [value].flat().map((item) => `${encode(name)}=${encode(item)}`))
    .join('&');
}

/** The fields a page's forms post to `action`, each with a plausible value as the page offers it. */
function formFields(html: string, action: string | undefined): Record<string, string> {
  const $ = pageOf(html);
  // The forms posting to `action`; with none, every form but signing out (a form whose action the page builds).
  const forms = $('form').filter((_i, form) =>
    action === undefined ? ($(form).attr('action') ?? '') !== '/sign-out' : ($(form).attr('action') ?? '') === action,
  );
  const fields: Record<string, string> = {};
  forms.find('input[name], select[name], textarea[name]').each((_i, element) => {
    const field = $(element);
    const name = field.attr('name')!;
    if (name === '_csrf' || name in fields) return;
    const type = field.attr('type') ?? '';
    const value =
      element.tagName === 'select'
        ? (field.find('option[value!=""]').first().attr('value') ?? '')
        : ((field.val() as string | undefined) ?? '');
    if (name.endsWith('-day') || name.endsWith('-month')) fields[name] = value || '1';
    else if (name.endsWith('-year')) fields[name] = value || '2026';
    else if (name.endsWith('-time')) fields[name] = value || '10:00';
    else if (type === 'radio' || type === 'checkbox' || type === 'hidden' || element.tagName === 'select')
      fields[name] = value;
    else fields[name] = value || 'Some text';
  });
  return fields;
}

describe('hostile input to every form', () => {
  let harbour: TestHarbour;
  const agents = new Map<Role | 'nobody', Agent>();
  const tokens = new Map<Agent, string>();
  const ids: Record<string, number> = {};
  /** Records of each kind, in several states, for finding one whose page shows the route's form. */
  const candidates: Record<string, { id: number; child_id: number; plan_id: number }[]> = {};
  before(async () => {
    // A post's answer is given before any job it asks for runs, so the jobs are recorded, not run:
    // run in the background, each (recomputing every indicator, building a return) held the one
    // embedded connection while the next hostile posts waited.
    harbour = await testHarbour({}, { jobs: jobsRecordedOnly });
    const db = harbour.database.db;
    // A small synthetic county gives every kind of record a route names.
    await seedCounty(db, { scale: 0.01, years: 2, seed: 9, endDate: '2026-11-24' });
    const open = sql`child_id in (select id from children where access_restriction is null)`;
    // The county has no case notes: a draft and a completed one, so their later forms are reached too.
    const noteFor = (
      await sql<{ id: number }>`select id from children where access_restriction is null order by id limit 1`.execute(
        db,
      )
    ).rows[0]!.id;
    const writer = await testActor(db, 'service-manager');
    const notes = await Promise.all(
      [0, 1].map(() =>
        draftCaseNote(db, writer, {
          happenedAt: new Date('2026-11-20T10:00:00Z'),
          kind: 'phone-call',
          noteText: 'Spoke to school',
          significant: false,
          workerIds: [],
          familyMemberIds: [],
          professionals: [],
          children: [
            {
              childId: noteFor,
              childSeen: false,
              seenAlone: false,
              seenWhere: null,
              wishesAndFeelings: null,
              voiceGathered: [],
            },
          ],
        }),
      ),
    );
    await completeCaseNote(db, writer, { childId: noteFor, id: notes[0]!.id, version: 1, completedAt: new Date() });
    for (const [name, table, where, plan] of [
      ['episodeId', 'early_help_episodes', sql`true`, sql`0`],
      ['noteId', 'case_notes', sql`true`, sql`0`],
      ['referralId', 'referrals', sql`true`, sql`0`],
      ['assessmentId', 'assessments', sql`true`, sql`0`],
      ['discussionId', 'strategy_discussions', sql`true`, sql`0`],
      ['enquiryId', 'section_47_enquiries', sql`true`, sql`0`],
      ['cpPlanId', 'child_protection_plans', sql`true`, sql`0`],
      ['cinPlanId', 'cin_plans', sql`true`, sql`0`],
      ['cpActionId', 'plan_actions', sql`child_protection_plan_id is not null`, sql`plan_id`],
      ['cinActionId', 'plan_actions', sql`cin_plan_id is not null`, sql`plan_id`],
    ] as const) {
      // The newest and oldest rows: open records and finished ones.
      const { rows } = await sql<{ id: number; child_id: number; plan_id: number }>`
        (select id, child_id, ${plan} as plan_id from ${sql.table(table)} where ${where} and ${open} order by id desc limit 4)
        union all
        (select id, child_id, ${plan} as plan_id from ${sql.table(table)} where ${where} and ${open} order by id limit 2)`.execute(
        db,
      );
      candidates[name] = rows;
    }
    // Pre-proceedings and proceedings are the family's, reached through each child's part in them.
    for (const [name, table, key] of [
      ['ploId', 'pre_proceedings_children', 'pre_proceedings_id'],
      ['proceedingsId', 'proceedings_children', 'proceedings_id'],
    ] as const) {
      const { rows } = await sql<{ id: number; child_id: number; plan_id: number }>`
        (select ${sql.ref(key)} as id, child_id, 0 as plan_id from ${sql.table(table)} where ${open} order by 1 desc limit 4)
        union all
        (select ${sql.ref(key)} as id, child_id, 0 as plan_id from ${sql.table(table)} where ${open} order by 1 limit 2)`.execute(
        db,
      );
      candidates[name] = rows;
    }
    const first = async (query: ReturnType<typeof sql<{ id: number }>>) => (await query.execute(db)).rows[0]?.id ?? 1;
    ids.child = await first(sql`select id from children where access_restriction is null order by id limit 1`);
    ids.contact = await first(
      sql`select id from contacts where id not in (select contact_id from contact_decisions) order by id desc limit 1`,
    );
    ids.worker = await first(sql`select id from workers order by id limit 1`);
    ids.user = await first(sql`select id from users where username = ${testUsername('inspector')}`);
  });
  after(() => harbour.close());

  /** The path with its parameters filled from the county: the `pick`th record of its kind, and its child. */
  function concrete(spec: RouteSpec, pick: number): string {
    const cp = spec.path.includes('/child-protection-plans/');
    const leaf = spec.path.includes(':actionId')
      ? cp
        ? 'cpActionId'
        : 'cinActionId'
      : spec.path.includes(':planId')
        ? cp
          ? 'cpPlanId'
          : 'cinPlanId'
        : /:(episodeId|referralId|assessmentId|discussionId|enquiryId|noteId|ploId|proceedingsId)/.exec(spec.path)?.[1];
    const row = leaf ? candidates[leaf]?.[pick] : undefined;
    return spec.path.replace(/:(\w+)/g, (_match, name: string) => {
      if (name === 'childId' || (name === 'id' && /^\/(children|oversight)\//.test(spec.path)))
        return String(leaf ? (row?.child_id ?? 0) : ids.child);
      if (name === 'id') {
        if (spec.path.startsWith('/front-door/')) return String(ids.contact);
        if (spec.path.startsWith('/admin/workers/')) return String(ids.worker);
        return String(ids.user);
      }
      if (name === 'planId' && spec.path.includes(':actionId')) return String(row?.plan_id ?? 0);
      return String(row?.id ?? 0);
    });
  }

  /** A signed-in agent of a role the route allows (nobody for public ones), with its CSRF token. */
  async function agentFor(spec: RouteSpec): Promise<{ agent: Agent; token: string }> {
    const role: Role | 'nobody' =
      spec.access === 'public'
        ? 'nobody'
        : (['service-manager', 'administrator', ...roles] as Role[]).find((r) =>
            rolesAllow([r], spec.access as Exclude<typeof spec.access, 'public'>),
          )!;
    // Signing out ends the session: a new agent each time.
    let agent = spec.path === '/sign-out' ? undefined : agents.get(role);
    if (!agent) {
      agent = role === 'nobody' ? request.agent(harbour.app) : await signedInAgent(harbour, role);
      if (spec.path !== '/sign-out') agents.set(role, agent);
      tokens.set(agent, await csrfTokenFrom(agent, role === 'nobody' ? '/sign-in' : '/sign-out'));
    }
    return { agent, token: tokens.get(agent)! };
  }

  /** The front door's later steps need a contact in progress: one child chosen. */
  async function startContact(agent: Agent, token: string) {
    await agent.post('/front-door/contacts/new/child').type('form').send({ _csrf: token, childId: ids.child });
  }

  /** The form's fields, from the page at the post's address or the one above it. */
  async function fieldsOf(agent: Agent, path: string, broad = false): Promise<Record<string, string>> {
    const pages = [path, path.replace(/\/[^/]+$/, ''), path.replace(/\/[^/]+\/[^/]+$/, '')];
    const fields: Record<string, string> = {};
    const shown: string[] = [];
    for (const page of pages.filter(Boolean)) {
      const response = await agent.get(page);
      if (response.status !== 200) continue;
      shown.push(response.text);
      for (const [name, value] of Object.entries(formFields(response.text, path))) fields[name] ??= value;
    }
    if (!Object.keys(fields).length && !broad) return fields;
    for (const html of Object.keys(fields).length ? [] : shown)
      for (const [name, value] of Object.entries(formFields(html, undefined))) fields[name] ??= value;
    return fields;
  }

  const statuses = new Map<number, number>();
  let sent = 0;

  for (const spec of posts) {
    test(`POST ${spec.path}`, async (t) => {
      const first = await agentFor(spec);
      if (spec.path.startsWith('/front-door/contacts/new/')) await startContact(first.agent, first.token);
      // The first record whose page shows the form (a discussion not yet held for "held", …).
      let path = concrete(spec, 0);
      let plausible: Record<string, string> = {};
      for (let pick = 0; pick < 6 && !Object.keys(plausible).length; pick++) {
        const tried = concrete(spec, pick);
        plausible = await fieldsOf(first.agent, tried);
        if (Object.keys(plausible).length) path = tried;
        if (
          !/:(episodeId|referralId|assessmentId|discussionId|enquiryId|noteId|planId|actionId|ploId|proceedingsId)/.test(
            spec.path,
          )
        )
          break;
      }
      if (!Object.keys(plausible).length) plausible = await fieldsOf(first.agent, path, true);
      // Every form posts a version when it changes a record; posted anyway where a form shows none.
      const names = Object.keys(plausible).length
        ? Object.keys(plausible)
        : ['version', 'reason', 'notes', 'date-day', 'date-month', 'date-year'];
      const body = fc.record(
        Object.fromEntries(
          names.map((name) => [
            name,
            fc.oneof(
              { weight: 2, arbitrary: fc.constant<string | string[]>(plausible[name] ?? '') },
              { weight: 1, arbitrary: hostileValue },
            ),
          ]),
        ),
      );
      await fc.assert(
        fc.asyncProperty(body, async (fields) => {
          const { agent, token } = spec.path === '/sign-out' ? await agentFor(spec) : first;
          if (path.startsWith('/front-door/contacts/new/')) await startContact(agent, token);
          const response = await agent
            .post(path)
            .type('form')
            .send(encodeForm({ ...fields, _csrf: token }));
          sent++;
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          assert.ok(response.status < 500, `POST ${path} → ${response.status}`);
          assert.doesNotMatch(response.text, /This form has expired/, `POST ${path}: the CSRF token was refused`);
        }),
        { numRuns: runs },
      );
      t.diagnostic(`${names.length} fields, ${runs} cases`);
    });
  }

  test('the fuzz reached every POST route', (t) => {
    assert.ok(posts.length >= 50, `${posts.length} POST routes`);
    t.diagnostic(
      `${posts.length} routes, ${runs} cases each, ${sent} posts; statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
    );
    assert.equal([...statuses.keys()].filter((status) => status >= 500).length, 0);
  });
});
