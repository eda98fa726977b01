import * as z from 'zod';
import { parseArticleDate } from './dates.ts';
import { isLanguageTag } from './languages.ts';
import { isSlug, slugify } from './slugs.ts';

/** The front-matter keys the site reads; any other key is reported, not used. */
export const KNOWN_KEYS = [
  'title',
  'date',
  'updated',
  'summary',
  'byline',
  'sources',
  'people',
  'places',
  'draft',
  'slug',
  'lang',
  'translationOf',
  'corrections',
  'retracted',
  'kind',
  'featured',
  'aliases',
  'image',
] as const;

/** The kinds of article; anything but news carries a visible label. */
export const ARTICLE_KINDS = ['news', 'analysis', 'opinion', 'interview', 'obituary'] as const;

function requiredText(what: string) {
  return z
    .string({
      error: (issue) => (issue.input === undefined ? 'is required' : `must be ${what}`),
    })
    .trim()
    .min(1, 'must not be empty');
}

function optionalText(what: string) {
  return z
    .string({ error: `must be ${what}` })
    .trim()
    .min(1, 'must not be empty when given')
    .optional();
}

const httpUrl = z
  .string({ error: 'must be an http or https URL' })
  .refine(
    (value) => {
      try {
        const url = new URL(value);
        return url.protocol === 'http:' || url.protocol === 'https:';
      } catch {
        return false;
      }
    },
    { error: (issue) => `must be an http or https URL, not "${String(issue.input)}"` },
  )
  // Written back as the URL parser serializes it, so that `<`, spaces and the
  // like are percent-encoded wherever the URL appears.
  .transform((value) => new URL(value).href);

// A bare name is shorthand for `{ name }`.
const source = z.preprocess(
  (value) => (typeof value === 'string' ? { name: value } : value),
  z.object(
    { name: topicName('a name'), url: httpUrl.optional() },
    { error: 'must be a name or { name, url }' },
  ),
);

// A topic name must leave something to make its URL from.
function topicName(what: string) {
  return requiredText(what).refine((name) => slugify(name) !== '', {
    error: (issue) => `"${String(issue.input)}" has no letters or digits to make a URL from`,
  });
}

function nameList(what: string) {
  return z.array(topicName(what), { error: `must be a list of ${what}s` }).default([]);
}

// The lead picture. Alt text may be empty only for a picture marked decorative.
const leadImage = z
  .object(
    {
      src: requiredText('a path to a picture file, or a URL'),
      alt: z.string({ error: 'must be text' }).trim().optional(),
      caption: optionalText('text'),
      credit: optionalText('text'),
      decorative: z.boolean({ error: 'must be true or false' }).default(false),
    },
    { error: 'must be { src, alt, caption, credit }' },
  )
  .superRefine((image, context) => {
    if (!image.decorative && !image.alt) {
      context.addIssue({
        code: 'custom',
        path: ['alt'],
        message: `"${image.src}" needs alt text that says what it shows, or decorative: true if it shows nothing the text needs`,
      });
    }
  });

function dateField(timeZone: string) {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? 'is required'
          : 'must be a date written as text, such as 2021-08-31',
    })
    .transform((text, context) => {
      try {
        return parseArticleDate(text, timeZone);
      } catch (error) {
        context.addIssue({ code: 'custom', message: (error as Error).message });
        return z.NEVER;
      }
    });
}

// Building the schema costs more than a parse; one a time zone serves every file.
const schemas = new Map<string, ReturnType<typeof buildFrontmatterSchema>>();

/**
 * The schema of an article's front-matter. Dates must arrive as text (the
 * front-matter reader keeps them so), because a parsed YAML date has already
 * lost its offset and may have moved to another day.
 */
export function createFrontmatterSchema(timeZone: string) {
  let schema = schemas.get(timeZone);
  if (!schema) {
    schema = buildFrontmatterSchema(timeZone);
    schemas.set(timeZone, schema);
  }
  return schema;
}

function buildFrontmatterSchema(timeZone: string) {
  return z
    .object({
      title: requiredText('text'),
      date: dateField(timeZone),
      updated: dateField(timeZone).optional(),
      summary: optionalText('text'),
      byline: optionalText('text'),
      sources: z.array(source, { error: 'must be a list of names or { name, url }' }).default([]),
      people: nameList('name'),
      places: nameList('name'),
      draft: z.boolean({ error: 'must be true or false' }).default(false),
      lang: z
        .string({ error: 'must be a language tag such as fa or en-GB' })
        .refine(isLanguageTag, {
          error: (issue) => `"${String(issue.input)}" is not a language tag such as fa or en-GB`,
        })
        .transform((tag) => Intl.getCanonicalLocales(tag)[0]!)
        .optional(),
      translationOf: optionalText('the path or slug of the original article'),
      corrections: z
        .array(
          z.object(
            {
              date: dateField(timeZone),
              text: requiredText('the text of the correction'),
              kind: z
                .enum(['correction', 'clarification'], {
                  error: 'must be correction or clarification',
                })
                .default('correction'),
            },
            { error: 'must be { date, text }' },
          ),
          { error: 'must be a list of { date, text }' },
        )
        .default([]),
      retracted: z
        .object(
          { date: dateField(timeZone), reason: requiredText('the reason for the retraction') },
          { error: 'must be { date, reason }' },
        )
        .optional(),
      kind: z
        .enum(ARTICLE_KINDS, { error: `must be one of ${ARTICLE_KINDS.join(', ')}` })
        .default('news'),
      featured: z.boolean({ error: 'must be true or false' }).default(false),
      aliases: z
        .array(
          z
            .string({ error: 'must be a path such as /2021/08/old-slug/' })
            .regex(/^\/[^\s?#]*$/, {
              error: 'must be a path on this site, such as /2021/08/old-slug/',
            })
            .transform((path) => (path.endsWith('/') ? path : `${path}/`)),
          { error: 'must be a list of paths' },
        )
        .default([]),
      image: leadImage.optional(),
      slug: z
        .string({ error: 'must be text' })
        .refine(isSlug, {
          error: (issue) =>
            `"${String(issue.input)}" is not a slug: use lower-case letters, digits and single hyphens`,
        })
        .optional(),
    })
    .superRefine((data, context) => {
      // A correction cannot come before the article it corrects.
      data.corrections.forEach((correction, index) => {
        if (correction.date.instant < data.date.instant) {
          context.addIssue({
            code: 'custom',
            path: ['corrections', index, 'date'],
            message: `"${correction.date.text}" is before the article's date`,
          });
        }
      });
      if (data.retracted && data.retracted.date.instant < data.date.instant) {
        context.addIssue({
          code: 'custom',
          path: ['retracted', 'date'],
          message: `"${data.retracted.date.text}" is before the article's date`,
        });
      }
    });
}

export type Frontmatter = z.output<ReturnType<typeof createFrontmatterSchema>>;
export type Source = Frontmatter['sources'][number];

/** Formats a schema problem as `field: message`, with list positions counted from 1. */
export function formatIssue(issue: z.core.$ZodIssue, whole = 'front-matter'): string {
  const field = issue.path
    .map((part) => (typeof part === 'number' ? `[${part + 1}]` : String(part)))
    .join('.')
    .replace(/\.\[/g, '[');
  return `${field || whole}: ${issue.message}`;
}

/** Front-matter keys that the schema does not know. */
export function findUnknownKeys(data: Record<string, unknown>): string[] {
  const known: readonly string[] = KNOWN_KEYS;
  return Object.keys(data).filter((key) => !known.includes(key));
}
