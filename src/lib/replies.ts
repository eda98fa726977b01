/** What the reply section needs from the site settings. */
export interface ReplySettings {
  replyEmail: string;
  correctionsEmail?: string | undefined;
  replyHeading: string;
  /** A URL with `{url}` where the article's encoded URL goes. */
  discussUrlTemplate?: string | undefined;
}

/** The reply section of one article. */
export interface ReplyLinks {
  heading: string;
  reply: string;
  correction: string;
  discuss?: string;
  /** The newsroom's corrections policy, when it has a page. */
  policy?: string;
}

/** The parts of a `mailto:` URL. */
export interface Mail {
  to: string;
  subject: string;
  body: string;
}

// RFC 6068 wants line breaks in a body written as CRLF.
const encodeField = (value: string) => encodeURIComponent(value.replace(/\r?\n/g, '\r\n'));

/**
 * Writes a `mailto:` URL (RFC 6068). Every header value is percent-encoded as
 * UTF-8, so spaces become `%20` and `&`, `#`, `?`, `+`, `%` and quotation
 * marks stay part of the value.
 */
export function mailtoUrl({ to, subject, body }: Mail): string {
  const address = to
    .split('@')
    .map((part) => encodeURIComponent(part))
    .join('@');
  return `mailto:${address}?subject=${encodeField(subject)}&body=${encodeField(body)}`;
}

/** Reads a `mailto:` URL back into its address, subject and body. */
export function parseMailto(url: string): Mail {
  if (!url.startsWith('mailto:')) throw new Error(`not a mailto: URL: ${url}`);
  const [address = '', query = ''] = url.slice('mailto:'.length).split('?');
  const fields = new Map<string, string>();
  for (const pair of query.split('&')) {
    const [name = '', value = ''] = pair.split('=');
    fields.set(decodeURIComponent(name).toLowerCase(), decodeURIComponent(value));
  }
  return {
    to: decodeURIComponent(address),
    subject: fields.get('subject') ?? '',
    body: (fields.get('body') ?? '').replace(/\r\n/g, '\n'),
  };
}

/**
 * The links of an article's reply section: a reply by email (subject
 * `Re: <headline>`, body starting with the canonical URL and a blank line), a
 * correction by email to the corrections address or else the reply address,
 * and a "discuss elsewhere" link when the settings give a template.
 */
export function createReplyLinks(
  settings: ReplySettings,
  article: { title: string; canonicalUrl: string },
  policyUrl?: string,
): ReplyLinks {
  const body = `${article.canonicalUrl}\n\n`;
  // A mail subject is one line.
  const title = article.title.replace(/\s+/g, ' ');
  return {
    heading: settings.replyHeading,
    reply: mailtoUrl({ to: settings.replyEmail, subject: `Re: ${title}`, body }),
    correction: mailtoUrl({
      to: settings.correctionsEmail ?? settings.replyEmail,
      subject: `Correction: ${title}`,
      body,
    }),
    ...(policyUrl ? { policy: policyUrl } : {}),
    ...(settings.discussUrlTemplate
      ? {
          discuss: settings.discussUrlTemplate.replaceAll(
            '{url}',
            encodeURIComponent(article.canonicalUrl),
          ),
        }
      : {}),
  };
}
