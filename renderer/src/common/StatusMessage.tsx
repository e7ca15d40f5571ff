import type { ReactNode } from 'react';

/** An empty, loading or not-found state: a heading, a sentence, maybe an action. */
export function StatusMessage({
  title,
  children,
  busy = false,
}: {
  title: string;
  children?: ReactNode;
  busy?: boolean;
}) {
  return (
    <div className="status-message" aria-busy={busy || undefined}>
      <h1 tabIndex={-1}>{title}</h1>
      {children}
    </div>
  );
}
