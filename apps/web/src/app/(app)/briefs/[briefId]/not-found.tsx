import { NotFoundMessage } from "@/components/feedback/not-found-message.tsx";

export default function SectionNotFound() {
  return (
    <NotFoundMessage title="Section not found">
      This brief has no section at that address. Pick one from the outline.
    </NotFoundMessage>
  );
}
