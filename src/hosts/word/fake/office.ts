/**
 * The common-API part of `Office` the host uses: requirement sets and the selection-changed
 * event. Enum values are Office.js's own strings, typed as its enums (the real `Office` global
 * is absent under test).
 */
import type { ApiSetGate } from "./api-sets";

export type SelectionHandler = (eventArgs: unknown) => void;

type AsyncCallback = (result: Office.AsyncResult<void>) => void;

const SELECTION_CHANGED = "documentSelectionChanged" as unknown as Office.EventType;
const SUCCEEDED = "succeeded" as unknown as Office.AsyncResultStatus;
const FAILED = "failed" as unknown as Office.AsyncResultStatus;

function result(status: Office.AsyncResultStatus, message?: string): Office.AsyncResult<void> {
  // A plain object in the shape Office.js passes to callbacks; `error` only on failure.
  return {
    status,
    value: undefined,
    asyncContext: undefined,
    diagnostics: undefined,
    error: message === undefined ? undefined : { code: 5000, message, name: "Failed" },
  } as unknown as Office.AsyncResult<void>;
}

export class FakeOffice {
  readonly EventType = { DocumentSelectionChanged: SELECTION_CHANGED };
  readonly AsyncResultStatus = { Succeeded: SUCCEEDED, Failed: FAILED };
  readonly selectionHandlers = new Set<SelectionHandler>();
  readonly context;

  constructor(gate: ApiSetGate) {
    const handlers = this.selectionHandlers;
    this.context = {
      requirements: {
        isSetSupported(name: string, minVersion?: string): boolean {
          return name === "WordApi" && (minVersion === undefined || gate.supports(minVersion));
        },
      },
      document: {
        addHandlerAsync(
          eventType: Office.EventType,
          handler: SelectionHandler,
          callback?: AsyncCallback
        ): void {
          if (eventType !== SELECTION_CHANGED) {
            callback?.(result(FAILED, `the fake models only ${SELECTION_CHANGED}`));
            return;
          }
          handlers.add(handler);
          setTimeout(() => callback?.(result(SUCCEEDED)), 0);
        },
        removeHandlerAsync(
          eventType: Office.EventType,
          options?: { handler?: SelectionHandler },
          callback?: AsyncCallback
        ): void {
          if (options?.handler) handlers.delete(options.handler);
          else handlers.clear();
          setTimeout(() => callback?.(result(SUCCEEDED)), 0);
        },
      },
    };
  }
}
