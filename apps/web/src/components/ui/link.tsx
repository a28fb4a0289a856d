"use client";

import NextLink, { useLinkStatus } from "next/link";
import type { ComponentProps } from "react";
import { useReportPendingNavigation } from "@/hooks/use-pending-navigation.ts";

/**
 * Next's Link, which also shows the navigation bar while the page it opens is on its way
 * (hooks/use-pending-navigation.ts says why pages have no skeletons). Use it for every link in
 * the app.
 */
export function Link({ children, ...props }: ComponentProps<typeof NextLink>) {
  return (
    <NextLink {...props}>
      {children}
      <ReportPending />
    </NextLink>
  );
}

function ReportPending() {
  useReportPendingNavigation(useLinkStatus().pending);
  return null;
}
