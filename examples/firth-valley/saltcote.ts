/**
 * Saltcote, a coastal town: every role is present, but in four clusters of
 * like with like (civic, venture, community, research) joined by four ties.
 */
import { slot, type LocalitySpec } from './region.js';

export const saltcote: LocalitySpec = {
  name: 'Saltcote',
  prefix: 'sc',
  shape: 'siloed',
  groups: [],
  pIn: 0.42,
  pOut: 0,
  slots: [
    slot(
      'politician',
      'public',
      'Saltcote District Council',
      [
        'Leader of the Council',
        'Deputy Leader',
        'Cabinet Member for Coastal Regeneration',
        'Cabinet Member for Health and Housing',
        'Ward Councillor, Harbourside',
        'Ward Councillor, Eastcliff',
      ],
      { group: 'civic', written: { 2: 'Councillor' } },
    ),
    slot(
      'senior-official',
      'public',
      'Saltcote District Council',
      [
        'Chief Executive',
        'Director of Place',
        'Head of Communities',
        'Head of Economic Development',
        'Head of Revenues and Benefits',
      ],
      { group: 'civic', written: { 4: 'Senior Official' } },
    ),
    slot(
      'senior-official',
      'public',
      'Firth Valley NHS Foundation Trust',
      ['Locality Director, Saltcote', 'Head of Adult Mental Health'],
      { group: 'civic' },
    ),
    slot('service-designer', 'private', 'Harbour Lab', ['Studio Lead', 'Service Designer', 'Design Researcher'], {
      group: 'venture',
      written: { 1: 'Service Designer' },
    }),
    slot('service-designer', 'private', 'Driftwood Studio', ['Principal Designer'], { group: 'venture' }),
    slot('social-entrepreneur', 'voluntary', 'Tidewrack Trading CIC', ['Founder', 'Trading Manager'], {
      group: 'venture',
      written: { 1: 'Social Entrepreneur' },
    }),
    slot('social-entrepreneur', 'voluntary', 'Saltcote Community Pantry', ['Pantry Director', 'Co-founder'], {
      group: 'venture',
    }),
    slot('social-entrepreneur', 'voluntary', 'Boatshed Makers', ['Managing Director', 'Co-founder'], {
      group: 'venture',
    }),
    slot('social-entrepreneur', 'voluntary', 'Seaglass Care Cooperative', ['Chief Executive, Seaglass'], {
      group: 'venture',
    }),
    slot('investor', 'private', 'Estuary Social Capital', ['Partner', 'Investment Manager'], { group: 'venture' }),
    slot('investor', 'private', 'Firth Valley Impact Fund', ['Coastal Investment Lead'], { group: 'venture' }),
    slot('stakeholder-group', 'community', "Saltcote Residents' Network", ['Convenor', 'Organiser'], {
      group: 'community',
    }),
    slot('stakeholder-group', 'community', 'Harbourside Carers', ['Carers Lead', 'Support Worker'], {
      group: 'community',
    }),
    slot(
      'stakeholder-group',
      'voluntary',
      'Saltcote Mental Health Forum',
      ['Forum Chair', 'Peer Support Coordinator'],
      { group: 'community' },
    ),
    slot('stakeholder-group', 'voluntary', 'Saltcote Advice Centre', ['Chief Officer', 'Advice Services Manager'], {
      group: 'community',
    }),
    slot('service-user', 'community', 'Saltcote Peer Support Circle', ['Member'], {
      group: 'community',
      count: 8,
      written: { 3: 'Service User' },
    }),
    slot('service-user', 'community', 'Harbourside Carers', ['Carer'], { group: 'community', count: 5 }),
    slot(
      'researcher',
      'academic',
      'University of Firth Valley',
      [
        'Reader in Coastal Communities',
        'Lecturer in Public Administration',
        'Research Associate',
        'Doctoral Researcher',
      ],
      { group: 'research' },
    ),
    slot('researcher', 'voluntary', 'Centre for Coastal Renewal', ['Director of Research', 'Policy Fellow'], {
      group: 'research',
    }),
    slot(
      'change-expert',
      'private',
      'Shoreline Change Associates',
      ['Principal Consultant', 'Associate, Organisational Change', 'Change Practitioner'],
      { group: 'research', written: { 2: 'change_expert' } },
    ),
  ],
  bridges: [
    { from: 'Head of Communities', to: 'Chief Officer', kind: 'collaboration' },
    { from: 'Head of Economic Development', to: 'Founder', kind: 'collaboration' },
    { from: 'Research Associate', to: 'Design Researcher', kind: 'information' },
    { from: 'Principal Consultant', to: 'Chief Executive', kind: 'advice' },
  ],
};
