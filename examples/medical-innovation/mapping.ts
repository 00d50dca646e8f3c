/**
 * How the medical innovation source maps to Muster (see convert.ts and
 * README.md): specialties to roles, relations to tie kinds, source columns
 * to attribute names, towns to localities, and the profile shipped with the
 * dataset.
 */
import type { Profile } from '@muster/core';

// ---------------------------------------------------------------- mappings

/**
 * `special` (specialty) as a role. The codes are those of Burt's codebook
 * for the same survey item ("Do you specialize in any particular field of
 * medicine?"): 1 general practitioner, 2 internist, 3 paediatrician,
 * 4 other specialty.
 */
export const ROLE_BY_SPECIALTY: Readonly<Record<string, string>> = {
  '1': 'general-practitioner',
  '2': 'internist',
  '3': 'paediatrician',
  '4': 'other-specialist',
};

/** `relation` (the sociometric question) as a Muster tie kind. */
export const KIND_BY_RELATION: Readonly<Record<string, string>> = {
  advice: 'advice',
  discussion: 'information',
  friendship: 'friendship',
};

/**
 * Survey columns renamed for readers: the items whose answer codes Burt's
 * codebook documents (see README.md for the codes). `date` is renamed too,
 * because it holds a coded answer, not a date. Every other survey column
 * keeps its netdiffuseR name.
 */
export const RENAMED_COLUMNS: Readonly<Record<string, string>> = {
  proage: 'professional_age',
  attend: 'conventions_attended',
  nojourn: 'journals_received',
  free: 'free_time_with_doctors',
  social: 'medical_talk_socially',
  club: 'doctors_club',
  friends: 'friends_who_are_doctors',
  length: 'time_in_community',
  office: 'office_visits_per_week',
  proximty: 'physicians_in_building',
  date: 'date_became_aware',
};

/**
 * Source columns that become a contract field (`id`, `locality`, `role`,
 * the adoption month) or repeat another column; none is kept as an
 * attribute. The converter checks that each duplicate really repeats.
 */
export const STRUCTURAL_COLUMNS = ['id', 'city', 'special', 'toa'] as const;
export const DUPLICATE_COLUMNS: Readonly<Record<string, string>> = {
  ado: 'toa',
  adopt: 'toa',
  detail2: 'detail',
  commun: 'city',
};
/** Columns with no information left: `adopted` is `toa < 18`, `study` is 1 throughout. */
export const DERIVED_COLUMNS = ['adopted', 'study'] as const;

/** The town as a locality. The netdiffuseR data number the towns 1–4 and do not name them. */
export function townName(city: string): string {
  return `Town ${city}`;
}

// ---------------------------------------------------------------- profile

/** The profile shipped with the dataset as profile.json. */
export const PROFILE: Profile = {
  id: 'medical-community',
  label: 'Medical community of a town',
  description:
    "A town's physicians who treat everyday infections (general practitioners, internists and paediatricians) " +
    'and the ties along which news of a new treatment travels between them: whom they turn to for advice, ' +
    "with whom they discuss cases, and whom they see socially. Written for Coleman, Katz & Menzel's study " +
    'of how tetracycline spread among the physicians of four Illinois towns in 1953–1955.',
  roles: [
    {
      id: 'general-practitioner',
      label: 'General practitioners',
      aliases: ['gp', 'general practice', 'family doctor', 'family physician'],
      ecology: 'general practice',
      description: 'Physicians in general practice, with no specialty: the largest group in every town of the study.',
    },
    {
      id: 'internist',
      label: 'Internists',
      aliases: ['internal medicine', 'internal medicine physician'],
      ecology: 'specialist practice',
      description: 'Specialists in internal medicine; general practitioners often turn to them for advice.',
    },
    {
      id: 'paediatrician',
      label: 'Paediatricians',
      aliases: ['pediatrician', 'paediatrics', 'pediatrics'],
      ecology: 'specialist practice',
      description: "Specialists in children's medicine, who prescribe antibiotics for childhood infections.",
    },
    {
      id: 'other-specialist',
      label: 'Other specialists',
      aliases: ['other specialty', 'specialist'],
      ecology: 'specialist practice',
      description: 'Physicians who named another specialty.',
    },
  ],
  rules: [
    {
      type: 'minCount',
      role: 'general-practitioner',
      min: 1,
      description: 'A town needs general practitioners: most of its patients see one first.',
    },
    {
      type: 'minCount',
      role: 'internist',
      min: 1,
      description: 'Internists are where general practitioners turn for advice on therapy.',
    },
    {
      type: 'minCount',
      role: 'paediatrician',
      min: 1,
      severity: 'warning',
      description: 'Without a paediatrician, news about treating children has no specialist to come from.',
    },
    {
      type: 'maxDistance',
      roles: ['general-practitioner', 'internist'],
      max: 2,
      description:
        'General practitioners and internists should be at most two steps apart, so that advice on a new ' +
        'drug can pass between general and specialist practice.',
    },
  ],
  // In this study the idea travelled over all three kinds of tie.
  flowKinds: ['advice', 'information', 'friendship'],
};
