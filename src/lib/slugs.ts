// Names recur across thousands of articles (a person in every article about
// them); the same name always has the same slug.
const known = new Map<string, string>();

/**
 * Turns a name into a URL segment: lower case, Latin accents dropped, every
 * run of other characters a single hyphen. Letters of other scripts are kept,
 * so that "کابل" has a slug of its own rather than an empty one.
 */
export function slugify(name: string): string {
  let slug = known.get(name);
  if (slug === undefined) {
    slug = name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .normalize('NFC')
      .toLowerCase()
      .replace(/['’]/g, '')
      .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
      .replace(/^-+|-+$/g, '');
    known.set(name, slug);
  }
  return slug;
}

/** Whether a text is already a slug as `slugify` would write it. */
export function isSlug(text: string): boolean {
  return text !== '' && slugify(text) === text;
}
