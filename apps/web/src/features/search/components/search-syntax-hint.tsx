/** How to write a search (PostgreSQL's websearch syntax), in one quiet line. */
export function SearchSyntaxHint({ className }: { className?: string }) {
  const code = "rounded bg-neutral-100 px-1 py-px font-mono text-[11px] text-neutral-700";
  return (
    <p className={className ?? "text-xs text-neutral-500"}>
      All words must match. <code className={code}>"rule of law"</code> for a phrase,{" "}
      <code className={code}>cobalt or lithium</code> for either, <code className={code}>-drought</code> to
      leave a word out.
    </p>
  );
}
