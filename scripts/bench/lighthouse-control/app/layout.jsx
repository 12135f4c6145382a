// The control page's document: a language, a title and a description (so accessibility and SEO can
// reach 100 here too) and an icon (app/icon.svg: without one the browser's request for /favicon.ico is a
// 404 in the console, which best practices counts), nothing else: no fonts, no styles, no scripts of ours.
export const metadata = {
  title: 'Lighthouse control',
  description: 'A page with no content, built with the same Next.js as Marsad: the floor Next sets.',
};

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
