"use client";

import { useEffect, useRef } from "react";

/**
 * The header's search: a plain GET form to /search (works without JavaScript), and `/` anywhere
 * outside a text field jumps into it, as on most documentation sites.
 */
export function SearchBox() {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable=''], [contenteditable='true']")) return;
      event.preventDefault();
      input.current?.focus();
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
  return (
    <form action="/search" method="get" role="search" aria-label="Site search" className="min-w-0 flex-1 sm:max-w-xs">
      <label htmlFor="site-search" className="sr-only">
        Search job families
      </label>
      <input
        ref={input}
        id="site-search"
        name="q"
        type="search"
        placeholder="Search  ( / )"
        aria-keyshortcuts="/"
        className="w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm placeholder:text-slate-500"
      />
    </form>
  );
}
