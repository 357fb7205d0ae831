/**
 * The task pane as Word would show it, over the strict fake of Word's API backed by a fixture:
 * the real Root, session, Word host and core, with only `Word`/`Office` faked. Built by the
 * browser tests (never shipped). Query: ?fixture=mn-pom-lot-2021&api=1.6&latency=0
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import JSZip from "jszip";
import { FakeWord } from "../../../src/hosts/word/fake";
import { WordHost } from "../../../src/hosts/word";
import { analyze } from "../../../src/core";
import { PlanSession } from "../../../src/taskpane/session/plan-session";
import { Root } from "../../../src/taskpane/components/Root";
import type { OfficeGlobals } from "../../../src/hosts/word";

declare global {
  interface Window {
    kdclFake?: FakeWord;
    kdclReady?: boolean;
  }
}

async function partText(zip: JSZip, name: string): Promise<string | undefined> {
  return zip.file(name)?.async("string");
}

async function start(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const fixture = params.get("fixture") ?? "mn-pom-lot-2021";
  const apiVersion = params.get("api") ?? "1.6";
  const bytes = await (await fetch(`fixtures/${fixture}.docx`)).arrayBuffer();
  const zip = await JSZip.loadAsync(bytes);
  const documentXml = await partText(zip, "word/document.xml");
  if (documentXml === undefined) throw new Error(`${fixture} has no word/document.xml`);
  const fake = new FakeWord({
    documentXml,
    stylesXml: await partText(zip, "word/styles.xml"),
    apiVersion,
    syncLatencyMs: Number(params.get("latency") ?? "0"),
  });
  window.kdclFake = fake;
  // The fake implements the members the host uses, not all of Office's typings.
  const globals = { Word: fake.word, Office: fake.office } as unknown as OfficeGlobals;
  const createSession = () => new PlanSession({ host: new WordHost({ globals }), analyze });
  const container = document.getElementById("container");
  if (!container) throw new Error("no #container");
  createRoot(container).render(
    <Root
      environment={{
        kind: "word",
        language: "vi",
        theme: "light",
        wordApi13: true,
        wordApi16: apiVersion >= "1.6",
      }}
      createSession={createSession}
    />
  );
  window.kdclReady = true;
}

void start();
