// The child's page and chronology: the whole journey across every area, so they are assembled
// here from the reports rather than by any one area.
import { openFindingsOfChild, returnTitles } from '../../reports/returns/store.ts';
import { z } from 'zod';
import { childRecordPage, RouteTable } from '../../platform/web/routeSpec.ts';
import { parseForm } from '../../platform/web/forms.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { User } from '../../platform/access/schema.ts';
import { restrictedFrom } from '../../platform/access/recordScope.ts';
import { restrictedRecordName, withholdRestricted, type ChronologyEvent } from '../../platform/records/chronology.ts';
import { ethnicityCodes, nhsNumberShown } from '../../areas/people/index.ts';
import { plansOfChild } from '../../areas/planning/index.ts';
import { missingSummary } from '../../areas/missing/index.ts';
import { leadsOfChild } from '../../areas/protection/index.ts';
import { openFamilyHelpOf } from '../../areas/familyhelp/index.ts';
import { childOverview } from '../../reports/journey/childOverview.ts';
import { chronology, eventTypes } from '../../reports/journey/chronology.ts';
import { childsVoice } from '../../reports/journey/childsVoice.ts';
import { voiceGatheredBy, type ChildsVoiceEntry } from '../../platform/records/childsVoice.ts';

const chronologyFilterSchema = z.object({
  type: z
    .string()
    .regex(/^[a-z-]{1,60}$/)
    .optional()
    .or(z.literal('').transform(() => undefined)),
  siblings: z.enum(['yes']).optional(),
});

/**
 * A child's events as this person may see them: a restricted brother or sister's own events stay
 * on their record, and their name is taken out of shared ones (the names of the children each
 * event is about come with them).
 */
async function asSeenBy(db: Kysely<Database>, user: User, childId: number, events: ChronologyEvent[]) {
  const named = await db
    .selectFrom('children')
    .select(['id', 'forename', 'surname', 'access_restriction'])
    .where('id', 'in', [...new Set(events.flatMap((event) => event.childIds))].concat(childId))
    .execute();
  const withheld = await restrictedFrom(
    db,
    user,
    named.filter((row) => row.id !== childId),
  );
  const names = new Map(
    named.map((row) => [row.id, withheld.has(row.id) ? restrictedRecordName : `${row.forename} ${row.surname}`]),
  );
  return { events: withholdRestricted(events, withheld), names };
}

/** How many of the child's latest events their page shows. */
const recentEventCount = 10;
/** How many of the latest times the child was heard their page shows. */
const recentVoiceCount = 3;

const withGatheredNames = (entry: ChildsVoiceEntry) => ({
  ...entry,
  gatheredNames: entry.gathered.map((code) => voiceGatheredBy[code]),
  seenAloneText: entry.seenAlone === null ? 'Not asked' : entry.seenAlone ? 'Yes' : 'No',
});

export const childRecordRoutes = new RouteTable()
  .get('/children/:id', childRecordPage('child:view', 'children', 'id'), async (_req, res, { child, user }) => {
    const { db, clock } = res.locals.services;
    const today = clock.today();
    const [overview, { events }, heard, plans, missing, returnFindings, leads, familyHelp] = await Promise.all([
      childOverview(db, child.id, today),
      // The page shows the latest ten events: only those are read.
      chronology(db, child.id, { latest: recentEventCount }).then((recent) => asSeenBy(db, user, child.id, recent)),
      childsVoice(db, child.id),
      plansOfChild(db, child.id, today.toString()),
      missingSummary(db, child.id, today),
      openFindingsOfChild(db, child.id),
      leadsOfChild(db, child.id),
      openFamilyHelpOf(db, child.id),
    ]);
    const withheld = await restrictedFrom(
      db,
      user,
      (overview?.family ?? [])
        .filter((member) => member.kind === 'child')
        .map((member) => ({ id: member.id, access_restriction: member.accessRestriction })),
    );
    res.render('pages/child', {
      pageTitle: `${child.forename} ${child.surname}`,
      child,
      overview: overview && {
        ...overview,
        // A relative's restricted record (an adopted brother, say) is not disclosed to someone who may not open it.
        family: overview.family.map((member) =>
          member.kind === 'child' && withheld.has(member.id)
            ? { ...member, name: 'Restricted record', dateOfBirth: null, statuses: [], withheld: true }
            : member,
        ),
      },
      plans,
      leads,
      missing,
      familyHelp,
      returnFindings: returnFindings.map((finding) => ({ ...finding, returnTitle: returnTitles[finding.return_kind] })),
      recentEvents: events.reverse(),
      voice: { latest: heard.slice(0, recentVoiceCount).map(withGatheredNames), count: heard.length },
      childLinks: res.locals.childRecordLinks,
      ethnicity: ethnicityCodes[child.ethnicity as keyof typeof ethnicityCodes],
      nhsNumber: nhsNumberShown(child),
    });
  })
  .get('/children/:id/chronology', childRecordPage('child:view', 'chronology'), async (req, res, { child, user }) => {
    const { db } = res.locals.services;
    const filter = parseForm(chronologyFilterSchema, req.query);
    const { type, siblings } = filter.ok ? filter.value : { type: undefined, siblings: undefined };
    const { events: all, names } = await asSeenBy(
      db,
      user,
      child.id,
      await chronology(db, child.id, { includeSiblings: siblings === 'yes' }),
    );
    res.render('pages/chronology', {
      pageTitle: `Chronology for ${child.forename} ${child.surname}`,
      child,
      events: (type ? all.filter((event) => event.type === type) : all).map((event) => ({
        ...event,
        children: event.childIds.map((id) => names.get(id) ?? `child ${id}`),
      })),
      typeItems: [
        { value: '', text: 'All events' },
        ...eventTypes(all).map((value) => ({ value, text: value.replace(/-/g, ' '), selected: value === type })),
      ],
      siblings: siblings === 'yes',
    });
  })
  .get('/children/:id/voice', childRecordPage('child:view', 'childs-voice'), async (_req, res, { child }) => {
    const heard = await childsVoice(res.locals.services.db, child.id);
    res.render('pages/childs-voice', {
      pageTitle: `${child.forename} ${child.surname}: the child’s voice`,
      child,
      heard: heard.map(withGatheredNames),
    });
  });
