/**
 * Links that come from pages are data, not code: only web addresses may become an `href`. A `javascript:`
 * link would run in the extension's page when clicked, and `data:`, `blob:` or `file:` links open content
 * no site vouches for.
 */

/** The address when it is an absolute http(s) URL, else undefined. */
export function httpUrl(value: string | null | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  // The scheme is checked on the text as given, so nothing the URL parser strips (tabs, new lines,
  // leading control characters) can turn `java\nscript:` into a scheme after the check.
  if (!/^https?:\/\//i.test(text)) return undefined;
  try {
    const { protocol } = new URL(text);
    return protocol === 'http:' || protocol === 'https:' ? text : undefined;
  } catch {
    return undefined;
  }
}
