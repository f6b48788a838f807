import type { DocumentModel } from "../../documents/model.js";
import type { Templates } from "../../documents/templates.js";
import type { PlanCache } from "../../pipeline/plan-cache.js";

/**
 * A document's DOCX bytes. The writer is a pure function of the model and the templates (the same
 * model always gives the same bytes), so bytes this build wrote before for the same model and
 * templates are taken from the plan cache, and a run that finds every document there never loads
 * the DOCX library (its own bundle). Without a cache (`--no-cache`) every document is written.
 */
export async function docxBytes(model: DocumentModel, templates: Templates, cache: PlanCache | undefined): Promise<Uint8Array> {
  const from = cache && JSON.stringify({ templates, model });
  const kept = from === undefined ? undefined : cache!.getMade(from);
  if (kept) return kept;
  const { writeDocx } = await import("./docx-writer.js");
  const bytes = await writeDocx(model, templates);
  if (from !== undefined) cache!.putMade(from, bytes);
  return bytes;
}
