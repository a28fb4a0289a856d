"use client";

import { useRouter, useSearchParams } from "next/navigation";
import type { ReactNode } from "react";
import { Link } from "@/components/ui/link.tsx";
import { cn } from "@/lib/utils.ts";
import {
  type DashboardFilters,
  type DashboardView,
  dashboardFiltersToSearch,
  dashboardView,
  parseDashboardFilters,
} from "../lib/dashboard-filters.ts";
import { BriefsTable } from "./briefs-table.tsx";
import { DashboardActions } from "./dashboard-actions.tsx";
import { DashboardFilterBar } from "./dashboard-filter-bar.tsx";
import { MyWorkPanel } from "./my-work.tsx";

/** The home page: the desk's briefs as a table, and "My work". Filters and sort live in the URL. */
export function Dashboard({ canCreate }: { canCreate: boolean }) {
  const params = useSearchParams();
  const view = dashboardView(params);
  return (
    <DashboardFrame actions={<DashboardActions canCreate={canCreate} />}>
      <ViewTabs view={view} />
      {view === "work" ? <MyWorkPanel /> : <BriefsView canCreate={canCreate} />}
    </DashboardFrame>
  );
}

function BriefsView({ canCreate }: { canCreate: boolean }) {
  const router = useRouter();
  const filters = parseDashboardFilters(useSearchParams());
  const setFilters = (next: DashboardFilters) =>
    router.replace(`/${dashboardFiltersToSearch(next)}`, { scroll: false });
  return (
    <>
      <DashboardFilterBar filters={filters} onChange={setFilters} />
      <BriefsTable filters={filters} onChange={setFilters} canCreate={canCreate} />
    </>
  );
}

function DashboardFrame({ actions, children }: { actions?: ReactNode; children: ReactNode }) {
  return (
    <main className="mx-auto w-full max-w-6xl px-6 pt-10 pb-20">
      <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <div className="min-w-0">
          <h1 className="text-xl font-semibold tracking-tight">Briefs</h1>
          <p className="mt-1 text-sm text-neutral-500">
            Every country brief you can read: how far along, what needs review, what has gone stale.
          </p>
        </div>
        {actions}
      </div>
      {children}
    </main>
  );
}

/** Two views of the home page, as links so each has its own URL. */
function ViewTabs({ view }: { view: DashboardView }) {
  const tabs = [
    { id: "briefs", label: "All briefs", href: "/" },
    { id: "work", label: "My work", href: "/?view=work" },
  ] as const;
  return (
    <nav aria-label="Dashboard views" className="mb-5 flex gap-5 border-b border-neutral-200">
      {tabs.map((tab) => (
        <Link
          key={tab.id}
          href={tab.href}
          aria-current={view === tab.id ? "page" : undefined}
          className={cn(
            "-mb-px border-b-2 pb-2 text-sm transition-colors",
            view === tab.id
              ? "border-neutral-900 font-medium text-neutral-900"
              : "border-transparent text-neutral-500 hover:text-neutral-800",
          )}
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
