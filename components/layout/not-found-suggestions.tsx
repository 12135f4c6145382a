'use client';
// On a 404 page, the services closest to the address asked for ("did you mean Coinbase?"). The page does
// not know the address on the server (Next gives a not-found page no URL), so the browser reads it and
// picks the suggestions from the catalog's names it is given; without JavaScript the page still offers
// the way home.
import { useEffect, useState } from 'react';
import { closestServices, lastSegment, type Suggestible } from '@/lib/catalog/suggest';

export interface SuggestedService extends Suggestible {
  /** The service's page in this language, and its name as this language writes it. */
  href: string;
  label: string;
}

export function NotFoundSuggestions({ services, heading }: { services: readonly SuggestedService[]; heading: string }) {
  const [found, setFound] = useState<SuggestedService[]>([]);
  useEffect(() => setFound(closestServices(lastSegment(window.location.pathname), services)), [services]);
  if (found.length === 0) return null;
  return (
    <section aria-labelledby="not-found-suggestions" className="space-y-2" data-suggestions="">
      <h2 id="not-found-suggestions" className="font-semibold">
        {heading}
      </h2>
      <ul className="flex flex-wrap gap-2">
        {found.map((s) => (
          <li key={s.id}>
            <a href={s.href} className="inline-block rounded border border-line bg-surface px-3 py-1.5 underline-offset-4 hover:underline" data-suggestion={s.id}>
              <bdi>{s.label}</bdi>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
