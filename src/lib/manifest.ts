/** A web app manifest: just enough for a browser to name and pin the site. */
export interface WebManifest {
  name: string;
  short_name: string;
  lang: string;
  start_url: string;
  display: 'browser';
  background_color: string;
  theme_color: string;
  icons: { src: string; sizes: string; type: string }[];
}

/** The site's manifest, from its name and language. */
export function createManifest(site: { name: string; language: string }): WebManifest {
  return {
    name: site.name,
    short_name: site.name.length <= 12 ? site.name : site.name.slice(0, 12).trim(),
    lang: site.language,
    start_url: '/',
    display: 'browser',
    background_color: '#fdfcf8',
    theme_color: '#1b1b1b',
    icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
  };
}
