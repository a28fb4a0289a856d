"use client";

import * as AlertDialogPrimitive from "@radix-ui/react-alert-dialog";
import { Loader2 } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "@/lib/utils.ts";
import { Button } from "./button.tsx";

/**
 * A confirmation for a consequential action (deactivate, revoke, sign out everywhere). Radix's
 * alert dialog: focus starts on Cancel, Escape cancels, and a click outside doesn't dismiss it.
 * The action stays open while `busy`, and a failure shows inside (`error`) next to the buttons.
 */
export function ConfirmDialog({
  open,
  onOpenChange,
  trigger,
  title,
  description,
  confirmLabel,
  tone = "primary",
  busy = false,
  error,
  onConfirm,
  children,
}: {
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  trigger?: ReactNode;
  title: ReactNode;
  description: ReactNode;
  confirmLabel: string;
  tone?: "primary" | "danger";
  busy?: boolean;
  error?: ReactNode;
  onConfirm: () => void;
  children?: ReactNode;
}) {
  return (
    <AlertDialogPrimitive.Root open={open} onOpenChange={onOpenChange}>
      {trigger ? <AlertDialogPrimitive.Trigger asChild>{trigger}</AlertDialogPrimitive.Trigger> : null}
      <AlertDialogPrimitive.Portal>
        <AlertDialogPrimitive.Overlay className="fixed inset-0 z-50 animate-fade-in bg-black/25 dark:bg-black/60" />
        <AlertDialogPrimitive.Content
          className={cn(
            "fixed top-[18vh] left-1/2 z-50 w-[calc(100%-2rem)] max-w-md -translate-x-1/2 animate-pop-in",
            "rounded-xl border border-neutral-200 bg-white p-6 shadow-xl focus:outline-none",
          )}
        >
          <AlertDialogPrimitive.Title className="text-base font-semibold text-neutral-900">
            {title}
          </AlertDialogPrimitive.Title>
          <AlertDialogPrimitive.Description asChild>
            <div className="mt-1.5 space-y-2 text-sm text-pretty text-neutral-500">{description}</div>
          </AlertDialogPrimitive.Description>
          {children}
          {error ? (
            <p role="alert" className="mt-4 text-sm text-danger">
              {error}
            </p>
          ) : null}
          <div className="mt-6 flex justify-end gap-2">
            <AlertDialogPrimitive.Cancel asChild>
              <Button variant="ghost" disabled={busy}>
                Cancel
              </Button>
            </AlertDialogPrimitive.Cancel>
            {/* Not AlertDialog.Action: that closes at once, before we know the action worked. */}
            <Button variant={tone} disabled={busy} onClick={onConfirm}>
              {busy ? <Loader2 aria-hidden className="animate-spin" /> : null}
              {confirmLabel}
            </Button>
          </div>
        </AlertDialogPrimitive.Content>
      </AlertDialogPrimitive.Portal>
    </AlertDialogPrimitive.Root>
  );
}
