import Link from "next/link";

export function Wordmark() {
  return (
    <Link
      href="/"
      className="flex items-center gap-2 rounded-md px-1 py-0.5 text-[15px] font-semibold tracking-tight text-neutral-900"
    >
      <span
        aria-hidden
        className="grid size-6 place-items-center rounded-md bg-accent text-[13px] font-bold text-accent-foreground"
      >
        D
      </span>
      Dossier
    </Link>
  );
}
