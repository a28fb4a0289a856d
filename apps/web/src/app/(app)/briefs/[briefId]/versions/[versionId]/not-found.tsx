import { NotFoundMessage } from "@/components/feedback/page-message.tsx";

export default function VersionNotFound() {
  return (
    <NotFoundMessage title="Version not found" back={{ href: ".", label: "All versions" }}>
      This brief has no named version at that address.
    </NotFoundMessage>
  );
}
