"use client";

import { ChevronDown, ChevronUp } from "lucide-react";
import { Button } from "@/components/ui/button.tsx";
import { Hint } from "@/components/ui/tooltip.tsx";
import { plural } from "@/lib/labels.ts";

/** "5 changes" and the previous / next change buttons of a diff. */
export function ChangeNav({
  count,
  index,
  onPrevious,
  onNext,
  shortcuts = true,
}: {
  count: number;
  index: number | null;
  onPrevious: () => void;
  onNext: () => void;
  shortcuts?: boolean;
}) {
  return (
    <div className="flex items-center gap-1">
      <p className="mr-1 text-xs text-neutral-500 tabular-nums">
        <span>{count === 0 ? "No changes" : plural(count, "change")}</span>
        {index !== null && count > 0 ? (
          <span aria-live="polite" className="text-neutral-400">
            {" "}
            · {index + 1} of {count}
          </span>
        ) : null}
      </p>
      {(
        [
          {
            label: "Previous change",
            keys: ["k", "Alt+↑", "Alt+ArrowUp"],
            icon: ChevronUp,
            onClick: onPrevious,
          },
          { label: "Next change", keys: ["j", "Alt+↓", "Alt+ArrowDown"], icon: ChevronDown, onClick: onNext },
        ] as const
      ).map(({ label, keys: [key, shown, aria], icon: Icon, onClick }) => (
        <Hint key={label} label={shortcuts ? `${label} (${key} or ${shown})` : label}>
          <Button
            variant="ghost"
            size="icon-sm"
            aria-label={label}
            aria-keyshortcuts={shortcuts ? `${key} ${aria}` : undefined}
            disabled={count === 0}
            onClick={onClick}
          >
            <Icon aria-hidden />
          </Button>
        </Hint>
      ))}
    </div>
  );
}

/** The key to the diff colours. */
export function DiffLegend() {
  return (
    <p className="flex flex-wrap items-center gap-x-4 gap-y-1 text-[11px] text-neutral-500">
      <span>
        <ins className="diff-ins">Added</ins>
      </span>
      <span>
        <del className="diff-del">Removed</del>
      </span>
      <span>
        <span className="diff-format">Formatting changed</span>
      </span>
    </p>
  );
}
