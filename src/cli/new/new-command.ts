/**
 * `kdcl new`: a new plan document — the shell text around the level's plan table — written by
 * the docx host onto an empty package, so the table is exactly the one the task pane inserts.
 */
import path from "node:path";
import { catalogFor, findCriterion, planTableFragment } from "../../core";
import type { DocumentEdit } from "../../core/edits/edit";
import { openDocx } from "../../hosts/docx";
import { saveDocxFile } from "../../hosts/docx/node-file";
import type { NewRequest } from "../args/invocation";
import type { CommandContext } from "../context";
import { EXIT, type ExitCode } from "../exit-codes";
import { exists } from "../output-path";
import { say } from "../say";
import { emptyPackage } from "./empty-package";
import { closingBlocks, openingBlocks } from "./plan-shell";

const DOCUMENT_TITLE = "Kế hoạch cải tiến chất lượng giáo dục";

export async function runNew(request: NewRequest, context: CommandContext): Promise<ExitCode> {
  const { io, strings, language } = context;
  const catalog = catalogFor(request.level, request.framework);
  const unknown = request.criteria.filter((code) => !findCriterion(catalog, code));
  if (unknown.length > 0) {
    say(io.stderr, strings.new.unknownCriteria(unknown, catalog.name[language]));
    return EXIT.trouble;
  }
  if (!request.force && (await exists(request.output))) {
    say(io.stderr, strings.files.outputExists(request.output));
    return EXIT.trouble;
  }
  const bytes = await emptyPackage({ title: DOCUMENT_TITLE, created: new Date() });
  const host = await openDocx(bytes, path.basename(request.output));
  const end = { kind: "end" } as const;
  const edits: DocumentEdit[] = [
    {
      kind: "insertFragment",
      fragment: { blocks: openingBlocks(catalog, request.level) },
      at: end,
    },
    {
      kind: "insertFragment",
      fragment: planTableFragment({ catalogId: catalog.id, criteria: request.criteria }),
      at: end,
    },
    { kind: "insertFragment", fragment: { blocks: closingBlocks() }, at: end },
  ];
  const applied = await host.applyEdits(edits);
  if (!applied.ok) {
    // Only a bug of ours can get here: the package and the edits are both our own.
    say(io.stderr, applied.message[language]);
    return EXIT.trouble;
  }
  try {
    await saveDocxFile(host, request.output);
  } catch (error) {
    say(io.stderr, strings.files.writeFailed(request.output, String(error)));
    return EXIT.trouble;
  }
  const chosen = new Set(request.criteria.map((code) => findCriterion(catalog, code)?.code));
  say(
    io.stdout,
    strings.new.created({
      path: request.output,
      level: strings.levels[request.level],
      circular: catalog.circular,
      criteria: chosen.size,
    })
  );
  say(io.stdout, strings.new.nextSteps);
  return EXIT.ok;
}
