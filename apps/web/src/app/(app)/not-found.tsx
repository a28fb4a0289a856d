import { NotFoundMessage } from "@/components/feedback/not-found-message.tsx";

export default function BriefNotFound() {
  return (
    <NotFoundMessage eyebrow="404" title="Not found">
      This brief doesn't exist, or it hasn't been shared with you.
    </NotFoundMessage>
  );
}
