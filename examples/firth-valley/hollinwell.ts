/**
 * Hollinwell, a former mill town: connected enough, but with no service
 * designers, investors or change experts, and a single researcher.
 */
import type { LocalitySpec } from './region.js';

export const hollinwell: LocalitySpec = {
  name: 'Hollinwell',
  prefix: 'hw',
  shape: 'mixed',
  groups: ['Town centre', 'Mill Street', 'Pennine Edge'],
  pIn: 0.3,
  pOut: 0.06,
  slots: [
    {
      org: 'Hollinwell Borough Council',
      sector: 'public',
      role: 'politician',
      titles: [
        'Leader of the Council',
        'Cabinet Member for Communities',
        'Cabinet Member for Health and Wellbeing',
        'Ward Councillor, Mill Street',
        'Ward Councillor, Pennine Edge',
      ],
      written: { 0: 'Councillor', 3: 'Councillor' },
      also: { 1: ['stakeholder-group'] },
    },
    {
      org: 'Hollinwell Borough Council',
      sector: 'public',
      role: 'senior-official',
      titles: [
        'Chief Executive',
        'Director of Communities',
        'Head of Housing and Neighbourhoods',
        'Assistant Director, Early Help',
      ],
    },
    {
      org: 'Firth Valley NHS Foundation Trust',
      sector: 'public',
      role: 'senior-official',
      titles: ['Locality Director, Hollinwell', 'Head of Community Nursing'],
    },
    {
      org: 'Pennine Edge Housing',
      sector: 'voluntary',
      role: 'senior-official',
      titles: ['Director of Neighbourhoods'],
    },
    {
      org: 'Hollinwell Food Network',
      sector: 'community',
      role: 'stakeholder-group',
      titles: ['Network Coordinator', 'Trustee'],
    },
    { org: "Hollinwell Elders' Forum", sector: 'community', role: 'stakeholder-group', titles: ['Chair', 'Secretary'] },
    {
      org: 'Mill Street Youth Project',
      sector: 'voluntary',
      role: 'stakeholder-group',
      titles: ['Project Manager', 'Youth Worker'],
    },
    {
      org: "Hollinwell Tenants' Association",
      sector: 'community',
      role: 'stakeholder-group',
      titles: ['Chair', 'Treasurer'],
    },
    { org: 'Hollinwell Interfaith Forum', sector: 'community', role: 'stakeholder-group', titles: ['Coordinator'] },
    {
      org: 'Hollinwell Voices',
      sector: 'community',
      role: 'service-user',
      titles: ['Member'],
      count: 12,
      written: { 0: 'service_user', 5: 'service_user' },
    },
    {
      org: "Pennine Edge Residents' Group",
      sector: 'community',
      role: 'service-user',
      titles: ['Resident member'],
      count: 6,
    },
    { org: 'Hollinwell College', sector: 'academic', role: 'researcher', titles: ['Community Research Fellow'] },
    {
      org: 'Threadmill CIC',
      sector: 'voluntary',
      role: 'social-entrepreneur',
      titles: ['Founder', 'Workshop Manager'],
      also: { 0: ['service-user'] },
    },
    {
      org: 'Hollinwell Community Energy',
      sector: 'voluntary',
      role: 'social-entrepreneur',
      titles: ['Director', 'Community Engagement Lead'],
    },
    { org: 'Canal Side Bikes', sector: 'voluntary', role: 'social-entrepreneur', titles: ['Owner-Manager'] },
  ],
  bridges: [],
};
