// The address readers use to reach this dashboard, for absolute links in the first HTML (link previews: a crawler
// reads og:url and og:image from it and runs no script). adapter-node without ORIGIN takes every request for https,
// but it only ever serves plain http itself: https is a proxy's, and a proxy says so in X-Forwarded-Proto.
export function publicOrigin(request: Request, url: URL, env = process.env): string {
  if (env.ORIGIN) return url.origin;
  const forwarded = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim();
  const scheme = forwarded === 'https' ? 'https' : 'http';
  return `${scheme}://${url.host}`;
}
