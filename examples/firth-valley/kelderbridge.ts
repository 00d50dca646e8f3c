/**
 * Kelderbridge, the region's city: a complete, well-connected cluster. Every
 * role is present at least twice, and people are spread over four
 * workstreams that each mix all the roles.
 */
import type { LocalitySpec } from './region.js';

export const kelderbridge: LocalitySpec = {
  name: 'Kelderbridge',
  prefix: 'kb',
  shape: 'mixed',
  groups: ['Ageing well', 'Homes and neighbourhoods', 'Inclusive economy', 'Mental health'],
  pIn: 0.33,
  pOut: 0.05,
  slots: [
    {
      org: 'Firth Valley Combined Authority',
      sector: 'public',
      role: 'politician',
      titles: ['Mayor of Firth Valley'],
      written: { 0: 'Mayor' },
    },
    {
      org: 'Kelderbridge City Council',
      sector: 'public',
      role: 'politician',
      titles: [
        'Leader of the Council',
        'Cabinet Member for Adult Care',
        'Cabinet Member for Housing',
        'Cabinet Member for Inclusive Economy',
        'Ward Councillor, Northgate',
      ],
      written: { 0: 'Councillor' },
    },
    {
      org: 'Kelderbridge City Council',
      sector: 'public',
      role: 'senior-official',
      titles: [
        'Chief Executive',
        'Director of Adult Social Care',
        'Director of Public Health',
        'Assistant Director, Commissioning',
        'Head of Housing Options',
      ],
    },
    {
      org: 'Firth Valley NHS Foundation Trust',
      sector: 'public',
      role: 'senior-official',
      titles: ['Director of Community Services', 'Deputy Chief Nurse'],
    },
    {
      org: 'Kelderbridge Homes',
      sector: 'voluntary',
      role: 'senior-official',
      titles: ['Director of Customer Services'],
    },
    {
      org: 'Voluntary Action Kelderbridge',
      sector: 'voluntary',
      role: 'stakeholder-group',
      titles: ['Chief Officer', 'Policy and Partnerships Officer'],
    },
    {
      org: 'Kelderbridge Carers Forum',
      sector: 'community',
      role: 'stakeholder-group',
      titles: ['Chair', 'Forum Coordinator'],
    },
    {
      org: 'Disability Rights Kelderbridge',
      sector: 'voluntary',
      role: 'stakeholder-group',
      titles: ['Director', 'Campaigns Lead'],
    },
    {
      org: "Kelderbridge Tenants' Federation",
      sector: 'community',
      role: 'stakeholder-group',
      titles: ['Secretary', 'Vice-Chair'],
    },
    {
      org: 'Kelderbridge Lived Experience Panel',
      sector: 'community',
      role: 'service-user',
      titles: ['Panel member', 'Peer researcher', 'Panel member', 'Carer representative'],
      count: 8,
      also: { 0: ['stakeholder-group'] },
    },
    {
      org: "Kelderbridge Homes Tenants' Panel",
      sector: 'community',
      role: 'service-user',
      titles: ['Tenant representative'],
      count: 6,
    },
    {
      org: 'University of Firth Valley',
      sector: 'academic',
      role: 'researcher',
      titles: [
        'Professor of Public Management',
        'Senior Lecturer in Social Policy',
        'Research Fellow, Public Service Reform',
        'Lecturer in Public Policy',
      ],
      also: { 0: ['change-expert'] },
    },
    {
      org: 'The Weir Institute',
      sector: 'voluntary',
      role: 'researcher',
      titles: ['Head of Research', 'Senior Researcher'],
    },
    {
      org: 'Loom & Lantern',
      sector: 'private',
      role: 'service-designer',
      titles: ['Design Director', 'Senior Service Designer', 'Service Designer', 'User Researcher'],
      written: { 2: 'Designer' },
    },
    {
      org: 'Kelderbridge City Council',
      sector: 'public',
      role: 'service-designer',
      titles: ['Digital Service Design Lead', 'Interaction Designer'],
      written: { 0: 'Service Designer' },
    },
    {
      org: 'Firth Valley NHS Foundation Trust',
      sector: 'public',
      role: 'service-designer',
      titles: ['Patient Experience Designer'],
    },
    {
      org: 'Second Chapter CIC',
      sector: 'voluntary',
      role: 'social-entrepreneur',
      titles: ['Founder and Chief Executive', 'Operations Director'],
    },
    {
      org: 'Bridgeworks Cooperative',
      sector: 'voluntary',
      role: 'social-entrepreneur',
      titles: ['Co-founder', 'Member-Director'],
    },
    {
      org: 'Kettle Yard Kitchen',
      sector: 'voluntary',
      role: 'social-entrepreneur',
      titles: ['Founder', 'Head of Enterprise'],
    },
    {
      org: 'Northgate Care Cooperative',
      sector: 'voluntary',
      role: 'social-entrepreneur',
      titles: ['Managing Director', 'Community Lead'],
    },
    {
      org: 'Firth Valley Impact Fund',
      sector: 'private',
      role: 'investor',
      titles: ['Fund Director', 'Investment Manager', 'Investment Associate'],
    },
    {
      org: 'Kelderbridge Community Foundation',
      sector: 'voluntary',
      role: 'investor',
      titles: ['Head of Grants and Social Investment', 'Philanthropy Adviser'],
    },
    {
      org: 'Tandem Change Partners',
      sector: 'private',
      role: 'change-expert',
      titles: ['Managing Partner', 'Organisational Development Consultant', 'Change Consultant'],
    },
    {
      org: 'Firth Valley NHS Foundation Trust',
      sector: 'public',
      role: 'change-expert',
      titles: ['Head of Quality Improvement', 'Improvement Coach'],
    },
  ],
  bridges: [],
};
