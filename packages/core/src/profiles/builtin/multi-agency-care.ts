/**
 * Built-in profile `multi-agency-care`: care around people with complex needs,
 * from "Partnerships and service integration: is it all just hot air?" (Axel
 * Kaehne), "When will they ever learn?" (Catherine Staite) and "After
 * Devolution: the next steps for public services" (Rick Muir). Families in
 * children's services may deal with fifteen professionals or more; key
 * workers were meant to reduce that number but often became one more layer.
 * A multi-agency team (social work, health, probation and police) can divert
 * people from custody when the right skills meet at the right time; and new
 * front-line roles (local area coordinators, key and family case workers,
 * community organisers) help people help themselves. The rules look for
 * fragmentation: too many distinct professionals around one user or carer,
 * key workers who are not actually next to the people they serve, and
 * agencies that do not meet.
 */
import type { MaxContactsRule, Profile } from '../types.js';

/** Roles whose members count as professionals a user or carer has to deal with. */
const PROFESSIONAL_ROLES = [
  'key-worker',
  'local-area-coordinator',
  'social-worker',
  'health-professional',
  'police-officer',
  'probation-officer',
];

/** Distinct professionals above which a user's or carer's support counts as fragmented. */
const MAX_PROFESSIONALS = 5;

const fragmentationRules: MaxContactsRule[] = (['service-user', 'carer'] as const).map((role) => ({
  id: `${role}-fragmentation`,
  type: 'maxContacts' as const,
  role,
  from: [...PROFESSIONAL_ROLES],
  max: MAX_PROFESSIONALS,
  description:
    `No ${role === 'carer' ? 'carer' : 'service user'} should have to deal with more than ` +
    `${MAX_PROFESSIONALS} different professionals; more means the services around them are fragmented.`,
}));

