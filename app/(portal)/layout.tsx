import Link from "next/link";
import type { ReactNode } from "react";
import { SearchBox } from "@/app/_components/search-box";
import { ThemeToggle } from "@/app/_components/theme-toggle";
import { ViewerProvider } from "@/app/_components/viewer";
import { UserMenu } from "./user-menu";

/**
 * The signed-in shell. It holds nothing per user on the server, so that reading pages under it can
 * be static; who is reading comes to the browser from /api/v1/me (ViewerProvider).
 */
export default function PortalLayout({ children }: { children: ReactNode }) {
  return (
    <ViewerProvider>
      <a href="#main" className="skip-link sr-only focus:not-sr-only focus:absolute focus:p-2">
        Skip to content
      </a>
      <header className="site-header sticky top-0 z-10 border-b border-slate-200 bg-white/90 backdrop-blur">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
          <Link href="/" className="text-lg font-bold tracking-tight text-indigo-700">
            Ladder
          </Link>
          <nav aria-label="Site" className="flex gap-3 text-sm">
            <Link href="/grades" className="text-slate-700 hover:underline">
              Grades
            </Link>
            <Link href="/compare" className="text-slate-700 hover:underline">
              Compare
            </Link>
          </nav>
          <SearchBox />
          <div className="ml-auto flex items-center gap-1">
            <ThemeToggle />
            <UserMenu />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </ViewerProvider>
  );
}
