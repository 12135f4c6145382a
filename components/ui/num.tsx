import type { ReactNode } from 'react';

/** Text with digits that the preferences script may turn into Arabic-Indic digits. */
export function Num({ children }: { children: ReactNode }) {
  return (
    <span data-num="" suppressHydrationWarning>
      {children}
    </span>
  );
}
