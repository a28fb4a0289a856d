"use client";

import { CheckCircle2, MailWarning } from "lucide-react";
import { CopyField } from "@/components/ui/copy-field.tsx";
import { cn } from "@/lib/utils.ts";
import { type Delivery, deliveryMessage } from "../lib/delivery.ts";

/** A fresh invite link to copy, and whether it was emailed. The link is shown this once. */
export function InviteLink({ link, email, delivery }: { link: string; email: string; delivery: Delivery }) {
  const message = deliveryMessage(delivery, email);
  const Icon = message.tone === "ok" ? CheckCircle2 : MailWarning;
  return (
    <div className="space-y-4">
      <p
        role="status"
        className={cn(
          "flex gap-2 rounded-md px-3 py-2 text-sm",
          message.tone === "ok" ? "bg-emerald-50 text-emerald-800" : "bg-warning-soft text-amber-900",
        )}
      >
        <Icon aria-hidden className="mt-0.5 size-4 shrink-0" />
        <span>{message.text}</span>
      </p>
      <CopyField label="Invite link" value={link} />
      <p className="text-xs text-neutral-500">
        The link works once, for 7 days. Only its fingerprint is stored, so it can't be shown again: “Copy
        link” on a pending invite makes a new one.
      </p>
    </div>
  );
}
