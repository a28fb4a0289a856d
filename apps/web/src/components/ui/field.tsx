import { type ReactNode, useId } from "react";
import { cn } from "@/lib/utils.ts";
import { Label } from "./label.tsx";

/** The props a form control needs to be named by its label and described by its error. */
export type FieldControlProps = { id: string; "aria-invalid"?: true; "aria-describedby"?: string };

/**
 * A labelled form control with its error (announced) or, without one, an optional hint below.
 * `children` renders the control with the ids that tie it to the label and the message.
 */
export function Field({
  label,
  error,
  hint,
  className,
  children,
}: {
  label: ReactNode;
  error?: string;
  hint?: ReactNode;
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  const control: FieldControlProps = error
    ? { id, "aria-invalid": true, "aria-describedby": errorId }
    : { id };
  return (
    <div className={cn("space-y-1.5", className)}>
      <Label htmlFor={id}>{label}</Label>
      {children(control)}
      {error ? (
        <p id={errorId} role="alert" className="text-xs text-danger">
          {error}
        </p>
      ) : hint ? (
        <p className="text-xs text-neutral-500">{hint}</p>
      ) : null}
    </div>
  );
}
