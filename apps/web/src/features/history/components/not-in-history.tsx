/**
 * What the stage says when the URL names revisions this section doesn't have (another section's,
 * or a mistyped link): calmly, with the way back to the section just above it.
 */
export function NotInHistory({ children }: { children: string }) {
  return (
    <p
      role="status"
      className="rounded-lg border border-neutral-200 bg-neutral-50 px-4 py-2.5 text-sm text-neutral-600"
    >
      {children}
    </p>
  );
}
