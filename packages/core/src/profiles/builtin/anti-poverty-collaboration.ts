/**
 * Built-in profile `anti-poverty-collaboration`: the professions of
 * "Tackling poverty by extending professional collaborations" (Hayley
 * Bennett, University of Edinburgh and What Works Scotland). Anti-poverty
 * policy is reshaped on its way to the front line by "support" professions
 * (HR, IT and systems design, procurement and contract management, finance,
 * estates, performance management) that are often too distant from people
 * with experience of poverty, from research and evidence and from front-line
 * workers. The rules ask that those professions are in the conversation:
 * present, and within two steps of lived experience and of the front line.
 */
import type { MaxDistanceRule, Profile } from '../types.js';

/** The support professions, with the words the rules use for them. */
const SUPPORT_PROFESSIONS = [
  { id: 'hr', who: 'HR staff' },
  { id: 'it-systems', who: 'IT and systems designers' },
  { id: 'procurement', who: 'Procurement and contract managers' },
  { id: 'finance', who: 'Finance staff' },
  { id: 'estates', who: 'Estates managers' },
  { id: 'performance-management', who: 'Performance and project managers' },
] as const;

const supportNearRules: MaxDistanceRule[] = SUPPORT_PROFESSIONS.flatMap(({ id, who }) => [
  {
    id: `${id}-near-lived-experience`,
    type: 'maxDistance' as const,
    roles: [id, 'lived-experience'] as [string, string],
    max: 2,
    description: `${who} shape delivery; they should be within two steps of people who know poverty first hand.`,
  },
  {
    id: `${id}-near-front-line`,
    type: 'maxDistance' as const,
    roles: [id, 'front-line-worker'] as [string, string],
    max: 2,
    description: `${who} shape front-line work; they should be within two steps of front-line workers.`,
  },
]);

