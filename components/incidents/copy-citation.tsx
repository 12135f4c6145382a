'use client';

import { useState } from 'react';

/**
 * One click copies a ready citation. The labels come from the server (messages), so this island holds
 * no translations; if the browser refuses the clipboard, it says to select the text instead.
 */
export function CopyCitation({ text, label, copied, failed, lang }: { text: string; label: string; copied: string; failed: string; lang: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <span className="inline-flex items-center gap-2 print:hidden">
      <button
        type="button"
        className="rounded border border-line bg-surface px-2 py-1 text-xs font-semibold hover:border-accent focus-visible:outline-2 focus-visible:outline-accent"
        data-copy-citation={lang}
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(text);
            setState('copied');
          } catch {
            setState('failed');
          }
        }}
      >
        {label}
      </button>
      <span role="status" aria-live="polite" className="text-xs text-muted" data-copy-state={state}>
        {state === 'copied' ? copied : state === 'failed' ? failed : ''}
      </span>
    </span>
  );
}
