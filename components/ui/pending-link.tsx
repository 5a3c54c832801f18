"use client";

import Link, { useLinkStatus } from "next/link";
import { Spinner } from "./button";

function PendingMark() {
  const { pending } = useLinkStatus();
  return pending ? <Spinner className="ml-1.5 inline size-3.5 align-[-2px]" /> : null;
}

/** A link that shows a small spinner while the page it opens is loading. */
export function PendingLink({ children, ...props }: React.ComponentProps<typeof Link>) {
  return (
    <Link {...props}>
      {children}
      <PendingMark />
    </Link>
  );
}
