/**
 * A fix on a heading paragraph (a one-table-per-standard plan's "3. Tiêu chuẩn 3: …") applied
 * through the session, on the real .docx host: the paragraph gets the official title and the
 * finding is gone after the re-check.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { analyze } from "../../../src/core";
import { openDocx } from "../../../src/hosts/docx";
import { PlanSession } from "../../../src/taskpane/session/plan-session";

const FIXTURE = path.resolve(__dirname, "../../../../shared/fixtures/mn-liem-hai-2025.docx");

describe("PlanSession.applyFix on a paragraph", () => {
  it('writes the standard\'s official title in the heading above its table (the fixture writes "3, Tiêu chuẩn 3: …")', async () => {
    const host = await openDocx(new Uint8Array(readFileSync(FIXTURE)), "mn-liem-hai-2025.docx");
    const session = new PlanSession({ host, analyze });
    await session.check();
    const truncated = session
      .getState()
      .analysis?.findings.find((finding) => finding.ruleId === "standard-title-truncated");
    expect(truncated?.fix?.kind).toBe("replaceParagraphText");
    expect(await session.applyFix(truncated!)).toBe(true);
    const model = await host.readDocument();
    const texts = model.blocks.flatMap((block) => (block.kind === "paragraph" ? [block.text] : []));
    expect(texts.filter((text) => text.includes("Tiêu chuẩn 3"))).toEqual([
      "3, Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học",
    ]);
    expect(session.getState().analysis?.findings.map((finding) => finding.ruleId)).not.toContain(
      "standard-title-truncated"
    );
    expect(host.modified).toBe(true);
  });
});
