/**
 * A base URL as it may appear in an adapter id: without trailing slashes and
 * without anything that could be a credential (user info, query string).
 */
export function describeBaseUrl(baseUrl: string): string {
  const trimmed = baseUrl.replace(/\/+$/, '');
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return trimmed;
  }
  if (!url.username && !url.password && !url.search) return trimmed;
  url.username = '';
  url.password = '';
  url.search = '';
  return url.toString().replace(/\/+$/, '');
}
