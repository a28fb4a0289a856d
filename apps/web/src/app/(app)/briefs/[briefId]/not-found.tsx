import Link from "next/link";
import { PageMessage } from "@/components/feedback/page-message.tsx";
import { Button } from "@/components/ui/button.tsx";

export default function SectionNotFound() {
  return (
    <PageMessage
      title="Section not found"
      actions={
        <Button asChild variant="secondary">
          <Link href="/">Back to briefs</Link>
        </Button>
      }
    >
      This brief has no section at that address. Pick one from the outline.
    </PageMessage>
  );
}
