import type { ReactNode } from 'react';
import { BidiParagraphs, BidiText } from '@/components/incidents/bidi-text';

/** One linkable section of the methodology (`/about#id`). */
export function MethodSection({ id, title, intro, points, children }: { id: string; title: string; intro?: string; points?: readonly string[]; children?: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="scroll-mt-4 space-y-3 print:break-inside-avoid" data-method={id}>
      <h2 id={`${id}-heading`} className="text-xl font-semibold">
        <a href={`#${id}`} className="underline-offset-4 hover:underline">
          {title}
        </a>
      </h2>
      {intro ? <BidiParagraphs text={intro} className="leading-relaxed" /> : null}
      {points?.length ? (
        <ul className="list-disc space-y-2 ps-5 leading-relaxed">
          {points.map((p, i) => (
            <li key={i}>
              <BidiText text={p} />
            </li>
          ))}
        </ul>
      ) : null}
      {children}
    </section>
  );
}
