/**
 * Office.js and writer errors turned into the host's failure reasons and messages staff can act
 * on. Every failure of the Word host goes through here: nothing reaches the task pane as an
 * unhandled rejection.
 */
import type { LocalizedText } from "../../core/model/localized";
import { OoxmlWriteError } from "../../ooxml";
import { HostError, type EditOutcome, type HostFailure } from "../host";
import { MESSAGES } from "./messages";

export interface Failure {
  reason: HostFailure;
  message: LocalizedText;
}

/** What an edit operation's check answers when its target is gone, or changed since the reading. */
export const NOT_FOUND: Failure = { reason: "not-found", message: MESSAGES.notFound };
export const STALE: Failure = { reason: "stale", message: MESSAGES.stale };

/** The `code` Office.js puts on its errors (`OfficeExtension.Error`), if `error` has one. */
export function officeErrorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  const { code } = error as { code: unknown };
  return typeof code === "string" ? code : undefined;
}

const BY_OFFICE_CODE: Record<string, Failure> = {
  AccessDenied: { reason: "read-only", message: MESSAGES.readOnly },
  NotAllowed: { reason: "read-only", message: MESSAGES.notAllowed },
  ItemNotFound: { reason: "not-found", message: MESSAGES.notFound },
  InvalidArgument: { reason: "invalid-input", message: MESSAGES.invalidInput },
  ApiNotFound: { reason: "not-supported", message: MESSAGES.notSupported },
  NotImplemented: { reason: "not-supported", message: MESSAGES.notSupported },
};

const BY_WRITE_CODE: Record<OoxmlWriteError["code"], Failure> = {
  "not-found": { reason: "not-found", message: MESSAGES.notFound },
  stale: { reason: "stale", message: MESSAGES.stale },
  conflict: { reason: "invalid-input", message: MESSAGES.conflictingEdits },
  "invalid-spec": { reason: "invalid-input", message: MESSAGES.invalidInput },
  "not-supported": { reason: "not-supported", message: MESSAGES.notSupported },
};

export function failureOf(error: unknown): Failure {
  if (error instanceof HostError) return { reason: error.reason, message: error.userMessage };
  if (error instanceof OoxmlWriteError) return BY_WRITE_CODE[error.code];
  const code = officeErrorCode(error);
  return (code && BY_OFFICE_CODE[code]) || { reason: "host-error", message: MESSAGES.hostError };
}

export function failedOutcome(failure: Failure): EditOutcome {
  return { ok: false, reason: failure.reason, message: failure.message };
}

export function outcomeOf(error: unknown): EditOutcome {
  return failedOutcome(failureOf(error));
}

/** For `readDocument`, which rejects: a `HostError` whatever went wrong. */
export function hostErrorOf(error: unknown, fallback: LocalizedText): HostError {
  if (error instanceof HostError) return error;
  const failure = failureOf(error);
  return new HostError(
    failure.reason,
    failure.reason === "host-error" ? fallback : failure.message
  );
}
