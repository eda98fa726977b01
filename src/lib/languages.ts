// Scripts written right to left (ISO 15924).
const RTL_SCRIPTS = new Set([
  'Arab',
  'Hebr',
  'Thaa',
  'Syrc',
  'Nkoo',
  'Adlm',
  'Rohg',
  'Mand',
  'Samr',
]);

/** Whether a text is a well-formed BCP 47 language tag. */
export function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/**
 * Writing direction of a language, from its likely script: `rtl` for Arabic,
 * Persian, Pashto, Urdu, Hebrew and the like, else `ltr`.
 */
export function textDirection(tag: string): 'ltr' | 'rtl' {
  const script = new Intl.Locale(tag).maximize().script;
  return script !== undefined && RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
}

/** The primary language subtag, lower case: `fa` for `fa-AF`. */
export function primaryLanguage(tag: string): string {
  return new Intl.Locale(tag).language;
}

// "Read in <language>", written in that language, where we know the phrasing.
const READ_IN: Record<string, (name: string) => string> = {
  en: (name) => `Read in ${name}`,
  fa: (name) => `به ${name} بخوانید`,
  ps: (name) => `په ${name} یې ولولئ`,
  fr: (name) => `Lire en ${name}`,
  de: (name) => `Auf ${name} lesen`,
};

/**
 * The link text that offers a translation, in the translation's own language:
 * "Read in English", "به فارسی بخوانید"; elsewhere the language's own name.
 */
export function readInLabel(tag: string): string {
  const language = primaryLanguage(tag);
  const name = new Intl.DisplayNames([tag], { type: 'language' }).of(language) ?? tag;
  const phrase = READ_IN[language];
  return phrase ? phrase(name) : name;
}
