// Where on a child's record the thing a return's rule found is put right: the page that records
// what the table or block carries (a finding in the 903's Reviews opens the child's reviews).

const childPage = (childId: number) => `/children/${childId}`;

const pages903: Readonly<Record<string, string>> = {
  Episodes: 'looked-after',
  DoLo: 'looked-after',
  Reviews: 'looked-after/reviews',
  UASC: 'looked-after/uasc',
  Missing: 'missing',
  OC2: 'health',
  OC3: 'leaving-care',
  AD1: 'permanence',
  PlacedAdoption: 'permanence',
  PrevPerm: 'previous-permanence',
};

// The census's episode, assessment, s47 and plans are the child's front door to protection story,
// told in order on the chronology; pre-proceedings on the court page.
const pagesCin: Readonly<Record<string, string>> = {
  CINdetails: 'chronology',
  Assessments: 'chronology',
  AssessmentFactors: 'chronology',
  CINplanDates: 'chronology',
  Section47: 'chronology',
  ChildProtectionPlans: 'chronology',
  Reviews: 'chronology',
  PreProceedings: 'court',
};

/** The page to fix a finding of a return's table on, for a child (null for a council-level finding). */
export function fixPathOf(returnKind: '903' | 'cin', table: string, childId: number | null): string | null {
  if (childId === null) return null;
  const page = (returnKind === '903' ? pages903 : pagesCin)[table];
  return page ? `${childPage(childId)}/${page}` : childPage(childId);
}
