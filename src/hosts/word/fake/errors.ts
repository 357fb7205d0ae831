/**
 * The errors the fake raises, shaped like Office.js's `OfficeExtension.Error`: a `code` the host
 * maps to a failure reason, a message, and the name Office.js gives its errors.
 */
export type FakeErrorCode =
  /** A property read before it was loaded and synced. */
  | "PropertyNotLoaded"
  /** A `ClientResult.value` read before the sync that fills it. */
  | "ValueNotLoaded"
  | "ItemNotFound"
  /** A write to a read-only document. */
  | "AccessDenied"
  /** A member of an API set the configured Word does not support. */
  | "ApiNotFound"
  | "InvalidArgument"
  | "GeneralException"
  | "NotAllowed";

export class FakeOfficeError extends Error {
  constructor(
    readonly code: FakeErrorCode,
    message: string
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}
