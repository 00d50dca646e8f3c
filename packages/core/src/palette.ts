/**
 * Core's colours are `@muster/palette`'s: profiles check a role's `color`
 * against it, and `@muster/core` re-exports it for one version.
 */
export * from '@muster/palette';
