"use client";

import { useState } from "react";

/** A button that starts a navigation away (sign-in, sign-out) and says so until the page leaves. */
export function BusyButton({
  label,
  busyLabel,
  onClick,
  className,
}: {
  label: string;
  busyLabel: string;
  onClick: () => void;
  className: string;
}) {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      disabled={busy}
      onClick={() => {
        setBusy(true);
        onClick();
      }}
      className={className}
    >
      {busy ? busyLabel : label}
    </button>
  );
}
