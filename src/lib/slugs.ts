/**
 * Turns a name into a URL segment: lower case, Latin accents dropped, every
 * run of other characters a single hyphen. Letters of other scripts are kept,
 * so that "کابل" has a slug of its own rather than an empty one.
 */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** Whether a text is already a slug as `slugify` would write it. */
export function isSlug(text: string): boolean {
  return text !== '' && slugify(text) === text;
}
