import type { Plan } from "../plan/types.gen.js";
import { plainText } from "../tracking/tracked-tasks.js";

interface SessionFacts {
  theme: string;
  /** Held: a deadline that still waits can only wait for the notice, never for the session's date. */
  held: boolean;
}

/**
 * What a report for people writes instead of ids: each plan's unit names and session themes,
 * kept per file, since two years' plans may give one id different names.
 */
export class PlanNames {
  private readonly units = new Map<string, string>();
  private readonly sessions = new Map<string, SessionFacts>();

  add(file: string, plan: Plan): void {
    for (const unit of plan.units) this.units.set(key(file, unit.id), unit.name);
    for (const session of plan.sessions ?? [])
      this.sessions.set(key(file, session.id), { theme: plainText(session.theme), held: session.status === "held" && Boolean(session.heldOn) });
  }

  /** The unit's name in that plan; its id when the plan does not declare it. */
  unit(file: string, id: string): string {
    return this.units.get(key(file, id)) ?? id;
  }

  session(file: string, id: string): SessionFacts | undefined {
    return this.sessions.get(key(file, id));
  }
}

const key = (file: string, id: string) => `${file}\u0000${id}`;
