import { Link } from "@/components/ui/link.tsx";

/**
 * The app's name, linking home. `signedOut`: on the sign-in and invite pages the link must not
 * prefetch: the signed-out answer (a redirect to sign-in) would stay in the router's cache and
 * replace the dashboard right after signing in.
 */
export function Wordmark({ signedOut = false }: { signedOut?: boolean }) {
  return (
    <Link
      href="/"
      prefetch={signedOut ? false : undefined}
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
