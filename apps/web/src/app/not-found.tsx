import { NotFoundMessage } from "@/components/feedback/not-found-message.tsx";

export default function NotFound() {
  return (
    <NotFoundMessage eyebrow="404" title="Page not found">
      The page may have moved, or you may not have access to it.
    </NotFoundMessage>
  );
}
