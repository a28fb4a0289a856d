import { Ban, CheckCircle2, CircleDot } from "lucide-react";

/** A quiet marker for sections past draft; drafts (most sections) show nothing. */
export function StatusMark({ status }: { status: string }) {
  if (status === "APPROVED")
    return (
      <span title="Approved" className="mt-0.5 shrink-0 text-success">
        <CheckCircle2 aria-hidden className="size-3.5" />
        <span className="sr-only">, approved</span>
      </span>
    );
  if (status === "IN_REVIEW")
    return (
      <span title="In review" className="mt-0.5 shrink-0 text-warning">
        <CircleDot aria-hidden className="size-3.5" />
        <span className="sr-only">, in review</span>
      </span>
    );
  if (status === "NOT_APPLICABLE")
    return (
      <span title="Not applicable" className="mt-0.5 shrink-0 text-neutral-400">
        <Ban aria-hidden className="size-3.5" />
        <span className="sr-only">, not applicable</span>
      </span>
    );
  return null;
}
