import { defineCollection } from 'astro:content';
import { articleLoader } from './loaders/articles.ts';
import { contentDir, site } from './site.ts';

const articles = defineCollection({
  loader: articleLoader({ contentDir, timeZone: site.timeZone }),
});

export const collections = { articles };
