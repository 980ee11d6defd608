import Link from "next/link";
import { notFound } from "next/navigation";
import { InvalidError, NotFoundError } from "@/lib/errors";

export type Loaded<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * Runs a review page's load. An unknown family is the 404 page; a bad or unknown revision in the
 * URL is a message on the page (the family exists, the reader only mistyped a number).
 */
export async function loadOrExplain<T>(load: () => Promise<T>): Promise<Loaded<T>> {
  try {
    return { ok: true, value: await load() };
  } catch (e) {
    if (e instanceof NotFoundError && /No job family/.test(e.message)) notFound();
    if (e instanceof InvalidError || e instanceof NotFoundError) return { ok: false, message: e.message };
    throw e;
  }
}

export function PageProblem({ title, message, href, linkText }: { title: string; message: string; href: string; linkText: string }) {
  return (
    <div>
      <h1 className="text-2xl font-bold">{title}</h1>
      <p role="alert" className="mt-3 text-red-700">
        {message}
      </p>
      <Link href={href} className="mt-3 inline-block text-indigo-700 hover:underline">
        {linkText}
      </Link>
    </div>
  );
}