export const antiPovertyCollaborationProfile: Profile = {
  id: 'anti-poverty-collaboration',
  label: 'Anti-poverty collaboration',
  description:
    'Policy makers, front-line workers, people with lived experience and researchers, together with the ' +
    'support professions whose tools (contracts, budgets, premises, IT systems, indicators) shape how ' +
    'anti-poverty policy reaches people.',
  roles: [
    {
      id: 'policy-maker',
      label: 'Policy makers',
      aliases: [
        'policymaker',
        'policy',
        'policy officer',
        'policy lead',
        'policy adviser',
        'policy advisor',
        'social policy',
        'civil servant',
        'politician',
        'councillor',
        'cllr',
        'councilor',
        'elected member',
        'minister',
        'mp',
        'msp',
      ],
      ecology: 'policy',
      description:
        'People who set anti-poverty and social security policy in government, councils and agencies. ' +
        'Policy aims are too often distant from the processes that implement them, so policy makers need ' +
        'to hear from the front line and from people with lived experience.',
    },
    {
      id: 'front-line-worker',
      label: 'Front-line workers',
      aliases: [
        'frontline',
        'front line',
        'frontline worker',
        'frontline staff',
        'front-line staff',
        'practitioner',
        'caseworker',
        'case worker',
        'work coach',
        'job coach',
        'employability adviser',
        'employment adviser',
        'advice worker',
        'welfare rights adviser',
        'money adviser',
        'debt adviser',
        'support worker',
        'outreach worker',
      ],
      ecology: 'delivery',
      description:
        'Work coaches, advisers, caseworkers and support workers who deliver services to people on low ' +
        'incomes. Contracts, indicators and funding cycles reshape their work, so they need to be in ' +
        'conversation with the professions that design those tools.',
    },
    {
      id: 'lived-experience',
      label: 'People with lived experience',
      aliases: [
        'experience expert',
        'expert by experience',
        'person with lived experience',
        'service user',
        'user',
        'citizen',
        'resident',
        'member of the public',
        'community member',
        'claimant',
        'benefit claimant',
        'jobseeker',
        'client',
        'tenant',
      ],
      ecology: 'community',
      description:
        'People with experience of poverty: the experts by experience. The professions that design ' +
        'delivery are often too distant from them, and services suffer for it.',
    },
    {
      id: 'researcher',
      label: 'Researchers',
      aliases: [
        'academic',
        'university',
        'lecturer',
        'professor',
        'research fellow',
        'research',
        'social researcher',
        'think tank',
        'evaluator',
        'evaluation',
      ],
      ecology: 'research',
      description:
        'Researchers and evaluators who share evidence on poverty and on what works, including the kinds ' +
        'of social research that short-term indicators miss.',
    },
    {
      id: 'hr',
      label: 'HR',
      aliases: [
        'human resources',
        'hr officer',
        'hr business partner',
        'personnel',
        'people services',
        'workforce development',
        'workforce planning',
      ],
      ecology: 'support',
      description:
        'Human resources: the people who design jobs, recruitment, training and working practices, and ' +
        'so frame what front-line staff can do.',
    },
    {
      id: 'it-systems',
      label: 'IT and systems design',
      aliases: [
        'it',
        'ict',
        'information technology',
        'it specialist',
        'systems designer',
        'systems design',
        'digital',
        'digital team',
        'digital designer',
        'service designer',
        'designer',
        'developer',
        'software developer',
        'business analyst',
      ],
      ecology: 'support',
      description:
        'IT specialists and systems designers, more and more involved in policy making and delivery as ' +
        'services go digital. Bad service design can make the experience of poverty worse, as the ' +
        'delivery of Universal Credit has shown.',
    },
    {
      id: 'procurement',
      label: 'Procurement and contract management',
      aliases: [
        'procurement officer',
        'procurement specialist',
        'contract manager',
        'contract management',
        'contracts',
        'contracts officer',
        'commissioning',
        'commissioner',
        'purchasing',
        'buyer',
      ],
      ecology: 'support',
      description:
        'Specialists who design contracted services, often on their own professional models despite the ' +
        'risks social policy specialists point out, as with employment support programmes.',
    },
    {
      id: 'finance',
      label: 'Finance and accountancy',
      aliases: [
        'accountant',
        'accountancy',
        'accounts',
        'finance officer',
        'finance manager',
        'grants officer',
        'funding officer',
        'treasurer',
        'section 151 officer',
      ],
      ecology: 'support',
      description:
        'Accountants and finance staff who set funding processes. Short-term funding can shut out ' +
        'preventative work and work with harder-to-reach groups, whose results take longer to show.',
    },
    {
      id: 'estates',
      label: 'Estates management',
      aliases: [
        'estate management',
        'estates management',
        'estates officer',
        'facilities',
        'facilities management',
        'property',
        'property services',
        'asset management',
        'premises',
      ],
      ecology: 'support',
      description:
        'Estates and property managers, whose decisions on premises decide where services can be reached. ' +
        'Estates rationalisation, not social security policy, led the decisions on Jobcentre Plus closures.',
    },
    {
      id: 'performance-management',
      label: 'Performance management',
      aliases: [
        'performance',
        'performance officer',
        'performance manager',
        'performance analyst',
        'analyst',
        'business intelligence',
        'kpi',
        'project manager',
        'project management',
        'programme manager',
      ],
      ecology: 'support',
      description:
        'Project managers and performance staff who champion key performance indicator models. They ' +
        'gain from a richer understanding of the complexity of social issues and of social research.',
    },
  ],
  rules: [
    {
      id: 'has-policy-maker',
      type: 'minCount',
      role: 'policy-maker',
      min: 1,
      recommended: 2,
      description: 'Someone must hold the policy aims the collaboration works towards.',
    },
    {
      id: 'has-front-line-worker',
      type: 'minCount',
      role: 'front-line-worker',
      min: 1,
      recommended: 2,
      description: 'The people who deliver services must be part of the collaboration.',
    },
    {
      id: 'has-lived-experience',
      type: 'minCount',
      role: 'lived-experience',
      min: 1,
      recommended: 2,
      description: 'People with experience of poverty must be part of the collaboration.',
    },
    {
      id: 'has-researcher',
      type: 'minCount',
      role: 'researcher',
      min: 1,
      recommended: 2,
      description: 'Research and evidence must be part of the collaboration.',
    },
    ...SUPPORT_PROFESSIONS.map(({ id, who }) => ({
      id: `has-${id}`,
      type: 'minCount' as const,
      role: id,
      min: 1,
      recommended: 1,
      description: `${who} shape anti-poverty work and belong in the conversation about it.`,
    })),
    ...supportNearRules,
    {
      id: 'policy-maker-near-front-line',
      type: 'maxDistance',
      roles: ['policy-maker', 'front-line-worker'],
      max: 2,
      description: 'Policy aims and front-line practice drift apart when policy makers and the front line are distant.',
    },
    {
      id: 'policy-maker-near-lived-experience',
      type: 'maxDistance',
      roles: ['policy-maker', 'lived-experience'],
      max: 2,
      description:
        'Policy makers should hear from people with experience of poverty directly or through one go-between.',
    },
    {
      id: 'researcher-near-policy-maker',
      type: 'maxDistance',
      roles: ['researcher', 'policy-maker'],
      max: 2,
      description: 'Research and evidence should reach policy makers.',
    },
    {
      id: 'researcher-near-performance-management',
      type: 'maxDistance',
      roles: ['researcher', 'performance-management'],
      max: 2,
      description: 'Performance staff gain from social research that indicators alone miss.',
    },
    {
      id: 'everyone-within-three',
      type: 'maxDistance',
      roles: ['*', '*'],
      max: 3,
      description: 'Knowledge should travel across professions and organisations, not stay inside them.',
    },
    {
      id: 'mixed-communities',
      type: 'communityDiversity',
      minRoles: 3,
      description: 'A group made of one or two professions keeps "seeing the same faces": it is a silo.',
    },
    {
      id: 'policy-maker-front-line-bridges',
      type: 'redundancy',
      roles: ['policy-maker', 'front-line-worker'],
      description: 'If one person alone links policy makers with the front line, the link goes when that person does.',
    },
    {
      id: 'policy-maker-lived-experience-bridges',
      type: 'redundancy',
      roles: ['policy-maker', 'lived-experience'],
      description:
        'If one person alone links policy makers with lived experience, the link goes when that person does.',
    },
  ],
};
