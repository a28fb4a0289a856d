"use client";

import { Globe, Loader2 } from "lucide-react";
import { useState } from "react";
import { ConfirmDialog } from "@/components/ui/alert-dialog.tsx";
import { Button } from "@/components/ui/button.tsx";
import { Link } from "@/components/ui/link.tsx";
import { Hint } from "@/components/ui/tooltip.tsx";
import { errorMessage } from "@/trpc/errors.ts";
import { formatDay } from "../lib/format-day.ts";
import { useBriefReview, usePublishBrief } from "../queries.ts";

/**
 * In the brief's header: "Publish" for its editors once every section is approved or not
 * applicable (otherwise disabled, saying how many are left), and the published version, if any.
 * `expectButton` (the reader manages an unpublished brief): the review summary comes only after
 * hydration, so the button's room is kept meanwhile, or its arrival would push the outline down.
 */
export function PublishBar({ briefId, expectButton = false }: { briefId: string; expectButton?: boolean }) {
  const review = useBriefReview(briefId).data;
  const publish = usePublishBrief(briefId);
  const [error, setError] = useState<string | null>(null);
  if (!review) return expectButton ? <div className="mt-3 h-7" /> : null;
  const ready = review.remaining === 0;
  const published = review.publishedVersion;
  return (
    <div className="mt-3 space-y-2">
      {published ? (
        <p className="text-xs text-neutral-500" data-testid="published-note">
          <Globe aria-hidden className="mr-1 inline size-3 text-success" />
          {review.status === "PUBLISHED" ? "" : "Last: "}
          <Link href={`/briefs/${briefId}/versions/${published.id}`} className="text-accent hover:underline">
            {published.name}
          </Link>
          {review.status !== "PUBLISHED" ? " · edited since" : ""}
        </p>
      ) : null}
      {review.canPublish && review.status !== "PUBLISHED" ? (
        ready ? (
          <ConfirmDialog
            trigger={
              <Button size="sm" className="w-full" disabled={publish.isPending}>
                {publish.isPending ? <Loader2 aria-hidden className="animate-spin" /> : <Globe aria-hidden />}
                Publish
              </Button>
            }
            title="Publish this brief?"
            description="Stamps a version of every section as it is now. Viewers will read that version; writing carries on in the draft."
            confirmLabel="Publish"
            onConfirm={() => {
              setError(null);
              publish.mutate({ briefId }, { onError: (e) => setError(errorMessage(e)) });
            }}
          />
        ) : (
          <Hint
            label={`${review.remaining} ${review.remaining === 1 ? "section needs" : "sections need"} approval or "not applicable" first`}
          >
            <Button
              size="sm"
              variant="secondary"
              aria-disabled
              className="w-full cursor-not-allowed opacity-60"
            >
              <Globe aria-hidden />
              Publish · {review.remaining} left
            </Button>
          </Hint>
        )
      ) : null}
      {error ? (
        <p role="alert" className="text-xs text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/**
 * Above a section: the brief has a published version. Viewers are sent to it when they open the
 * brief; editors and reviewers work on the draft, and are told so.
 */
export function PublishedBanner({ briefId }: { briefId: string }) {
  const review = useBriefReview(briefId).data;
  const published = review?.publishedVersion;
  if (!review || !published) return null;
  const draftNote =
    review.myRole === "VIEWER"
      ? "You're reading the working draft."
      : review.status === "PUBLISHED"
        ? "You're editing the working draft; edits make the brief a draft again."
        : "You're editing the working draft, changed since.";
  return (
    <div className="mb-5 flex flex-wrap items-center gap-x-2 gap-y-1 rounded-lg border border-neutral-200 bg-neutral-50 px-3 py-2 text-xs text-neutral-600">
      <Globe aria-hidden className="size-3.5 text-success" />
      <Link
        href={`/briefs/${briefId}/versions/${published.id}`}
        className="font-medium text-accent hover:underline"
      >
        {/* Automatic names already say "Published <date>"; a renamed one gets its date. */}
        {published.name.startsWith("Published")
          ? published.name
          : `Published version ${published.name}${review.publishedAt ? ` · ${formatDay(review.publishedAt)}` : ""}`}
      </Link>
      <span className="text-neutral-500">{draftNote}</span>
    </div>
  );
}
