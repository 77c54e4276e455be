// Recording who leads a section 47 enquiry or a child protection plan (the Lead Child Protection
// Practitioner) and the multi-agency team holding it: one short form for each, the change kept.
import type { Response } from 'express';
import { z } from 'zod';
import { RouteTable } from '../../platform/web/routeSpec.ts';
import { addRecordForm, type RecordForm } from '../../platform/web/recordForm.ts';
import { chosenId, idParam, optionalText, today, versionField, type Child } from '../../platform/web/childPages.ts';
import { longDate } from '../../core/dateText.ts';
import { workerItems, workersInPost } from '../workforce/index.ts';
import { leadPractitionerRoles } from './model.ts';
import { leadsOf, leadVersion, recordLeadPractitioner, type Lead, type LedRecord } from './leadStore.ts';
import { multiAgencyTeams } from './teamStore.ts';
import { enquiryOf, planOf } from './presenters.ts';

interface Loaded {
  record: LedRecord;
  startDate: string;
  leads: Lead[];
  teams: { id: number; name: string }[];
  workers: Awaited<ReturnType<typeof workersInPost>>;
}

/** A lead as a line of the history: who, with which team, from when. */
export const leadText = (lead: Pick<Lead, 'worker_name' | 'team_name' | 'from_date'>) =>
  `${lead.worker_name}${lead.team_name ? `, ${lead.team_name}` : ''}, from ${longDate(lead.from_date)}`;

const schema = z.object({
  version: versionField,
  workerId: chosenId('Select the social worker who leads'),
  teamId: z
    .union([z.literal('').transform(() => null), chosenId('Select a multi-agency child protection team')])
    .default(null),
  reason: optionalText(2000, 'Why the lead changes'),
});

type Led = { kind: LedRecord['kind']; param: string; table: string; title: string; back: string };

function leadForm(led: Led): RecordForm<Loaded, z.infer<typeof schema>> {
  const load = async (res: Response, child: Child): Promise<Loaded> => {
    const id = idParam(res.req, led.param);
    const row = led.kind === 'section-47' ? await enquiryOf(res, child, id) : await planOf(res, child, id);
    const record = { kind: led.kind, id: row.id };
    const { db } = res.locals.services;
    const [leads, teams, workers] = await Promise.all([
      leadsOf(db, record),
      multiAgencyTeams(db, today(res).toString()),
      workersInPost(db, today(res).toString(), leadPractitionerRoles),
    ]);
    return { record, startDate: row.start_date, leads, teams, workers };
  };
  const back = (child: Child, res: Response) => `/children/${child.id}/${led.back}/${idParam(res.req, led.param)}`;
  return {
    path: `/children/:childId/${led.back}/:${led.param}/lead`,
    record: led.table,
    recordId: led.param,
    title: led.title,
    button: 'Save',
    load,
    initial: ({ leads }) => ({
      version: String(leadVersion(leads)),
      workerId: leads.at(-1) ? String(leads.at(-1)!.worker_id) : '',
      teamId: leads.at(-1)?.team_id ? String(leads.at(-1)!.team_id) : '',
    }),
    summary: ({ leads }) =>
      leads.length
        ? [
            { key: { text: 'Leads now' }, value: { text: leadText(leads.at(-1)!) } },
            ...leads
              .slice(0, -1)
              .reverse()
              .map((lead) => ({ key: { text: 'Led before' }, value: { text: leadText(lead) } })),
          ]
        : [{ key: { text: 'Leads now' }, value: { text: 'Not recorded' } }],
    fields: (res, _child, { workers, teams, leads }) => [
      {
        kind: 'select',
        name: 'workerId',
        label: 'Lead Child Protection Practitioner',
        hint: 'A qualified social worker in post',
        items: workerItems(workers, {
          ownTeamId: res.locals.user!.team_id,
          selected: undefined,
          prompt: 'Choose a social worker',
        }),
      },
      {
        kind: 'select',
        name: 'teamId',
        label: 'Multi-agency child protection team holding it',
        items: [
          { value: '', text: 'Not held by a multi-agency team' },
          ...teams.map((team) => ({ value: String(team.id), text: team.name })),
        ],
      },
      { kind: 'date', name: 'fromDate', legend: 'Leads from' },
      ...(leads.length
        ? [
            {
              kind: 'textarea' as const,
              name: 'reason',
              label: 'Why the lead changes',
              hint: 'For example, the social worker moved team, or the plan moved to the multi-agency team',
            },
          ]
        : []),
    ],
    dates: (res) => ({ fromDate: { label: 'The date they lead from', notAfter: today(res) } }),
    schema,
    save: (res, child, value, { record }) =>
      recordLeadPractitioner(res.locals.services.db, res.locals.actor, {
        childId: child.id,
        record,
        version: value.version,
        workerId: value.workerId,
        teamId: value.teamId,
        fromDate: value.fromDate!,
        reason: value.reason,
      }),
    done: { flash: 'The Lead Child Protection Practitioner is recorded', to: back },
  };
}

const pages = new RouteTable();
addRecordForm(
  pages,
  leadForm({
    kind: 'section-47',
    back: 'section-47-enquiries',
    param: 'enquiryId',
    table: 'section_47_enquiries',
    title: 'Lead Child Protection Practitioner for the section 47 enquiry',
  }),
);
addRecordForm(
  pages,
  leadForm({
    kind: 'plan',
    back: 'child-protection-plans',
    param: 'planId',
    table: 'child_protection_plans',
    title: 'Lead Child Protection Practitioner for the child protection plan',
  }),
);

export const leadRoutes = pages;
