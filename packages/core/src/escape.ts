/**
 * Core's escaping is `@muster/escape`'s: this is where core's own modules
 * take it from, and what `@muster/core` re-exports for one version.
 */
export * from '@muster/escape';
