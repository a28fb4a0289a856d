import Link from "next/link";
import { PageMessage } from "@/components/feedback/page-message.tsx";
import { Button } from "@/components/ui/button.tsx";

export default function BriefNotFound() {
  return (
    <PageMessage
      eyebrow="404"
      title="Not found"
      actions={
        <Button asChild variant="secondary">
          <Link href="/">Back to briefs</Link>
        </Button>
      }
    >
      This brief doesn't exist, or it hasn't been shared with you.
    </PageMessage>
  );
}
