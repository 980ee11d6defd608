"use client";

import { useEffect } from "react";

type Draft<T> = { base: number; document: T; savedAt: string };

export const draftKey = (department: string, slug: string, scope: string) => `ladder:draft:${department}/${slug}:${scope || "family"}`;

export function readDraft<T>(key: string): Draft<T> | null {
  try {
    const raw = window.localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as Draft<T>) : null;
  } catch {
    return null;
  }
}

/**
 * Keeps what was typed: a draft in localStorage (so a reload, a crash or a failed save loses
 * nothing) and a warning before leaving the page with unsaved changes, also for in-app links.
 */
export function useUnsaved<T>(key: string, dirty: boolean, edited: T, base: number) {
  useEffect(() => {
    if (!dirty) return;
    const timer = window.setTimeout(() => {
      try {
        window.localStorage.setItem(key, JSON.stringify({ base, document: edited, savedAt: new Date().toISOString() }));
      } catch {
        // Storage full or disabled: the warning before leaving still protects the edit.
      }
    }, 400);
    return () => window.clearTimeout(timer);
  }, [key, dirty, edited, base]);

  useEffect(() => {
    if (!dirty) return;
    const beforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
    };
    const onClick = (e: MouseEvent) => {
      const link = (e.target as HTMLElement).closest?.("a[href]");
      if (link && !e.defaultPrevented && !window.confirm("You have unsaved changes. Leave this page anyway?")) {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", beforeUnload);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", beforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [dirty]);
}

export function clearDraft(key: string) {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Nothing to clear.
  }
}
