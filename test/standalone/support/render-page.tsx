import * as React from "react";
import { render } from "@testing-library/react";
import { StandaloneRoot } from "../../../src/standalone/StandaloneRoot";
import type { Sample } from "../../../src/standalone/page/use-file-opener";
import { sampleBytes } from "./files";

export const SAMPLE_NAME = "ke-hoach-mau-mam-non.docx";

export const SAMPLE: Sample = { fileName: SAMPLE_NAME, load: async () => sampleBytes() };

/** The page as index.tsx mounts it, in Vietnamese unless told. */
export function renderPage(options: { sample?: Sample; language?: "vi" | "en" } = {}) {
  return render(
    <StandaloneRoot
      language={options.language ?? "vi"}
      theme="light"
      sample={"sample" in options ? options.sample : SAMPLE}
    />
  );
}
