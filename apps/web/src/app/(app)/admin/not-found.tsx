import { NotFoundMessage } from "@/components/feedback/not-found-message.tsx";

export default function AdminNotFound() {
  return (
    <NotFoundMessage eyebrow="404" title="Admins only">
      This page is for Dossier's admins. If you need something changed about your account or a colleague's,
      ask an admin.
    </NotFoundMessage>
  );
}
