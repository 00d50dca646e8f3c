/**
 * Colours. Role colours are the Okabe–Ito palette (Okabe & Ito 2008,
 * "Color Universal Design") extended with darker tones, so that roles stay
 * apart for most colour-vision deficiencies; all reach at least 3:1 against
 * white, the WCAG contrast for graphical objects.
 */

const ROLE_PALETTE = [
  '#0072B2', // blue
  '#56B4E9', // sky blue
  '#009E73', // bluish green
  '#E69F00', // orange
  '#CC79A7', // reddish purple
  '#D55E00', // vermillion
  '#8C6D1F', // ochre
  '#332288', // indigo
  '#882255', // wine
  '#117733', // green
  '#44AA99', // teal
  '#AA4499', // purple
];

/** Dimmed nodes and ties. */
export const MUTED_NODE = '#d3d8de';
export const MUTED_EDGE = '#eceff2';
export const EDGE = '#b9c1cb';
export const FLOW_EDGE = '#b43c00';
export const BROKER_RING = '#111111';
export const LINK_EDGE = '#c01c28';
/** Unknown roles. */
export const OTHER_ROLE = '#7a7a7a';

/** Tints for silo communities (light, so a node's own colour still shows inside the ring). */
export const SILO_TINTS = ['#f4a259', '#8cb369', '#5b8e7d', '#bc4b51', '#7d5ba6', '#3d5a80'];

/** Colour of each role id, in profile order, with overrides. */
export function roleColors(roles: readonly string[], overrides: Record<string, string> = {}): Map<string, string> {
  const colors = new Map<string, string>();
  roles.forEach((role, i) => colors.set(role, overrides[role] ?? ROLE_PALETTE[i % ROLE_PALETTE.length]!));
  return colors;
}
