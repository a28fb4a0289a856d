"use client";

import { useAtom, useSetAtom } from "jotai";
import { CheckCircle2, X } from "lucide-react";
import { useEffect, useState } from "react";
import { PageFrame } from "@/components/shell/page-frame.tsx";
import { Button } from "@/components/ui/button.tsx";
import { useDebounced } from "@/hooks/use-debounced.ts";
import { NO_USER_FILTERS, type UserFilters } from "../lib/users-query.ts";
import { peopleNoticeAtom } from "../state.ts";
import { InviteDialog } from "./invite-dialog.tsx";
import { PendingInvites } from "./pending-invites.tsx";
import { UserFilterBar } from "./user-filters.tsx";
import { UsersTable } from "./users-table.tsx";

/** /admin/users: everyone who can sign in, the invites not yet used, and inviting more. */
export function PeoplePage() {
  const [filters, setFilters] = useState<UserFilters>(NO_USER_FILTERS);
  const search = useDebounced(filters.search);
  const setNotice = useSetAtom(peopleNoticeAtom);
  // The notice is about this visit: leaving the page forgets it.
  useEffect(() => () => setNotice(null), [setNotice]);
  return (
    <PageFrame
      title="People"
      description="Everyone who can sign in to Dossier. Roles decide what each person can do; a brief's own sharing can narrow it, never widen it."
      actions={<InviteDialog />}
    >
      <Notice />
      <PendingInvites />
      <section aria-labelledby="people-heading">
        <h2 id="people-heading" className="sr-only">
          Members of the organisation
        </h2>
        <UserFilterBar filters={filters} onChange={setFilters} />
        <UsersTable filters={{ ...filters, search }} onClear={() => setFilters(NO_USER_FILTERS)} />
      </section>
    </PageFrame>
  );
}

/** What the page just did, announced politely; dismissable. */
function Notice() {
  const [notice, setNotice] = useAtom(peopleNoticeAtom);
  return (
    <div aria-live="polite" className="empty:hidden">
      {notice ? (
        <p className="mb-6 flex items-start gap-2 rounded-lg border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          <CheckCircle2 aria-hidden className="mt-0.5 size-4 shrink-0" />
          <span className="flex-1">{notice}</span>
          <Button
            variant="ghost"
            size="icon-sm"
            aria-label="Dismiss"
            className="-my-1 size-6 text-emerald-800 hover:bg-emerald-100"
            onClick={() => setNotice(null)}
          >
            <X aria-hidden />
          </Button>
        </p>
      ) : null}
    </div>
  );
}
