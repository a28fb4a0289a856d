"use client";

import { setMemberSchema } from "@dossier/schema";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Loader2, UserPlus, X } from "lucide-react";
import { type FormEvent, useId, useState } from "react";
import { Avatar } from "@/components/ui/avatar.tsx";
import { Button } from "@/components/ui/button.tsx";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog.tsx";
import { Input } from "@/components/ui/input.tsx";
import { Label } from "@/components/ui/label.tsx";
import { Skeleton } from "@/components/ui/skeleton.tsx";
import type { BriefMember } from "@/features/comments/lib/threads.ts";
import { roleLabel } from "@/lib/labels.ts";
import { cn } from "@/lib/utils.ts";
import { errorMessage } from "@/trpc/errors.ts";
import { useTRPC } from "@/trpc/react.tsx";

type BriefRole = "EDITOR" | "REVIEWER" | "VIEWER";

const ROLE_HELP: Record<BriefRole, string> = {
  EDITOR: "writes sections",
  REVIEWER: "reads and comments",
  VIEWER: "reads only",
};

const rank: Record<string, number> = { VIEWER: 1, REVIEWER: 2, EDITOR: 3, ADMIN: 4 };

/** What a member can really do: their brief role, capped by their role in the organisation. */
function effectiveRole(member: BriefMember): string {
  if (member.orgRole === "ADMIN") return "ADMIN";
  return (rank[member.role] ?? 0) <= (rank[member.orgRole] ?? 0) ? member.role : member.orgRole;
}

/**
 * "Share": who is on the brief, and adding people by email with a role (brief editors and
 * admins only — the server checks too). Errors are shown in the dialog, next to what caused them.
 */
export function ShareDialog({ briefId, country }: { briefId: string; country: string }) {
  const trpc = useTRPC();
  const meQuery = useQuery({ ...trpc.users.me.queryOptions(), staleTime: Number.POSITIVE_INFINITY });
  const meId = meQuery.data?.id ?? null;
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<BriefRole>("REVIEWER");
  const [error, setError] = useState<string | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const emailId = useId();
  const roleId = useId();
  const errorId = useId();

  const members = useQuery({ ...trpc.briefs.members.list.queryOptions({ briefId }), enabled: open });
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: trpc.briefs.members.list.queryKey({ briefId }) });

  const add = useMutation(
    trpc.briefs.members.set.mutationOptions({
      onSuccess: async () => {
        setEmail("");
        await refresh();
      },
      onError: (e) => setError(errorMessage(e)),
    }),
  );
  const remove = useMutation(
    trpc.briefs.members.remove.mutationOptions({
      onSuccess: () => refresh(),
      onError: (e) => setRemoveError(errorMessage(e)),
    }),
  );

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const parsed = setMemberSchema.safeParse({ briefId, email, role });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? "Check the email address");
      return;
    }
    setError(null);
    setRemoveError(null);
    add.mutate(parsed.data);
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) {
          setError(null);
          setRemoveError(null);
          setEmail("");
        }
      }}
    >
      <DialogTrigger asChild>
        <Button variant="secondary" size="sm">
          <UserPlus aria-hidden />
          Share
        </Button>
      </DialogTrigger>
      <DialogContent className="max-w-lg">
        <DialogHeader>
          <DialogTitle>Share {country}</DialogTitle>
          <DialogDescription>
            Add colleagues by email. Their role decides what they can do here.
          </DialogDescription>
        </DialogHeader>

        <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-2">
          <div className="flex min-w-48 flex-1 flex-col gap-1.5">
            <Label htmlFor={emailId}>Email address</Label>
            <Input
              id={emailId}
              type="email"
              autoComplete="off"
              placeholder="name@example.org"
              value={email}
              onChange={(e) => {
                setEmail(e.target.value);
                setError(null);
              }}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
              disabled={add.isPending}
            />
          </div>
          <div className="flex flex-col gap-1.5">
            <Label htmlFor={roleId}>Role</Label>
            <select
              id={roleId}
              value={role}
              onChange={(e) => setRole(e.target.value as BriefRole)}
              disabled={add.isPending}
              className="h-9 rounded-md border border-neutral-200 bg-white px-2.5 text-sm text-neutral-800 shadow-xs focus-visible:border-accent focus-visible:ring-3 focus-visible:ring-accent/15 focus-visible:outline-none"
            >
              {(["EDITOR", "REVIEWER", "VIEWER"] as const).map((r) => (
                <option key={r} value={r}>
                  {roleLabel[r]}
                </option>
              ))}
            </select>
          </div>
          <Button type="submit" className="h-9" disabled={add.isPending}>
            {add.isPending ? <Loader2 aria-hidden className="animate-spin" /> : null}
            Add
          </Button>
          <p className="w-full text-xs text-neutral-400">
            {roleLabel[role]}: {ROLE_HELP[role]}. People keep at most their organisation role.
          </p>
          {error ? (
            <p id={errorId} role="alert" className="w-full text-xs text-danger">
              {error}
            </p>
          ) : null}
        </form>

        <div className="mt-5 border-t border-neutral-100 pt-4">
          <h3 className="mb-2 text-xs font-semibold text-neutral-500">People with access</h3>
          {members.isPending ? (
            <div role="status" aria-label="Loading members" className="space-y-2">
              {[0, 1, 2].map((i) => (
                <Skeleton key={i} className="h-9 w-full" />
              ))}
            </div>
          ) : members.isError ? (
            <p role="alert" className="text-xs text-danger">
              Couldn't load the members. {errorMessage(members.error)}
            </p>
          ) : (
            <ul aria-label="Members" className="-mx-2 max-h-72 space-y-0.5 overflow-y-auto">
              {members.data.map((member) => {
                const acts = effectiveRole(member);
                const removing = remove.isPending && remove.variables?.userId === member.id;
                return (
                  <li
                    key={member.id}
                    className="flex items-center gap-3 rounded-md px-2 py-1.5 hover:bg-neutral-50"
                  >
                    <Avatar user={member} />
                    <div className="min-w-0 flex-1">
                      <p className="truncate text-sm text-neutral-900">
                        {member.name}
                        {member.id === meId ? <span className="text-neutral-400"> (you)</span> : null}
                      </p>
                      <p className="truncate text-xs text-neutral-500">{member.email}</p>
                    </div>
                    <span className={cn("text-xs text-neutral-600")}>
                      {roleLabel[member.role] ?? member.role}
                      {acts !== member.role ? (
                        <span className="block text-[11px] text-neutral-400">
                          acts as {roleLabel[acts] ?? acts}
                        </span>
                      ) : null}
                    </span>
                    {member.id !== meId ? (
                      <Button
                        variant="ghost"
                        size="icon-sm"
                        aria-label={`Remove ${member.name}`}
                        disabled={remove.isPending}
                        onClick={() => {
                          setRemoveError(null);
                          remove.mutate({ briefId, userId: member.id });
                        }}
                        className="text-neutral-400 hover:text-danger"
                      >
                        {removing ? <Loader2 aria-hidden className="animate-spin" /> : <X aria-hidden />}
                      </Button>
                    ) : (
                      <span className="size-7" />
                    )}
                  </li>
                );
              })}
            </ul>
          )}
          {removeError ? (
            <p role="alert" className="mt-2 text-xs text-danger">
              {removeError}
            </p>
          ) : null}
        </div>
      </DialogContent>
    </Dialog>
  );
}
