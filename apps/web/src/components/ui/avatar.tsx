import { initials, tintIndex } from "@/lib/people.ts";
import { cn } from "@/lib/utils.ts";

/** Calm tints, one per person (stable by id); dark enough text for contrast on each. */
const PALETTE = [
  "bg-sky-100 text-sky-800",
  "bg-emerald-100 text-emerald-800",
  "bg-amber-100 text-amber-900",
  "bg-rose-100 text-rose-800",
  "bg-violet-100 text-violet-800",
  "bg-teal-100 text-teal-800",
  "bg-orange-100 text-orange-900",
  "bg-indigo-100 text-indigo-800",
];

export const tintFor = (id: string) => PALETTE[tintIndex(id, PALETTE.length)] ?? PALETTE[0];

const sizes = {
  xs: "size-4 text-[7px]",
  sm: "size-5 text-[9px]",
  md: "size-6 text-[10px]",
} as const;

/** Initials in a circle. Decorative unless given a label: the text beside it usually names the person. */
export function Avatar({
  user,
  size = "md",
  className,
}: {
  user: { id: string; name: string };
  size?: keyof typeof sizes;
  className?: string;
}) {
  return (
    <span
      aria-hidden
      className={cn(
        "inline-grid shrink-0 place-items-center rounded-full font-semibold select-none",
        sizes[size],
        tintFor(user.id),
        className,
      )}
    >
      {initials(user.name)}
    </span>
  );
}
