/** The strict fake of Word's JavaScript API, for tests and the browser test page. */
export { compareVersions, type ApiUse } from "./api-sets";
export type { FakeCellLocation } from "./document-content";
export { FakeOfficeError, type FakeErrorCode } from "./errors";
export { FakeClientResult } from "./client-result";
export { FakeOffice } from "./office";
export { FakeWord, type FakeWordOptions, type FakeWordRunner } from "./fake-word";
export type { RecordedSelection, SelectionMode } from "./word-state";
