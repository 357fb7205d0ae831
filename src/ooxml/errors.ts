/** Why WordprocessingML could not be read (the XML itself was fine, or see `cause`). */
export type OoxmlReadErrorCode =
  | "not-a-document"
  | "missing-body"
  | "not-a-flat-opc-package"
  | "missing-document-part"
  | "malformed-part";

export class OoxmlReadError extends Error {
  readonly code: OoxmlReadErrorCode;
  /** The package part concerned, when there is one (e.g. "/word/document.xml"). */
  readonly partName: string | undefined;

  constructor(
    code: OoxmlReadErrorCode,
    message: string,
    options: { partName?: string; cause?: unknown } = {}
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "OoxmlReadError";
    this.code = code;
    this.partName = options.partName;
  }
}
