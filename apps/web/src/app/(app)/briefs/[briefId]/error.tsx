"use client";

import { RouteError } from "@/components/feedback/route-error.tsx";

export default function ErrorBoundary(props: { error: Error & { digest?: string }; reset: () => void }) {
  return <RouteError {...props} />;
}
