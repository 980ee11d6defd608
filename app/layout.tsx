import type { Metadata } from "next";
import type { ReactNode } from "react";
import { themeScript } from "./theme-script";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Ladder", template: "%s · Ladder" },
  description: "The company's job families: levels, grades, responsibilities, requirements and hiring.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The theme script sets data-theme before React hydrates: that difference is expected.
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">{children}</body>
    </html>
  );
}
