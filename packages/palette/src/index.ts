/**
 * `@muster/palette`: the one palette of the project: colours of roles and
 * of tie kinds, used by the map, the audit's HTML report and every export,
 * so that a role has the same colour wherever it is drawn.
 *
 * Roles take colours by their position in the profile. The first ten are
 * Okabe & Ito's "Color Universal Design" set (2008) without its yellow and
 * black, then four of Paul Tol's dark tones: simulated for protanopia,
 * deuteranopia and tritanopia (Machado, Oliveira & Fernandes 2009) every
 * pair of these ten stays at least 13 CIELAB units apart (palette.test.ts
 * checks it), enough for every built-in profile. Beyond ten roles colours
 * are distinct for normal colour vision only; roles are always named in
 * words beside their colour too. A profile sets a role's colour with the
 * role's `color` field; callers can override any role as well.
 *
 * Tie kinds take Paul Tol's "bright" scheme, also designed for colour-blind
 * readers.
 *
 * @module @muster/palette
 */

/** Role colours in order (the first ten tested for colour-vision deficiencies). */
export const ROLE_PALETTE: readonly string[] = [
  '#0072B2', // blue
  '#E69F00', // orange
  '#009E73', // bluish green
  '#CC79A7', // reddish purple
  '#56B4E9', // sky blue
  '#D55E00', // vermillion
  '#332288', // indigo
  '#882255', // wine
  '#661100', // brown
  '#117733', // green
  '#AA4499', // purple
  '#999933', // olive
];

/** How many leading {@link ROLE_PALETTE} colours are tested for colour-vision deficiencies. */
export const ROLE_PALETTE_TESTED = 10;

/** Tie kind colours in order (Tol's "bright"). */
export const TIE_KIND_PALETTE: readonly string[] = [
  '#4477AA',
  '#EE6677',
  '#228833',
  '#CCBB44',
  '#66CCEE',
  '#AA3377',
  '#BBBBBB',
];

/** The colour of a role or kind the palette does not know. */
export const OTHER_COLOR = '#7A7A7A';

/** A colour written `#rrggbb`, the only form profiles and overrides accept. */
export const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

/**
 * Colour of each role: the profile's roles in profile order (a role's own
 * `color` first), then `extra` roles (found in data, not in the profile)
 * continuing the palette; `overrides` win over both.
 */
export function roleColors(
  roles: readonly { id: string; color?: string }[],
  extra: readonly string[] = [],
  overrides: Readonly<Record<string, string>> = {},
): Map<string, string> {
  const colors = new Map<string, string>();
  const ids = [...new Set([...roles.map((r) => r.id), ...extra])];
  ids.forEach((id, i) => {
    const own = roles.find((r) => r.id === id)?.color;
    colors.set(id, overrides[id] ?? own ?? ROLE_PALETTE[i % ROLE_PALETTE.length]!);
  });
  return colors;
}

/** Colour of each tie kind, in the order given (sorted kinds give stable colours). */
export function tieKindColors(
  kinds: readonly string[],
  overrides: Readonly<Record<string, string>> = {},
): Map<string, string> {
  const colors = new Map<string, string>();
  kinds.forEach((kind, i) => colors.set(kind, overrides[kind] ?? TIE_KIND_PALETTE[i % TIE_KIND_PALETTE.length]!));
  return colors;
}
