/**
 * Built-in profile `public-service-innovation`, the default: the local
 * cluster for public-service innovation described in "Cluster muster" (an
 * RSA blog post, April 2012). Buy-in from politicians and senior
 * officials, key stakeholder and user groups; university or think-tank
 * specialists in public-service reform; service designers; social
 * entrepreneurs and investors (or people who know how to lever investment
 * in); and people with expertise in organisational change, "a corollary of
 * substantial innovation". The rules ask that each element exists in the
 * locality, that the pairs which must work together are close, and that ideas
 * can "bounce around the cluster".
 */
import type { Profile } from '../types.js';

export const publicServiceInnovationProfile: Profile = {
  id: 'public-service-innovation',
  label: 'Public-service innovation cluster',
  description:
    'The people a locality needs for public-service innovation to take root and grow: political and ' +
    'official buy-in, the groups and people who use services, reform specialists, service designers, ' +
    'social entrepreneurs, investors and people who know how to lead organisational change, close ' +
    'enough to each other for ideas to travel.',
  roles: [
    {
      id: 'politician',
      label: 'Politicians',
      aliases: [
        'councillor',
        'cllr',
        'councilor',
        'council member',
        'elected member',
        'elected representative',
        'council leader',
        'cabinet member',
        'portfolio holder',
        'mayor',
        'mp',
        'msp',
        'mla',
        'minister',
      ],
      ecology: 'politics',
      description:
        'Elected members: councillors, cabinet members, mayors, MPs and MSPs. Innovation needs their ' +
        'buy-in, because they set the mandate and the budget and answer for the result.',
    },
    {
      id: 'senior-official',
      label: 'Senior officials',
      aliases: [
        'chief executive',
        'chief officer',
        'director',
        'executive director',
        'assistant director',
        'deputy director',
        'head of service',
        'senior manager',
        'senior officer',
        'civil servant',
      ],
      ecology: 'administration',
      description:
        'Chief executives, directors and heads of service who run the public bodies involved. Without ' +
        'their buy-in a new idea stays a pilot and never becomes the way the service works.',
    },
    {
      id: 'stakeholder-group',
      label: 'Stakeholder groups',
      aliases: [
        'stakeholder',
        'community group',
        'community organisation',
        'voluntary sector',
        'voluntary organisation',
        'third sector',
        'vcs',
        'vcse',
        'charity',
        'user group',
        'carers group',
        'patient group',
        'advocacy group',
        'residents association',
        'tenants association',
        'trade union',
      ],
      ecology: 'civil-society',
      description:
        'Organised interests: user and carer groups, voluntary and community organisations, charities ' +
        'and unions. They speak for many people at once, and the cluster needs their buy-in as much as ' +
        'that of politicians and officials.',
    },
    {
      id: 'service-user',
      label: 'Service users',
      aliases: [
        'user',
        'citizen',
        'resident',
        'member of the public',
        'patient',
        'client',
        'tenant',
        'carer',
        'lived experience',
        'person with lived experience',
        'expert by experience',
      ],
      ecology: 'community',
      description:
        'People who use the services, and their carers. Outcomes are made together by providers, users ' +
        'and the wider community, so users bring knowledge of what would make a service better that ' +
        'no one else has.',
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
        'think tank',
        'policy researcher',
        'evaluator',
      ],
      ecology: 'research',
      description:
        'University and think-tank specialists in public-service reform. They bring evidence of what ' +
        'has worked elsewhere and help the cluster learn from its own attempts.',
    },
    {
      id: 'service-designer',
      label: 'Service designers',
      aliases: ['designer', 'design', 'design lead', 'user researcher', 'ux designer', 'co-design'],
      ecology: 'design',
      description:
        'People who redesign services and the interactions between services and users, often with the ' +
        'users themselves. The cluster is as interested in redesigning institutions and interactions as ' +
        'in new products.',
    },
    {
      id: 'social-entrepreneur',
      label: 'Social entrepreneurs',
      aliases: [
        'social enterprise',
        'social business',
        'social innovator',
        'entrepreneur',
        'community interest company',
        'cic',
        'co-operative',
        'cooperative',
        'mutual',
        'public service mutual',
      ],
      ecology: 'enterprise',
      description:
        'Founders and leaders of social enterprises, co-operatives and mutuals. They turn ideas into ' +
        'working ventures and take risks a public body cannot.',
    },
    {
      id: 'investor',
      label: 'Investors',
      aliases: [
        'funder',
        'impact investor',
        'social investor',
        'social investment',
        'grant maker',
        'grantmaker',
        'foundation',
        'philanthropist',
        'fundraiser',
        'investment adviser',
        'investment advisor',
      ],
      ecology: 'finance',
      description:
        'Potential investors and funders, or at least people who know how to lever investment in. New ' +
        'services rarely grow out of existing budgets alone.',
    },
    {
      id: 'change-expert',
      label: 'Change experts',
      aliases: [
        'change manager',
        'change management',
        'change lead',
        'change consultant',
        'organisational change',
        'organisational development',
        'organizational development',
        'od',
        'od practitioner',
        'transformation lead',
        'transformation manager',
      ],
      ecology: 'change',
      description:
        'People with expertise in the organisational change process, an often overlooked resource. ' +
        'Substantial innovation always means organisational change, and someone has to know how to ' +
        'lead it.',
    },
  ],
  rules: [
    {
      id: 'has-politician',
      type: 'minCount',
      role: 'politician',
      min: 1,
      recommended: 2,
      description: 'Innovation needs buy-in from elected politicians.',
    },
    {
      id: 'has-senior-official',
      type: 'minCount',
      role: 'senior-official',
      min: 1,
      recommended: 2,
      description: 'Innovation needs buy-in from the senior officials who run the services.',
    },
    {
      id: 'has-stakeholder-group',
      type: 'minCount',
      role: 'stakeholder-group',
      min: 1,
      recommended: 2,
      description: 'Key stakeholder and user groups must be part of the cluster.',
    },
    {
      id: 'has-service-user',
      type: 'minCount',
      role: 'service-user',
      min: 1,
      recommended: 2,
      description: 'The people who use services must be part of the cluster, not only their representatives.',
    },
    {
      id: 'has-researcher',
      type: 'minCount',
      role: 'researcher',
      min: 1,
      recommended: 2,
      description: 'The cluster needs specialists in public-service reform from universities or think tanks.',
    },
    {
      id: 'has-service-designer',
      type: 'minCount',
      role: 'service-designer',
      min: 1,
      recommended: 2,
      description: 'The cluster needs people who can redesign services and interactions.',
    },
    {
      id: 'has-social-entrepreneur',
      type: 'minCount',
      role: 'social-entrepreneur',
      min: 1,
      recommended: 2,
      description: 'The cluster needs social entrepreneurs to turn ideas into ventures.',
    },
    {
      id: 'has-investor',
      type: 'minCount',
      role: 'investor',
      min: 1,
      recommended: 2,
      description: 'The cluster needs investors, or people who know how to lever investment in.',
    },
    {
      id: 'has-change-expert',
      type: 'minCount',
      role: 'change-expert',
      min: 1,
      recommended: 2,
      description: 'The cluster needs people who know how to lead organisational change.',
    },
    {
      id: 'politician-near-service-user',
      type: 'maxDistance',
      roles: ['politician', 'service-user'],
      max: 2,
      description: 'Politicians should hear from service users directly or through one go-between.',
    },
    {
      id: 'senior-official-near-service-user',
      type: 'maxDistance',
      roles: ['senior-official', 'service-user'],
      max: 2,
      description: 'Senior officials should hear from service users directly or through one go-between.',
    },
    {
      id: 'service-designer-near-senior-official',
      type: 'maxDistance',
      roles: ['service-designer', 'senior-official'],
      max: 2,
      description: 'Designers need a short route to the officials who can change how a service runs.',
    },
    {
      id: 'service-designer-near-investor',
      type: 'maxDistance',
      roles: ['service-designer', 'investor'],
      max: 2,
      description: 'Designs that need money to grow need a short route to people who can lever it in.',
    },
    {
      id: 'social-entrepreneur-near-senior-official',
      type: 'maxDistance',
      roles: ['social-entrepreneur', 'senior-official'],
      max: 2,
      description: 'Social entrepreneurs need officials who can open the door to commissioning and partnership.',
    },
    {
      id: 'social-entrepreneur-near-investor',
      type: 'maxDistance',
      roles: ['social-entrepreneur', 'investor'],
      max: 2,
      description: 'Social entrepreneurs need a short route to investment.',
    },
    {
      id: 'change-expert-near-senior-official',
      type: 'maxDistance',
      roles: ['change-expert', 'senior-official'],
      max: 2,
      description: 'The people who know how to lead change must be close to the officials who run services.',
    },
    {
      id: 'everyone-within-three',
      type: 'maxDistance',
      roles: ['*', '*'],
      max: 3,
      description: 'Ideas should be able to bounce around the whole cluster.',
    },
    {
      id: 'mixed-communities',
      type: 'communityDiversity',
      minRoles: 3,
      description:
        'A group that only talks to itself, officials with officials or designers with designers, is a silo.',
    },
    {
      id: 'politician-service-user-bridges',
      type: 'redundancy',
      roles: ['politician', 'service-user'],
      description:
        "If one person alone links politicians with users, the users' voice is lost when that person moves on.",
    },
    {
      id: 'senior-official-service-designer-bridges',
      type: 'redundancy',
      roles: ['senior-official', 'service-designer'],
      description: 'If one person alone links officials with designers, redesign stalls when that person moves on.',
    },
  ],
};
