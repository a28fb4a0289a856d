import Link from "next/link";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button.tsx";

/** A centred, quiet full-page message for 404s and failures. */
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

/** A 404 with one way back. */
export function NotFoundMessage({
  eyebrow,
  title,
  back = { href: "/", label: "Back to briefs" },
  children,
}: {
  eyebrow?: string;
  title: string;
  back?: { href: string; label: string };
  children: ReactNode;
}) {
  return (
    <PageMessage
      eyebrow={eyebrow}
      title={title}
      actions={
        <Button asChild variant="secondary">
          <Link href={back.href}>{back.label}</Link>
        </Button>
      }
    >
      {children}
    </PageMessage>
  );
}
