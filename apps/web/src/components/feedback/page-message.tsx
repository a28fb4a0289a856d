import type { ReactNode } from "react";

/**
 * A centred, quiet full-page message for 404s and failures. No links or components here: the root
 * error boundary (route-error.tsx) brings this to every page, the sign-in page too.
 */
export function PageMessage({
  eyebrow,
  title,
  children,
  actions,
}: {
  eyebrow?: string;
  title: string;
  children?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <main className="flex min-h-[60vh] flex-col items-center justify-center px-6 py-16 text-center">
      {eyebrow ? <p className="mb-2 text-xs font-medium text-neutral-400 tabular-nums">{eyebrow}</p> : null}
      <h1 className="text-lg font-semibold tracking-tight text-neutral-900">{title}</h1>
      {children ? <div className="mt-2 max-w-md text-sm text-neutral-500">{children}</div> : null}
      {actions ? <div className="mt-6 flex gap-2">{actions}</div> : null}
    </main>
  );
}
