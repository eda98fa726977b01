import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import * as z from 'zod';
import { articleLoader } from './loaders/articles.ts';
import {
  articleLoaderKind,
  bodiesDir,
  contentDir,
  picturesFile,
  site,
  summariesFile,
} from './site.ts';

const articles = defineCollection({
  loader:
    articleLoaderKind === 'glob'
      ? glob({ pattern: '**/*.md', base: `${contentDir}/articles` })
      : articleLoader({
          contentDir,
          timeZone: site.timeZone,
          bodiesDir,
          summariesFile,
          imageHosts: site.imageHosts,
          picturesFile,
        }),
});

/** The newsroom's own pages: about, contact, policies. */
const pages = defineCollection({
  loader: glob({ pattern: '*.md', base: `${contentDir}/pages` }),
  schema: z.object({
    title: z.string().trim().min(1),
    summary: z.string().trim().min(1).optional(),
  }),
});

export const collections = { articles, pages };
