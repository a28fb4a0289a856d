"use client";

import { ChevronDown, Clock, LogOut, ScrollText, UserRound, Users } from "lucide-react";
import { Badge } from "@/components/ui/badge.tsx";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu.tsx";
import { Link } from "@/components/ui/link.tsx";
import { useMe } from "@/features/auth/index.ts";
import { ThemeMenuItems } from "@/features/theme/index.ts";
import { roleLabel } from "@/lib/labels.ts";
import { initials } from "@/lib/people.ts";
import { signOutHere } from "@/lib/sign-out.ts";

export function UserMenu() {
  const { name, email, role } = useMe();
  return (
    <DropdownMenu>
      <DropdownMenuTrigger className="flex items-center gap-2 rounded-md py-1 pr-1.5 pl-1 text-sm text-neutral-700 transition-colors hover:bg-neutral-100 data-[state=open]:bg-neutral-100">
        <span
          aria-hidden
          className="grid size-6 place-items-center rounded-full bg-neutral-200 text-[11px] font-semibold text-neutral-700"
        >
          {initials(name)}
        </span>
        <span className="max-sm:sr-only">{name}</span>
        <ChevronDown aria-hidden className="size-3.5 text-neutral-400" />
      </DropdownMenuTrigger>
      <DropdownMenuContent>
        <DropdownMenuLabel className="flex items-start justify-between gap-3">
          <span className="min-w-0">
            <span className="block truncate font-medium text-neutral-900">{name}</span>
            <span className="block truncate text-xs text-neutral-500">{email}</span>
          </span>
          <Badge tone="outline">{roleLabel[role] ?? role}</Badge>
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link href="/profile">
            <UserRound aria-hidden />
            Profile
          </Link>
        </DropdownMenuItem>
        {role === "ADMIN" ? (
          <>
            <DropdownMenuItem asChild>
              <Link href="/admin/users">
                <Users aria-hidden />
                People
              </Link>
            </DropdownMenuItem>
            <DropdownMenuItem asChild>
              <Link href="/admin/audit">
                <ScrollText aria-hidden />
                Audit log
              </Link>
            </DropdownMenuItem>
            <DropdownMenuItem asChild>
              <Link href="/admin/freshness">
                <Clock aria-hidden />
                Freshness
              </Link>
            </DropdownMenuItem>
          </>
        ) : null}
        <DropdownMenuSeparator />
        <ThemeMenuItems />
        <DropdownMenuSeparator />
        <DropdownMenuItem onSelect={() => void signOutHere()}>
          <LogOut aria-hidden />
          Sign out
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
