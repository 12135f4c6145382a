// No content beyond a heading and a sentence (Lighthouse needs something to paint for LCP). The marker
// text lets the bench prove Marsad's public build never serves this page.
export default function ControlPage() {
  return (
    <main>
      <h1>Lighthouse control</h1>
      <p>marsad-lighthouse-control: a bare Next.js page, the floor for the home page&apos;s score.</p>
    </main>
  );
}
