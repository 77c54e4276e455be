// The free text on generated records: short, plausible and clearly ordinary, picked from lists.

export const contactConcerns: Record<string, readonly string[]> = {
  '6': [
    'Police attended a domestic incident at the family home; the children were present.',
    'Police notification: verbal argument between parents, children in the house at the time.',
    'Young person found by police late at night in the town centre, under the influence of alcohol.',
    'Police report concerns about the condition of the home after a welfare check.',
  ],
  '2A': [
    'School reports the child arrived hungry and unkempt on several days this term.',
    'School reports a disclosure by the child of being hit at home.',
    'Attendance has fallen below 70 %; the school cannot contact the parents.',
    'School reports worrying changes in behaviour and self-harm marks seen by staff.',
  ],
  health: [
    'Health visitor concerned about the baby’s weight and missed appointments.',
    'GP reports mother’s mental health has deteriorated and she is struggling to care for the children.',
    'Emergency department attendance with an injury the explanation does not fit.',
    'Midwife concerned about substance misuse during pregnancy.',
  ],
  family: [
    'Grandparent worried the children are left alone in the evenings.',
    'Neighbour reports frequent shouting and a child crying late at night.',
    'Parent asking for help: struggling with their teenager’s behaviour and going missing.',
  ],
  other: [
    'Housing officer reports the family face eviction and the home is in poor condition.',
    'Adult services report the parent’s learning disability is affecting care of the children.',
    'Another local authority reports the family have moved into the area with an open plan.',
  ],
};

export const contactReasons: Record<string, readonly string[]> = {
  'no-further-action': [
    'No role for children’s services: universal services meeting needs.',
    'Information noted; no further action needed.',
  ],
  advice: [
    'Advice given to the referrer and signposted to universal services.',
    'Case open: information passed to the allocated worker.',
  ],
  'early-help': [
    'Needs can be met by targeted early help with the family’s consent.',
    'Referred to the family hub for an early help assessment.',
  ],
  referral: ['Threshold for a social work assessment met.', 'Level 3 needs: child in need assessment required.'],
  'strategy-discussion': ['Reasonable cause to suspect significant harm: strategy discussion needed today.'],
};

export const earlyHelpOrganisations = (hub: string) => [
  `${hub} Family Hub`,
  `${hub} Family Hub`,
  'School',
  'Health visiting team',
  'Youth support service',
];

export const earlyHelpEndings = [
  'Needs met: outcomes of the plan achieved',
  'Family withdrew consent',
  'Needs met: closed to universal services',
  'Family moved out of the area',
];

export const planActionDescriptions: Record<string, readonly string[]> = {
  'child-in-need': [
    'Parent to attend the parenting programme at the family hub',
    'School to share attendance weekly with the social worker',
    'Referral to the young carers service',
    'GP to review mother’s medication and mental health support',
    'Social worker to complete direct work sessions with the child',
    'Housing to review the family’s application for a larger home',
  ],
  'child-protection': [
    'Father to engage with the domestic abuse perpetrator programme',
    'Mother to attend substance misuse service appointments weekly',
    'Health visitor to weigh the baby every two weeks',
    'Parents to keep the home safe and hygienic: unannounced visits to check',
    'Social worker to complete a safety plan with the children',
    'Police to share any call-outs to the address within one working day',
    'School to report any unexplained absence on the same day',
  ],
  care: [
    'Arrange family time with the child’s siblings every fortnight',
    'Complete the child’s life story work',
    'Virtual school to secure a school place near the placement',
    'Referral to CAMHS for therapeutic support',
    'Complete the viability assessment of the grandparents',
    'Update the child’s health plan after the review health assessment',
  ],
};

/** What a CIN or CP plan says (synthetic): what needs to change for the child, and what happens if it does not. */
export const planWording: Record<
  'child-in-need' | 'child-protection',
  { whatNeedsToChange: readonly string[]; contingency: readonly string[] }
