// The Lighthouse bench's control (scripts/bench-lighthouse.mjs): a Next app of its own, with no content,
// built only by the bench. Its build goes to /.next-lighthouse-control at the repository's root (ignored by
// git and by the TypeScript project like every .next-* directory), never into Marsad's own build.
const nextConfig = {
  distDir: '../../../.next-lighthouse-control',
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
