/**
 * Kelderbridge, the region's city: a complete, well-connected cluster. Every
 * role is present at least twice, and people are spread over four
 * workstreams that each mix all the roles.
 */
import { slot, type LocalitySpec } from './region.js';

export const kelderbridge: LocalitySpec = {
  name: 'Kelderbridge',
  prefix: 'kb',
  shape: 'mixed',
  groups: ['Ageing well', 'Homes and neighbourhoods', 'Inclusive economy', 'Mental health'],
  pIn: 0.33,
  pOut: 0.05,
  slots: [
    slot('politician', 'public', 'Firth Valley Combined Authority', ['Mayor of Firth Valley'], {
      written: { 0: 'Mayor' },
    }),
    slot(
      'politician',
      'public',
      'Kelderbridge City Council',
      [
        'Leader of the Council',
        'Cabinet Member for Adult Care',
        'Cabinet Member for Housing',
        'Cabinet Member for Inclusive Economy',
        'Ward Councillor, Northgate',
      ],
      { written: { 0: 'Councillor' } },
    ),
    slot('senior-official', 'public', 'Kelderbridge City Council', [
      'Chief Executive',
      'Director of Adult Social Care',
      'Director of Public Health',
      'Assistant Director, Commissioning',
      'Head of Housing Options',
    ]),
    slot('senior-official', 'public', 'Firth Valley NHS Foundation Trust', [
      'Director of Community Services',
      'Deputy Chief Nurse',
    ]),
    slot('senior-official', 'voluntary', 'Kelderbridge Homes', ['Director of Customer Services']),
    slot('stakeholder-group', 'voluntary', 'Voluntary Action Kelderbridge', [
      'Chief Officer',
      'Policy and Partnerships Officer',
    ]),
    slot('stakeholder-group', 'community', 'Kelderbridge Carers Forum', ['Chair', 'Forum Coordinator']),
    slot('stakeholder-group', 'voluntary', 'Disability Rights Kelderbridge', ['Director', 'Campaigns Lead']),
    slot('stakeholder-group', 'community', "Kelderbridge Tenants' Federation", ['Secretary', 'Vice-Chair']),
    slot(
      'service-user',
      'community',
      'Kelderbridge Lived Experience Panel',
      ['Panel member', 'Peer researcher', 'Panel member', 'Carer representative'],
      { count: 8, also: { 0: ['stakeholder-group'] } },
    ),
    slot('service-user', 'community', "Kelderbridge Homes Tenants' Panel", ['Tenant representative'], { count: 6 }),
    slot(
      'researcher',
      'academic',
      'University of Firth Valley',
      [
        'Professor of Public Management',
        'Senior Lecturer in Social Policy',
        'Research Fellow, Public Service Reform',
        'Lecturer in Public Policy',
      ],
      { also: { 0: ['change-expert'] } },
    ),
    slot('researcher', 'voluntary', 'The Weir Institute', ['Head of Research', 'Senior Researcher']),
    slot(
      'service-designer',
      'private',
      'Loom & Lantern',
      ['Design Director', 'Senior Service Designer', 'Service Designer', 'User Researcher'],
      { written: { 2: 'Designer' } },
    ),
    slot(
      'service-designer',
      'public',
      'Kelderbridge City Council',
      ['Digital Service Design Lead', 'Interaction Designer'],
      { written: { 0: 'Service Designer' } },
    ),
    slot('service-designer', 'public', 'Firth Valley NHS Foundation Trust', ['Patient Experience Designer']),
    slot('social-entrepreneur', 'voluntary', 'Second Chapter CIC', [
      'Founder and Chief Executive',
      'Operations Director',
    ]),
    slot('social-entrepreneur', 'voluntary', 'Bridgeworks Cooperative', ['Co-founder', 'Member-Director']),
    slot('social-entrepreneur', 'voluntary', 'Kettle Yard Kitchen', ['Founder', 'Head of Enterprise']),
    slot('social-entrepreneur', 'voluntary', 'Northgate Care Cooperative', ['Managing Director', 'Community Lead']),
    slot('investor', 'private', 'Firth Valley Impact Fund', [
      'Fund Director',
      'Investment Manager',
      'Investment Associate',
    ]),
    slot('investor', 'voluntary', 'Kelderbridge Community Foundation', [
      'Head of Grants and Social Investment',
      'Philanthropy Adviser',
    ]),
    slot('change-expert', 'private', 'Tandem Change Partners', [
      'Managing Partner',
      'Organisational Development Consultant',
      'Change Consultant',
    ]),
    slot('change-expert', 'public', 'Firth Valley NHS Foundation Trust', [
      'Head of Quality Improvement',
      'Improvement Coach',
    ]),
  ],
  bridges: [],
};
