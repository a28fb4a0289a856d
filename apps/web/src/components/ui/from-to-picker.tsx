import { ArrowRight } from "lucide-react";
import { useId } from "react";
import { cn } from "@/lib/utils.ts";
import { Select } from "./select.tsx";

export type PickerOption = { value: string; label: string };

/**
 * "From [a] → To [b]": the two ends of a comparison (two revisions of a section, two named
 * versions of a brief). `toolbar` sits in a dense bar (labels beside small selects); `panel`
 * stands in a page (labels above).
 */
export function FromToPicker({
  from,
  to,
  fromOptions,
  toOptions,
  onChange,
  variant = "panel",
}: {
  from: string;
  to: string;
  fromOptions: readonly PickerOption[];
  toOptions: readonly PickerOption[];
  onChange: (from: string, to: string) => void;
  variant?: "toolbar" | "panel";
}) {
  const fromId = useId();
  const toId = useId();
  const toolbar = variant === "toolbar";
  const end = (
    id: string,
    label: string,
    value: string,
    options: readonly PickerOption[],
    pick: (v: string) => void,
  ) => (
    <div className={toolbar ? "flex items-center gap-1.5" : "space-y-1"}>
      <label htmlFor={id} className={cn("text-xs font-medium text-neutral-500", !toolbar && "block")}>
        {label}
      </label>
      <Select
        id={id}
        size={toolbar ? "xs" : "sm"}
        className="max-w-[16rem]"
        value={value}
        onChange={(e) => pick(e.target.value)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </div>
  );
  return (
    <>
      {end(fromId, "From", from, fromOptions, (v) => onChange(v, to))}
      {toolbar ? (
        <span aria-hidden className="text-xs text-neutral-400">
          →
        </span>
      ) : (
        <ArrowRight aria-hidden className="mb-2 size-3.5 text-neutral-400" />
      )}
      {end(toId, "To", to, toOptions, (v) => onChange(from, v))}
    </>
  );
}
