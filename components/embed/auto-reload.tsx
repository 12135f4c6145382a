'use client';

import { useEffect } from 'react';

/**
 * Reloads the widget every `seconds` while it is visible, so a page that embeds it keeps showing the
 * status now. A full reload is served from the front cache; a client refresh would bypass it.
 */
export function AutoReload({ seconds }: { seconds: number }) {
  useEffect(() => {
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') window.location.reload();
    }, seconds * 1000);
    return () => window.clearInterval(timer);
  }, [seconds]);
  return null;
}
