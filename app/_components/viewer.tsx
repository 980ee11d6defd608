"use client";

import { type ReactNode, createContext, useContext, useEffect, useState } from "react";
import { type Action, type Resource, type Subject, can } from "@/lib/access/policy";

/**
 * Who is reading, for the per-user parts of pages that are otherwise the same for everyone and
 * served from the page cache (the account menu, an "Edit" button). Asked once per page load from
 * /api/v1/me, which reads the session and the person's roles on the server.
 *
 * This only decides what to *show*: every action these controls lead to checks the session and
 * the policy again on the server.
 */
export type Viewer = { state: "loading" } | { state: "signed-out" } | { state: "signed-in"; subject: Subject };

const ViewerContext = createContext<Viewer>({ state: "loading" });

export function ViewerProvider({ children }: { children: ReactNode }) {
  const [viewer, setViewer] = useState<Viewer>({ state: "loading" });
  useEffect(() => {
    let live = true;
    fetch("/api/v1/me", { cache: "no-store" })
      .then(async (response) => (response.ok ? ((await response.json()) as Subject) : null))
      .catch(() => null)
      .then((subject) => live && setViewer(subject ? { state: "signed-in", subject } : { state: "signed-out" }));
    return () => {
      live = false;
    };
  }, []);
  return <ViewerContext.Provider value={viewer}>{children}</ViewerContext.Provider>;
}

export function useViewer(): Viewer {
  return useContext(ViewerContext);
}

/** Shows `children` only to a reader the policy allows `action` on `resource` (e.g. an Edit link). */
export function IfAllowed({ action, resource, children }: { action: Action; resource?: Resource; children: ReactNode }) {
  const viewer = useViewer();
  return viewer.state === "signed-in" && can(viewer.subject, action, resource) ? children : null;
}
