import { NotFoundMessage } from "@/components/feedback/page-message.tsx";

export default function BriefNotFound() {
  return (
    <NotFoundMessage eyebrow="404" title="Not found">
      This brief doesn't exist, or it hasn't been shared with you.
    </NotFoundMessage>
  );
}
