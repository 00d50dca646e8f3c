/**
 * Suggestions for names typed on the command line.
 */
import { closestName } from '@muster/core';

/** `; did you mean 'X'?` or the list of names, for a message. */
export function didYouMeanLocality(name: string, known: readonly string[]): string {
  const match = closestName(name, known);
  return match === undefined ? `; the localities are ${known.join(', ')}` : `; did you mean '${match}'?`;
}
