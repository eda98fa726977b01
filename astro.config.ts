import { unified } from '@astrojs/markdown-remark';
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { createProcessorOptions } from './src/lib/markdown.ts';
import { createRedirectsFile } from './src/lib/aliases.ts';
import { readArticleSummaries } from './src/loaders/lastmod.ts';
import { contentDir, outDir, site } from './src/site.ts';

// One cache per content folder, so that builds of different folders never share a data store.
const cacheKey = createHash('sha256').update(contentDir).digest('hex').slice(0, 12);
const summaries = await readArticleSummaries(contentDir, site.timeZone);
const aliases = [...summaries].flatMap(([target, { aliases: paths }]) =>
  paths.map((path) => ({ path, target })),
);
const aliasPaths = new Set(aliases.map((alias) => alias.path));

export default defineConfig({
  site: site.url,
  outDir,
  cacheDir: `./node_modules/.astro/${cacheKey}`,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  markdown: {
    processor: unified(createProcessorOptions()),
    syntaxHighlight: false,
  },
  integrations: [
    sitemap({
      // Neither the 404 page nor the redirect pages of old addresses.
      filter: (page) => !/\/404(\.html|\/)$/.test(page) && !aliasPaths.has(new URL(page).pathname),
      serialize: (item) => {
        const modified = summaries.get(new URL(item.url).pathname)?.lastmod;
        return modified ? { ...item, lastmod: modified } : item;
      },
    }),
    {
      // `_redirects` for hosts that read it (Netlify, Cloudflare Pages).
      name: 'dateline-redirects',
      hooks: {
        'astro:build:done': async ({ dir }) => {
          await writeFile(new URL('_redirects', dir), createRedirectsFile(aliases));
        },
      },
    },
  ],
  security: {
    // Astro adds the hashes of its own scripts and styles to script-src and style-src.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' https: data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  devToolbar: { enabled: false },
});