> = {
  'child-in-need': {
    whatNeedsToChange: [
      'The children get to school every day and on time. Mum has help in the mornings and knows who to call when she is struggling.',
      'The family has a home big enough for everyone, and the children have their own beds.',
      'The young person has someone to talk to about how they feel, and their caring at home is shared so they can see their friends.',
      'The children’s health appointments are kept, and their parents understand their additional needs and how to meet them.',
    ],
    contingency: [
      'If school attendance does not improve by the review, we will meet the family and school to agree what happens next.',
      'If the family cannot work with the plan, we will talk with them about whether the children need a child protection enquiry.',
      'If things get worse at home, we will hold a meeting straight away to decide how to keep the children safe.',
    ],
  },
  'child-protection': {
    whatNeedsToChange: [
      'The children are safe from the adults’ arguments and violence. Dad completes the programme and the police are not called to the home.',
      'The baby is fed, clean and gaining weight, and a sober adult cares for the children at all times.',
      'The home is safe and clean, and the children are seen by a health visitor and at school every week.',
      'The children can say who they go to when they feel unsafe, and the adults keep to the safety plan.',
    ],
    contingency: [
      'If the children are not safe, we will seek legal advice about the Public Law Outline and care proceedings.',
      'If the safety plan breaks down, the children will stay with their grandparents while we assess what happens next.',
      'If the changes are not made by the review conference, we will ask for a legal planning meeting.',
    ],
  },
};

/** Who owns a plan's actions, each as often as the plans name them: a parent, the child's worker or another agency. */
export const actionOwners: readonly (
  { kind: 'worker' | 'family-member' } | { kind: 'professional'; agency: string }
)[] = [
  { kind: 'family-member' },
  { kind: 'family-member' },
  { kind: 'family-member' },
  { kind: 'professional', agency: 'School' },
  { kind: 'professional', agency: 'Health visiting service' },
  { kind: 'worker' },
  { kind: 'professional', agency: 'Police' },
  { kind: 'worker' },
  { kind: 'professional', agency: 'Fostering service' },
  { kind: 'professional', agency: 'Virtual school' },
];

export const wishesAndFeelings = [
  'Says they feel safe at home and are enjoying school.',
  'Told me they miss their dad and want to see him more.',
  'Talked about their friends and football; no worries raised.',
  'Was quiet today; said things at home are “a bit better”.',
  'Wants to stay with their carers and keep the same school.',
  'Worried about mum; asked when they can next see her.',
];

/** What the reviewing officer noted of the child's wishes and feelings at a looked-after review. */
export const reviewWishes = [
  'Wants to stay with their carers and keep going to the same school.',
  'Would like to see their brother more often; contact to be increased.',
  'Happy where they live; asked for more time with their friends at weekends.',
  'Unsure about the plan and wants to talk to their social worker again before deciding.',
  'Wants to go home to mum; understands why that cannot happen yet.',
];

export const hearingOutcomes = {
  'case-management': 'Directions given and the timetable set',
  'further-case-management': 'Further directions for the assessments; timetable revised',
  interim: 'Contested interim hearing: the plan for the children considered',
  'issues-resolution': 'Issues narrowed; listed for the final hearing',
  final: 'Final orders made',
} as const;

export const siblingsApartReasons = [
  'No carers able to take all the brothers and sisters together',
  'Their assessed needs are best met in separate placements',
  'Placed apart for now; a placement together is being sought',
];

/** First name and relationship of the special guardians assessed (the family name is the child's). */
export const specialGuardians = [
  ['Margaret', 'grandmother'],
  ['David', 'grandfather'],
  ['Susan', 'aunt'],
  ['Paul', 'uncle'],
  ['Karen', 'family friend'],
  ['Julie', 'aunt'],
] as const;

export const placementStreets = [
  'Church Lane',
  'Mill Road',
  'Station Road',
  'The Crescent',
  'Orchard Close',
  'Park View',
  'Meadow Way',
  'Castle Street',
  'Willow Drive',
  'Brook Lane',
];

export const extensionReasons = [
  'Expert assessment of the parents not yet complete',
  'Further assessment of a connected person ordered',
  'Delay in the parenting assessment',
  'Judicial availability',
];

export const stepUpReasons = [
  'Concerns escalated during early help: threshold for social care met',
  'New information from school about risk of harm',
];
export const stepDownReasons = [
  'Assessment found needs can be met by targeted early help',
  'Step down after child in need work: family support continues',
];
