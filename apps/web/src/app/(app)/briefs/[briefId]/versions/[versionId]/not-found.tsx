import Link from "next/link";
import { PageMessage } from "@/components/feedback/page-message.tsx";
import { Button } from "@/components/ui/button.tsx";

export default function VersionNotFound() {
  return (
    <PageMessage
      title="Version not found"
      actions={
        <Button asChild variant="secondary">
          <Link href=".">All versions</Link>
        </Button>
      }
    >
      This brief has no named version at that address.
    </PageMessage>
  );
}
