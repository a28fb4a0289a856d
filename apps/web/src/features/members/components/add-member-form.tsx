"use client";

import { setMemberSchema } from "@dossier/schema";
import { Loader2 } from "lucide-react";
import { useId } from "react";
import { z } from "zod";
import { Button } from "@/components/ui/button.tsx";
import { Input } from "@/components/ui/input.tsx";
import { Label } from "@/components/ui/label.tsx";
import { Select } from "@/components/ui/select.tsx";
import { useSchemaForm } from "@/hooks/use-schema-form.ts";
import { roleLabel } from "@/lib/labels.ts";
import { errorMessage } from "@/trpc/errors.ts";
import { useSetMember } from "../queries.ts";

const ROLE_HELP = {
  DEFAULT: "what their organisation role allows (an org editor joins as Editor)",
  EDITOR: "writes sections",
  REVIEWER: "reads and comments",
  VIEWER: "reads only",
} as const;

// "DEFAULT" sends no role: the server gives what the person's org role allows.
const addMemberForm = setMemberSchema
  .omit({ briefId: true, role: true })
  .extend({ role: z.enum(["DEFAULT", "EDITOR", "REVIEWER", "VIEWER"]) });

/** Email and role; mounted while the dialog is open, so closing it starts the form afresh. */
export function AddMemberForm({ briefId, onSubmitted }: { briefId: string; onSubmitted: () => void }) {
  const add = useSetMember(briefId);
  const form = useSchemaForm(addMemberForm, { email: "", role: "DEFAULT" });
  const { errors } = form.formState;
  const role = form.watch("role");
  const emailId = useId();
  const roleId = useId();
  const errorId = useId();
  const error = errors.email?.message ?? errors.root?.message;
  const onSubmit = form.handleSubmit(({ email, role: chosen }) => {
    onSubmitted();
    add.mutate(
      { briefId, email, role: chosen === "DEFAULT" ? undefined : chosen },
      {
        onSuccess: () => form.resetField("email"),
        onError: (e) => form.setError("root", { message: errorMessage(e) }),
      },
    );
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-2">
      <div className="flex min-w-48 flex-1 flex-col gap-1.5">
        <Label htmlFor={emailId}>Email address</Label>
        <Input
          // It loads after its dialog opened, when the dialog's own focus went to Close
          autoFocus
          id={emailId}
          type="email"
          autoComplete="off"
          placeholder="name@example.org"
          {...form.register("email", { onChange: () => form.clearErrors() })}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          disabled={add.isPending}
        />
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor={roleId}>Role</Label>
        <Select id={roleId} {...form.register("role")} disabled={add.isPending}>
          <option value="DEFAULT">As their org role</option>
          {(["EDITOR", "REVIEWER", "VIEWER"] as const).map((r) => (
            <option key={r} value={r}>
              {roleLabel[r]}
            </option>
          ))}
        </Select>
      </div>
      <Button type="submit" className="h-9" disabled={add.isPending}>
        {add.isPending ? <Loader2 aria-hidden className="animate-spin" /> : null}
        Add
      </Button>
      <p className="w-full text-xs text-neutral-400">
        {role === "DEFAULT" ? "Default" : roleLabel[role]}: {ROLE_HELP[role]}. People keep at most their
        organisation role.
      </p>
      {error ? (
        <p id={errorId} role="alert" className="w-full text-xs text-danger">
          {error}
        </p>
      ) : null}
    </form>
  );
}
