import type { ReactNode } from "react";
import type { SignInReport } from "@/lib/access/users";
import type { Discovery } from "@/lib/auth/discovery";
import type { SetupProblem } from "@/lib/auth/diagnose";
import { formatTime } from "@/app/_components/format-time";

/** A two-column list of facts: what it is, and its value (or "—" when there is none). */
export function Facts({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="mt-3 grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[14rem_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-medium text-slate-700">{label}</dt>
          <dd className="break-all text-slate-900">{value ?? "—"}</dd>
        </div>
      ))}
    </dl>
  );
}

const list = (values: string[] | undefined | null) => (values && values.length > 0 ? values.join(", ") : null);

export function ProblemList({ problems }: { problems: SetupProblem[] }) {
  if (problems.length === 0) {
    return <p className="mt-2 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-emerald-900">No problems found.</p>;
  }
  return (
    <ul className="mt-3 space-y-3" aria-label="Problems">
      {problems.map((p) => (
        <li key={p.problem} className="rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm">
          <p className="font-medium text-amber-950">{p.problem}</p>
          <p className="mt-1 text-amber-900">
            <span className="font-semibold">What to change: </span>
            {p.fix}
          </p>
        </li>
      ))}
    </ul>
  );
}

export function DiscoveryFacts({ document }: { document: Discovery }) {
  return (
    <Facts
      rows={[
        ["Issuer", document.issuer],
        ["Authorization endpoint", document.authorization_endpoint],
        ["Token endpoint", document.token_endpoint],
        ["Userinfo endpoint", document.userinfo_endpoint],
        ["End-session endpoint", document.end_session_endpoint ?? "none (sign-out cannot end the provider's session)"],
        ["Supported scopes", list(document.scopes_supported)],
        ["Supported claims", list(document.claims_supported)],
        ["PKCE methods", list(document.code_challenge_methods_supported)],
      ]}
    />
  );
}

const sourceWords: Record<SignInReport["groupsSource"], string> = {
  id_token: "from the ID token",
  userinfo: "from the userinfo endpoint (the ID token had none)",
  missing: "missing from both the ID token and the userinfo response",
};

export function LastSignInFacts({ report }: { report: SignInReport }) {
  return (
    <Facts
      rows={[
        ["When", formatTime(new Date(report.at))],
        ["Email", report.email ? `${report.email} (${report.emailVerified ? "verified" : "not verified"})` : null],
        ["Name", report.name],
        [`Groups (claim \`${report.groupsClaim}\`)`, report.groups ? list(report.groups) ?? "none" : null],
        ["Groups came", sourceWords[report.groupsSource]],
        ["Claims received", list(report.claimNames)],
      ]}
    />
  );
}
