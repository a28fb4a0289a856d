import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthFrame } from "@/components/shell/auth-frame.tsx";
import { SignInForm } from "@/features/auth/index.ts";
import { currentActor } from "@/lib/session.ts";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : null);

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string | string[]; email?: string | string[] }>;
}) {
  if (await currentActor()) redirect("/");
  const { callbackUrl, email } = await searchParams;
  return (
    <AuthFrame title="Sign in" description="Use the email and password your admin gave you.">
      <SignInForm callbackUrl={one(callbackUrl)} email={one(email)} />
    </AuthFrame>
  );
}
