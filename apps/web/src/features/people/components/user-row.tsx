"use client";

import { History, MoreHorizontal, UserCheck, UserX } from "lucide-react";
import { useState } from "react";
import { Avatar } from "@/components/ui/avatar.tsx";
import { Badge } from "@/components/ui/badge.tsx";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuIconTrigger,
  DropdownMenuItem,
} from "@/components/ui/dropdown-menu.tsx";
import { Link } from "@/components/ui/link.tsx";
import { RelativeTime } from "@/components/ui/relative-time.tsx";
import { TableCell, TableRow } from "@/components/ui/table.tsx";
import { useMe } from "@/features/auth/index.ts";
import type { RouterOutputs } from "@/lib/api-types.ts";
import { cn } from "@/lib/utils.ts";
import { RoleSelect } from "./role-select.tsx";
import { DeactivateDialog, ReactivateDialog } from "./status-dialog.tsx";

export type UserItem = RouterOutputs["users"]["list"]["items"][number];

/** One person: who, their role (changed in place), status, last sign-in, and what an admin can do. */
export function UserRow({ user }: { user: UserItem }) {
  const me = useMe();
  const isMe = user.id === me.id;
  const active = user.status === "ACTIVE";
  return (
    <TableRow className={cn(!active && "text-neutral-500")}>
      <TableCell>
        <span className="flex items-center gap-2.5">
          <Avatar user={user} className={cn(!active && "opacity-50")} />
          <span className="font-medium text-neutral-900">
            {user.name}
            {isMe ? <span className="font-normal text-neutral-400"> (you)</span> : null}
          </span>
        </span>
      </TableCell>
      <TableCell className="text-neutral-600">{user.email}</TableCell>
      <TableCell>
        <RoleSelect person={user} isMe={isMe} />
      </TableCell>
      <TableCell>
        {active ? <Badge tone="success">Active</Badge> : <Badge tone="neutral">Deactivated</Badge>}
      </TableCell>
      <TableCell className="text-xs whitespace-nowrap text-neutral-500">
        {user.lastSignInAt ? <RelativeTime date={user.lastSignInAt} /> : "Never"}
      </TableCell>
      <TableCell className="w-10 text-right">
        <RowActions user={user} isMe={isMe} />
      </TableCell>
    </TableRow>
  );
}

function RowActions({ user, isMe }: { user: UserItem; isMe: boolean }) {
  const [dialog, setDialog] = useState<"deactivate" | "reactivate" | null>(null);
  const active = user.status === "ACTIVE";
  return (
    <>
      <DropdownMenu>
        <DropdownMenuIconTrigger label={`Actions for ${user.name}`}>
          <MoreHorizontal aria-hidden />
        </DropdownMenuIconTrigger>
        <DropdownMenuContent>
          <DropdownMenuItem asChild>
            <Link href={`/admin/audit?person=${encodeURIComponent(user.id)}`}>
              <History aria-hidden />
              View activity
            </Link>
          </DropdownMenuItem>
          {isMe ? null : active ? (
            <DropdownMenuItem danger onSelect={() => setDialog("deactivate")}>
              <UserX aria-hidden />
              Deactivate…
            </DropdownMenuItem>
          ) : (
            <DropdownMenuItem onSelect={() => setDialog("reactivate")}>
              <UserCheck aria-hidden />
              Reactivate…
            </DropdownMenuItem>
          )}
        </DropdownMenuContent>
      </DropdownMenu>
      <DeactivateDialog
        person={user}
        open={dialog === "deactivate"}
        onOpenChange={(open) => setDialog(open ? "deactivate" : null)}
      />
      <ReactivateDialog
        person={user}
        open={dialog === "reactivate"}
        onOpenChange={(open) => setDialog(open ? "reactivate" : null)}
      />
    </>
  );
}
