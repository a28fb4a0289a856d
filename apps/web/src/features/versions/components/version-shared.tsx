import { GitCompareArrows } from "lucide-react";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button.tsx";
import { Link } from "@/components/ui/link.tsx";

/** The compare page's `to` for "the brief as it is now". */
export const NOW = "now";

export const compareHref = (briefId: string, from: string, to: string) =>
  `/briefs/${briefId}/versions/compare?${new URLSearchParams({ from, to }).toString()}`;

/** The picker's choice for "the brief as it is now". */
export const NOW_OPTION = { value: NOW, label: "Now (current text)" };

export const versionOptions = (versions: readonly { id: string; name: string }[]) =>
  versions.map((v) => ({ value: v.id, label: v.name }));

/** The breadcrumb of a page under a brief's versions. */
export const versionsTrail = (briefId: string, country: string | undefined) => [
  { label: country ?? "Brief", href: `/briefs/${briefId}` },
  { label: "Versions", href: `/briefs/${briefId}/versions` },
];

/** The frame of the versions pages: breadcrumb, title, a line of description, actions. */
export function PageShell({
  trail,
  title,
  description,
  meta,
  actions,
  toolbar,
  children,
}: {
  trail: { label: string; href: string }[];
  title: ReactNode;
  description?: ReactNode;
  meta?: ReactNode;
  actions?: ReactNode;
  toolbar?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="px-6 pt-8 pb-24 lg:px-12">
      <div className="mx-auto max-w-3xl">
        <header className="mb-8">
          <nav aria-label="Breadcrumb" className="mb-2">
            <ol className="flex flex-wrap items-center gap-1.5 text-xs text-neutral-500">
              {trail.map((crumb, i) => (
                <li key={crumb.href} className="flex items-center gap-1.5">
                  {i > 0 ? <span aria-hidden>/</span> : null}
                  <Link href={crumb.href} className="rounded hover:text-neutral-900">
                    {crumb.label}
                  </Link>
                </li>
              ))}
            </ol>
          </nav>
          <div className="flex flex-wrap items-start justify-between gap-4">
            <div className="min-w-0 flex-1">
              <h1 className="text-2xl font-semibold tracking-tight text-balance text-neutral-900">{title}</h1>
              {meta ? <div className="mt-2 text-xs text-neutral-500">{meta}</div> : null}
              {description ? (
                <p className="mt-2 max-w-xl text-sm text-pretty text-neutral-500">{description}</p>
              ) : null}
            </div>
            {actions ? <div className="flex shrink-0 flex-wrap gap-2">{actions}</div> : null}
          </div>
          {toolbar ? <div className="mt-5">{toolbar}</div> : null}
        </header>
        {children}
      </div>
    </div>
  );
}

/** Sections in reading order with their depth in the outline (0 = top level). */
export function withDepth<T extends { id: string; parentId: string | null }>(sections: readonly T[]) {
  const parent = new Map(sections.map((s) => [s.id, s.parentId]));
  return sections.map((s) => {
    let depth = 0;
    for (let p = s.parentId; p && depth < 8; p = parent.get(p) ?? null) depth += 1;
    return { ...s, depth };
  });
}

/** "Compare with <the one before>" and "Compare with now", for one version. */
export function CompareLinks({
  briefId,
  versionId,
  previous,
  nowVariant = "ghost",
}: {
  briefId: string;
  versionId: string;
  previous?: { id: string; label: string };
  nowVariant?: "ghost" | "secondary";
}) {
  return (
    <>
      {previous ? (
        <Button asChild variant="ghost" size="sm">
          <Link href={compareHref(briefId, previous.id, versionId)}>{previous.label}</Link>
        </Button>
      ) : null}
      <Button asChild variant={nowVariant} size="sm">
        <Link href={compareHref(briefId, versionId, NOW)}>
          <GitCompareArrows aria-hidden />
          Compare with now
        </Link>
      </Button>
    </>
  );
}
