import Link from "next/link";
import { PageMessage } from "@/components/feedback/page-message.tsx";
import { Button } from "@/components/ui/button.tsx";

export default function NotFound() {
  return (
    <PageMessage
      eyebrow="404"
      title="Page not found"
      actions={
        <Button asChild variant="secondary">
          <Link href="/">Back to briefs</Link>
        </Button>
      }
    >
      The page may have moved, or you may not have access to it.
    </PageMessage>
  );
}
