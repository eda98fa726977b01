/** An old path of an article that should lead to it. */
export interface Alias {
  path: string;
  target: string;
  file: string;
}

/**
 * Problems with aliases: one that takes the address of a page the site
 * builds, or that two articles both claim. Each names the file.
 */
export function findAliasConflicts(aliases: Alias[], taken: Set<string>): string[] {
  const problems: string[] = [];
  const claimed = new Map<string, string>();
  for (const alias of aliases) {
    if (taken.has(alias.path)) {
      problems.push(`${alias.file}: aliases: ${alias.path} is already a page of the site`);
      continue;
    }
    const other = claimed.get(alias.path);
    if (other !== undefined && other !== alias.file) {
      problems.push(`${alias.file}: aliases: ${alias.path} is also an alias in ${other}`);
      continue;
    }
    claimed.set(alias.path, alias.file);
  }
  return problems;
}

/** `_redirects` for Netlify and Cloudflare Pages: one permanent redirect a line. */
export function createRedirectsFile(aliases: { path: string; target: string }[]): string {
  return aliases.map((alias) => `${alias.path} ${alias.target} 301\n`).join('');
}
