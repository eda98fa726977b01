import { unified } from '@astrojs/markdown-remark';
import { createHash } from 'node:crypto';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { createProcessorOptions } from './src/lib/markdown.ts';
import { readLastModified } from './src/loaders/lastmod.ts';
import { contentDir, outDir, site } from './src/site.ts';

// One cache per content folder, so that builds of different folders never share a data store.
const cacheKey = createHash('sha256').update(contentDir).digest('hex').slice(0, 12);
const lastModified = await readLastModified(contentDir, site.timeZone);

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
      filter: (page) => !page.endsWith('/404/') && !page.endsWith('/404.html'),
      serialize: (item) => {
        const modified = lastModified.get(new URL(item.url).pathname);
        return modified ? { ...item, lastmod: modified } : item;
      },
    }),
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
