import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Wordmark } from "@/components/shell/wordmark.tsx";
import { SignInForm } from "@/features/auth/index.ts";
import { currentActor } from "@/lib/session.ts";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string | string[] }>;
}) {
  if (await currentActor()) redirect("/");
  const { callbackUrl } = await searchParams;
  return (
    <main className="flex min-h-dvh flex-col items-center bg-neutral-50 px-4 pt-[14vh]">
      <div className="mb-8">
        <Wordmark />
      </div>
      <div className="w-full max-w-sm rounded-xl border border-neutral-200 bg-white p-8 shadow-sm">
        <h1 className="text-lg font-semibold tracking-tight">Sign in</h1>
        <p className="mt-1 mb-6 text-sm text-neutral-500">Use the email and password your admin gave you.</p>
        <SignInForm callbackUrl={typeof callbackUrl === "string" ? callbackUrl : null} />
      </div>
    </main>
  );
}
