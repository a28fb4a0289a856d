import type { ReactNode } from "react";
import { Link } from "@/components/ui/link.tsx";
import { buttonStyles } from "@/components/ui/styles.ts";
import { PageMessage } from "./page-message.tsx";

/** A 404 with one way back. */
export function NotFoundMessage({
  eyebrow,
  title,
  back = { href: "/", label: "Back to briefs" },
  children,
}: {
  eyebrow?: string;
  title: string;
  back?: { href: string; label: string };
  children: ReactNode;
}) {
  return (
    <PageMessage
      eyebrow={eyebrow}
      title={title}
      actions={
        <Link href={back.href} className={buttonStyles("secondary")}>
          {back.label}
        </Link>
      }
    >
      {children}
    </PageMessage>
  );
}
