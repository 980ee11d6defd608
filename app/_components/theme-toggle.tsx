"use client";

import { useSyncExternalStore } from "react";
import { THEME_STORAGE_KEY } from "@/app/theme-script";

type Theme = "light" | "dark";
const CHANGED = "ladder-theme-change";

function currentTheme(): Theme {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === "dark" || chosen === "light") return chosen;
  return matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

function subscribe(onChange: () => void) {
  const media = matchMedia("(prefers-color-scheme: dark)");
  media.addEventListener("change", onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    media.removeEventListener("change", onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}

/** Switches between light and dark and remembers the choice in this browser. */
export function ThemeToggle() {
  // The server cannot know the reader's scheme: null there, the real one after hydration.
  const theme = useSyncExternalStore<Theme | null>(subscribe, currentTheme, () => null);

  function toggle() {
    const next: Theme = currentTheme() === "dark" ? "light" : "dark";
    document.documentElement.dataset.theme = next;
    try {
      localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // private mode: the choice lasts for this page only
    }
    window.dispatchEvent(new Event(CHANGED));
  }

  return (
    <button
      type="button"
      onClick={toggle}
      aria-pressed={theme === null ? undefined : theme === "dark"}
      className="rounded-md px-2 py-1 text-sm text-slate-600 hover:bg-slate-100"
      data-testid="theme-toggle"
    >
      Dark mode
    </button>
  );
}
