import type { ReactNode } from "react";
import { Wordmark } from "./wordmark.tsx";

/** The signed-out pages (sign in, accept an invite): the wordmark above one calm card. */
export function AuthFrame({
  title,
  description,
  children,
}: {
  title: string;
  description?: ReactNode;
  children: ReactNode;
}) {
  return (
    <main className="flex min-h-dvh flex-col items-center bg-neutral-50 px-4 pt-[14vh] pb-16">
      <div className="mb-8">
        <Wordmark signedOut />
      </div>
      <div className="w-full max-w-sm rounded-xl border border-neutral-200 bg-white p-8 shadow-sm">
        <h1 className="text-lg font-semibold tracking-tight">{title}</h1>
        {description ? <div className="mt-1 mb-6 text-sm text-neutral-500">{description}</div> : null}
        {children}
      </div>
    </main>
  );
}
