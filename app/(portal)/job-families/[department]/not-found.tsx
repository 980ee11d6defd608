import Link from "next/link";
import { EmptyState } from "@/app/_components/empty-state";

export default function DepartmentNotFound() {
  return (
    <div className="mx-auto max-w-xl py-16">
      <h1 className="mb-4 text-center text-2xl font-semibold">No such department</h1>
      <EmptyState title="No job family is published under this address.">
        <Link href="/">See all departments</Link>
      </EmptyState>
    </div>
  );
}
