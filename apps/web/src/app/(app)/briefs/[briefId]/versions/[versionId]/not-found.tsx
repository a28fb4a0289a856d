import { NotFoundMessage } from "@/components/feedback/not-found-message.tsx";

export default function VersionNotFound() {
  return (
    <NotFoundMessage title="Version not found" back={{ href: ".", label: "All versions" }}>
      This brief has no named version at that address.
    </NotFoundMessage>
  );
}
