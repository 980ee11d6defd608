"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/app/_components/submit-button";
import { type ActionState, idleState } from "@/lib/auth/action-state";
import { type CheckSettings, checkModes, checkRules, ruleDescriptions } from "@/lib/checks/rules";
import { saveCheckSettingsAction } from "./actions";

const modeLabels = { block: "Block the save", warn: "Warn only", off: "Do not check" } as const;

export function CheckSettingsForm({ settings }: { settings: CheckSettings }) {
  const [state, action] = useActionState<ActionState, FormData>(saveCheckSettingsAction, idleState);
  const errors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  return (
    <form action={action} className="space-y-4">
      <table className="w-full text-left text-sm">
        <thead>
          <tr className="text-slate-500">
            <th className="py-2 pr-4 font-medium">Rule</th>
            <th className="py-2 font-medium">When it finds something</th>
          </tr>
        </thead>
        <tbody>
          {checkRules.map((rule) => (
            <tr key={rule} className="border-t border-slate-200">
              <td className="py-2 pr-4">
                <label htmlFor={`mode-${rule}`} className="font-medium text-slate-900">
                  {rule}
                </label>
                <p className="text-slate-600">{ruleDescriptions[rule]}</p>
              </td>
              <td className="py-2">
                <select id={`mode-${rule}`} name={`mode:${rule}`} defaultValue={settings.modes[rule]} className="rounded-md border border-slate-300 px-2 py-1">
                  {checkModes.map((m) => (
                    <option key={m} value={m}>
                      {modeLabels[m]}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div>
        <label htmlFor="required-phrase" className="block text-sm font-medium text-slate-700">
          Required phrase in every level&apos;s requirements (empty: none)
        </label>
        <input id="required-phrase" name="requiredPhrase" defaultValue={settings.requiredPhrase} className="mt-1 w-full max-w-lg rounded-md border border-slate-300 px-3 py-2" aria-invalid={errors.requiredPhrase ? true : undefined} />
        {errors.requiredPhrase && <p className="mt-1 text-sm text-red-700">{errors.requiredPhrase}</p>}
      </div>
      <SubmitButton label="Save settings" pendingLabel="Saving…" />
      {state.status !== "idle" && (
        <p role={state.status === "error" ? "alert" : "status"} className={`text-sm ${state.status === "error" ? "text-red-700" : "text-emerald-700"}`}>
          {state.message}
        </p>
      )}
    </form>
  );
}
