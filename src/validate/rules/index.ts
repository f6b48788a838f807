import type { Rule } from "../rule.js";
import { controlCharacters } from "./control-characters.js";
import { sessionDeadlineCount } from "./deadline-count.js";
import { sessionRecords } from "./records.js";
import { deadlineShape } from "./deadlines.js";
import { officialCalendarKnown } from "./official-calendar.js";
import { knownReferences, unusedUnits } from "./references.js";
import { plannedTimeShape } from "./shapes.js";
import { sessionState, taskState } from "./states.js";
import { balancedEmphasis, datesNearYear, deadlineMatchesText, recipientPunctuation } from "./texts.js";
import { uniqueIds } from "./unique-ids.js";
import { legacyEncoding } from "./legacy-encoding.js";
import { doneInPlanYear, sessionOnWorkingDay } from "./slips.js";
import { chairShape, headcountShape, unknownValues } from "./unknowns.js";

export const planRules: readonly Rule[] = [
  uniqueIds,
  knownReferences,
  unusedUnits,
  plannedTimeShape,
  deadlineShape,
  sessionDeadlineCount,
  sessionState,
  taskState,
  datesNearYear,
  officialCalendarKnown,
  recipientPunctuation,
  balancedEmphasis,
  controlCharacters,
  deadlineMatchesText,
  sessionRecords,
  legacyEncoding,
  sessionOnWorkingDay,
  doneInPlanYear,
  unknownValues,
  chairShape,
  headcountShape,
];
