/**
 * The one normalisation used to match names users type against ids:
 * case, accents and runs of spaces, underscores and hyphens do not matter,
 * so "Service Designer", "service_designer" and "service-designer" are the
 * same key.
 */
export function normaliseKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-');
}