export const multiAgencyCareProfile: Profile = {
  id: 'multi-agency-care',
  label: 'Multi-agency care',
  description:
    'The people around someone with complex needs: the service user and carers, key workers, local area ' +
    'coordinators and community organisers, and the agencies of social work, health, police and ' +
    'probation, joined up without burying the user under professionals.',
  roles: [
    {
      id: 'service-user',
      label: 'Service users',
      aliases: [
        'user',
        'client',
        'patient',
        'person supported',
        'person using services',
        'citizen',
        'resident',
        'young person',
        'child',
        'family',
        'lived experience',
        'expert by experience',
      ],
      ecology: 'community',
      description:
        'The person, or family, the services are for. Only the user really knows what better services ' +
        'would be, so collaboration should grow from what users ask for.',
    },
    {
      id: 'carer',
      label: 'Carers',
      aliases: ['family carer', 'unpaid carer', 'young carer', 'kinship carer', 'parent', 'guardian'],
      ecology: 'community',
      description:
        'Family members and others who care without pay. They often hold the budget or make the choices ' +
        'for the person they care for, and meet the same professionals.',
    },
    {
      id: 'key-worker',
      label: 'Key workers',
      aliases: [
        'keyworker',
        'lead professional',
        'care coordinator',
        'care co-ordinator',
        'case manager',
        'named worker',
        'family case worker',
        'family key worker',
        'family worker',
      ],
      ecology: 'coordination',
      description:
        'The one professional meant to coordinate the others around a user, so that the user has fewer ' +
        'people to deal with. Too often key workers joined the list of professionals instead of ' +
        'shortening it.',
    },
    {
      id: 'local-area-coordinator',
      label: 'Local area coordinators',
      aliases: [
        'local area co-ordinator',
        'local area coordination',
        'lac',
        'area coordinator',
        'community connector',
        'community navigator',
        'link worker',
        'social prescriber',
      ],
      ecology: 'coordination',
      description:
        'A newer front-line role in social care: someone who works alongside people in their own ' +
        'community to find support in their own networks before, or instead of, formal services.',
    },
    {
      id: 'community-organiser',
      label: 'Community organisers',
      aliases: [
        'community organizer',
        'organiser',
        'community worker',
        'community development worker',
        'community development',
        'peer mentor',
        'volunteer',
        'voluntary sector',
        'third sector',
      ],
      ecology: 'community',
      description:
        'People whose job is to think creatively about how to help people help themselves, drawing on ' +
        'the resources of the community rather than bringing the weight of an organisation.',
    },
    {
      id: 'social-worker',
      label: 'Social workers',
      aliases: [
        'social work',
        'social care',
        'social care worker',
        'adult social care',
        "children's services",
        'childrens services',
        'care manager',
        'family support worker',
        'amhp',
        'approved mental health professional',
      ],
      ecology: 'social-care',
      description:
        "Social workers and social care staff in adult and children's services, with the statutory powers " +
        'the multi-agency team needs.',
    },
    {
      id: 'health-professional',
      label: 'Health professionals',
      aliases: [
        'health',
        'nhs',
        'nurse',
        'community psychiatric nurse',
        'cpn',
        'mental health nurse',
        'mental health',
        'gp',
        'doctor',
        'psychiatrist',
        'psychologist',
        'therapist',
        'occupational therapist',
        'health visitor',
        'midwife',
        'clinician',
      ],
      ecology: 'health',
      description:
        'Nurses, doctors, therapists and mental health staff. Police and mental health professionals ' +
        'working together keep people with mental health problems out of police cells.',
    },
    {
      id: 'police-officer',
      label: 'Police',
      aliases: [
        'police',
        'constable',
        'police constable',
        'police inspector',
        'pcso',
        'police community support officer',
        'neighbourhood policing',
      ],
      ecology: 'justice',
      description:
        'Police officers and community support officers, often the first agency to meet a person in ' +
        'crisis, who need the right skills alongside them to reach the right decision.',
    },
    {
      id: 'probation-officer',
      label: 'Probation',
      aliases: [
        'probation',
        'probation service',
        'offender manager',
        'youth offending',
        'youth offending team',
        'yot',
        'youth justice',
        'ex-offender mentor',
      ],
      ecology: 'justice',
      description:
        'Probation officers and offender managers, including newer roles such as ex-offender mentors, ' +
        'who work to reduce re-offending alongside health and social care.',
    },
  ],
  rules: [
    {
      id: 'has-service-user',
      type: 'minCount',
      role: 'service-user',
      min: 1,
      recommended: 2,
      description: 'Only users know what better services would be; they must be on the map.',
    },
    {
      id: 'has-carer',
      type: 'minCount',
      role: 'carer',
      min: 1,
      recommended: 2,
      severity: 'warning',
      description: 'Carers often make the choices and hold the budget; leave them out and half the picture is missing.',
    },
    {
      id: 'has-key-worker',
      type: 'minCount',
      role: 'key-worker',
      min: 1,
      recommended: 2,
      description: 'Someone must coordinate the professionals around each user.',
    },
    {
      id: 'has-local-area-coordinator',
      type: 'minCount',
      role: 'local-area-coordinator',
      min: 1,
      recommended: 1,
      severity: 'warning',
      description: 'Local area coordinators connect people with support in their own community.',
    },
    {
      id: 'has-community-organiser',
      type: 'minCount',
      role: 'community-organiser',
      min: 1,
      recommended: 2,
      severity: 'warning',
      description: 'Community organisers help people help themselves.',
    },
    {
      id: 'has-social-worker',
      type: 'minCount',
      role: 'social-worker',
      min: 1,
      recommended: 2,
      description: 'The multi-agency team needs social work skills and powers.',
    },
    {
      id: 'has-health-professional',
      type: 'minCount',
      role: 'health-professional',
      min: 1,
      recommended: 2,
      description: 'The multi-agency team needs health, including mental health, skills.',
    },
    {
      id: 'has-police-officer',
      type: 'minCount',
      role: 'police-officer',
      min: 1,
      recommended: 1,
      description: 'The multi-agency team needs the police.',
    },
    {
      id: 'has-probation-officer',
      type: 'minCount',
      role: 'probation-officer',
      min: 1,
      recommended: 1,
      description: 'The multi-agency team needs probation.',
    },
    ...fragmentationRules,
    {
      id: 'key-worker-next-to-service-user',
      type: 'maxDistance',
      roles: ['key-worker', 'service-user'],
      max: 1,
      description: 'Key workers must work with users directly, not through other professionals.',
    },
    {
      id: 'key-worker-near-carer',
      type: 'maxDistance',
      roles: ['key-worker', 'carer'],
      max: 2,
      description: 'Key workers should know the carers of the people they work with.',
    },
    {
      id: 'local-area-coordinator-near-service-user',
      type: 'maxDistance',
      roles: ['local-area-coordinator', 'service-user'],
      max: 2,
      description: 'Local area coordinators work alongside people in their community.',
    },
    {
      id: 'community-organiser-near-service-user',
      type: 'maxDistance',
      roles: ['community-organiser', 'service-user'],
      max: 2,
      description: 'Community organisers should be within reach of the people they help.',
    },
    {
      id: 'social-worker-next-to-health',
      type: 'maxDistance',
      roles: ['social-worker', 'health-professional'],
      max: 1,
      description: 'Social work and health should work together directly.',
    },
    {
      id: 'police-next-to-health',
      type: 'maxDistance',
      roles: ['police-officer', 'health-professional'],
      max: 1,
      description: 'Police and mental health professionals working together keep people in crisis out of police cells.',
    },
    {
      id: 'police-next-to-probation',
      type: 'maxDistance',
      roles: ['police-officer', 'probation-officer'],
      max: 1,
      description: 'Police and probation should work together directly to reduce re-offending.',
    },
    {
      id: 'everyone-within-three',
      type: 'maxDistance',
      roles: ['*', '*'],
      max: 3,
      description: 'No agency should work on its own.',
    },
    {
      id: 'mixed-communities',
      type: 'communityDiversity',
      minRoles: 3,
      description: 'A group made of one or two professions is a bureaucratic silo.',
    },
    {
      id: 'police-health-bridges',
      type: 'redundancy',
      roles: ['police-officer', 'health-professional'],
      description:
        'Work that hangs on one enthusiast does not get mainstreamed: police and health should be ' +
        'linked by more than one person.',
    },
    {
      id: 'social-worker-health-bridges',
      type: 'redundancy',
      roles: ['social-worker', 'health-professional'],
      description: 'Social work and health should be linked by more than one person, so the link survives a move.',
    },
  ],
};
