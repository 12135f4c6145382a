// next-intl's locale routing (Next 16 calls middleware "proxy"). It sets no cookie: see lib/i18n/routing.ts.
import createMiddleware from 'next-intl/middleware';
import { routing } from './lib/i18n/routing';

export default createMiddleware(routing);

export const config = {
  // Everything but the API, the desk (its own languages, app/desk), Next's own files and files with an
  // extension (icons, fonts, robots.txt).
  matcher: ['/((?!api|desk(?:/|$)|_next|_vercel|.*\\..*).*)'],
};
