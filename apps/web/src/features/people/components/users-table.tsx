"use client";

import { Loader2, Users } from "lucide-react";
import { QueryError } from "@/components/feedback/error-state.tsx";
import { Button } from "@/components/ui/button.tsx";
import { EmptyState } from "@/components/ui/empty-state.tsx";
import { Skeleton } from "@/components/ui/skeleton.tsx";
import { Table, TableBody, TableHead, TableHeader } from "@/components/ui/table.tsx";
import { type UserFilters, useUsers } from "../queries.ts";
import { UserRow } from "./user-row.tsx";

const COLUMNS = ["Name", "Email", "Role", "Status", "Last sign-in"] as const;

/** The people matching the filters, a page at a time. */
export function UsersTable({ filters, onClear }: { filters: UserFilters; onClear: () => void }) {
  const users = useUsers(filters);
  if (users.isPending) return <UsersSkeleton />;
  if (users.isError) return <QueryError title="Couldn't load the people" query={users} />;
  const rows = users.data.pages.flatMap((page) => page.items);
  const filtered = filters.search.trim() !== "" || filters.role !== null || filters.status !== null;
  if (rows.length === 0)
    return (
      <EmptyState
        icon={Users}
        title={filtered ? "No one matches" : "No people yet"}
        action={
          filtered ? (
            <Button variant="secondary" size="sm" onClick={onClear}>
              Clear filters
            </Button>
          ) : null
        }
      >
        {filtered
          ? "Try another name or email, or widen the role and status."
          : "Invite a colleague to begin."}
      </EmptyState>
    );
  return (
    <div aria-busy={users.isFetching}>
      <Table label="People">
        <TableHeader>
          <tr>
            {COLUMNS.map((c) => (
              <TableHead key={c}>{c}</TableHead>
            ))}
            <TableHead>
              <span className="sr-only">Actions</span>
            </TableHead>
          </tr>
        </TableHeader>
        <TableBody>
          {rows.map((user) => (
            <UserRow key={user.id} user={user} />
          ))}
        </TableBody>
      </Table>
      {users.hasNextPage ? (
        <div className="mt-4 flex justify-center">
          <Button
            variant="secondary"
            onClick={() => void users.fetchNextPage()}
            disabled={users.isFetchingNextPage}
          >
            {users.isFetchingNextPage ? <Loader2 aria-hidden className="animate-spin" /> : null}
            Load more
          </Button>
        </div>
      ) : null}
    </div>
  );
}

function UsersSkeleton() {
  return (
    <div role="status" aria-label="Loading people" className="rounded-xl border border-neutral-200">
      {[0, 1, 2, 3, 4].map((i) => (
        <div key={i} className="flex items-center gap-6 border-b border-neutral-100 px-4 py-3 last:border-0">
          <Skeleton className="size-6 rounded-full" />
          <Skeleton className="h-4 w-32" />
          <Skeleton className="h-4 w-48" />
          <Skeleton className="h-6 w-20" />
          <Skeleton className="ml-auto h-4 w-24" />
        </div>
      ))}
    </div>
  );
}
