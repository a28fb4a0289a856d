"use client";

import { Loader2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { type FormEvent, useEffect, useState } from "react";
import { buttonStyles, inputStyles, labelStyles } from "@/components/ui/styles.ts";
import { safeCallbackPath } from "@/lib/safe-redirect.ts";
import { prefetchCsrfToken, signInWithCredentials } from "../lib/credentials-sign-in.ts";

/**
 * `email` prefills the form (after accepting an invite, the new account's address).
 * Plain elements with the primitives' looks (components/ui/styles.ts): this is the first page
 * a new visitor loads, and the components' class merging would add 9 KB to it.
 */
export function SignInForm({
  callbackUrl,
  email: prefill,
}: {
  callbackUrl: string | null;
  email?: string | null;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // Ready before the click, so signing in is one request (a failure here is retried on submit).
  useEffect(() => void prefetchCsrfToken().catch(() => {}), []);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    if (!email || !password) {
      setError(!email ? "Enter your email." : "Enter your password.");
      return;
    }
    setPending(true);
    setError(null);
    const outcome = await signInWithCredentials(email, password);
    if (!outcome.ok) {
      setError(outcome.error);
      setPending(false);
      return;
    }
    // The router's cache holds nothing from before the sign-in: signed-out pages prefetch no
    // signed-in route (components/shell/wordmark.tsx), so this renders the page afresh.
    router.replace(safeCallbackPath(callbackUrl, window.location.origin));
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {error ? (
        <div
          role="alert"
          className="rounded-md border border-danger/20 bg-danger-soft px-3 py-2 text-sm text-danger"
        >
          {error}
        </div>
      ) : null}
      <div className="space-y-1.5">
        <label htmlFor="email" className={labelStyles}>
          Email
        </label>
        <input
          className={inputStyles}
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          // biome-ignore lint/a11y/noAutofocus: signing in is the page's one task; typing starts here
          autoFocus={!prefill}
          defaultValue={prefill ?? undefined}
          required
        />
      </div>
      <div className="space-y-1.5">
        <label htmlFor="password" className={labelStyles}>
          Password
        </label>
        <input
          className={inputStyles}
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          // biome-ignore lint/a11y/noAutofocus: the email is filled in, so typing starts here
          autoFocus={!!prefill}
          required
        />
      </div>
      <button type="submit" className={`${buttonStyles("primary", "lg")} w-full`} disabled={pending}>
        {pending ? <Loader2 aria-hidden className="animate-spin" /> : null}
        Sign in
      </button>
    </form>
  );
}
