import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const nextConfig: NextConfig = {
  // PGlite ships 15 MB of wasm: keep it a server package, never copied into the public static folder.
  serverExternalPackages: ['@electric-sql/pglite', 'pg'],
  // A second build directory lets two builds (e.g. a helper's and CI's) run side by side.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
};

export default withNextIntl(nextConfig);
