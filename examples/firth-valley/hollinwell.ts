/**
 * Hollinwell, a former mill town: connected enough, but with no service
 * designers, investors or change experts, and a single researcher.
 */
import { slot, type LocalitySpec } from './region.js';

export const hollinwell: LocalitySpec = {
  name: 'Hollinwell',
  prefix: 'hw',
  shape: 'mixed',
  groups: ['Town centre', 'Mill Street', 'Pennine Edge'],
  pIn: 0.3,
  pOut: 0.06,
  slots: [
    slot(
      'politician',
      'public',
      'Hollinwell Borough Council',
      [
        'Leader of the Council',
        'Cabinet Member for Communities',
        'Cabinet Member for Health and Wellbeing',
        'Ward Councillor, Mill Street',
        'Ward Councillor, Pennine Edge',
      ],
      { written: { 0: 'Councillor', 3: 'Councillor' }, also: { 1: ['stakeholder-group'] } },
    ),
    slot('senior-official', 'public', 'Hollinwell Borough Council', [
      'Chief Executive',
      'Director of Communities',
      'Head of Housing and Neighbourhoods',
      'Assistant Director, Early Help',
    ]),
    slot('senior-official', 'public', 'Firth Valley NHS Foundation Trust', [
      'Locality Director, Hollinwell',
      'Head of Community Nursing',
    ]),
    slot('senior-official', 'voluntary', 'Pennine Edge Housing', ['Director of Neighbourhoods']),
    slot('stakeholder-group', 'community', 'Hollinwell Food Network', ['Network Coordinator', 'Trustee']),
    slot('stakeholder-group', 'community', "Hollinwell Elders' Forum", ['Chair', 'Secretary']),
    slot('stakeholder-group', 'voluntary', 'Mill Street Youth Project', ['Project Manager', 'Youth Worker']),
    slot('stakeholder-group', 'community', "Hollinwell Tenants' Association", ['Chair', 'Treasurer']),
    slot('stakeholder-group', 'community', 'Hollinwell Interfaith Forum', ['Coordinator']),
    slot('service-user', 'community', 'Hollinwell Voices', ['Member'], {
      count: 12,
      written: { 0: 'service_user', 5: 'service_user' },
    }),
    slot('service-user', 'community', "Pennine Edge Residents' Group", ['Resident member'], { count: 6 }),
    slot('researcher', 'academic', 'Hollinwell College', ['Community Research Fellow']),
    slot('social-entrepreneur', 'voluntary', 'Threadmill CIC', ['Founder', 'Workshop Manager'], {
      also: { 0: ['service-user'] },
    }),
    slot('social-entrepreneur', 'voluntary', 'Hollinwell Community Energy', ['Director', 'Community Engagement Lead']),
    slot('social-entrepreneur', 'voluntary', 'Canal Side Bikes', ['Owner-Manager']),
  ],
  bridges: [],
};
