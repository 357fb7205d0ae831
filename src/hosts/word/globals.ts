/**
 * The parts of Office.js the Word host uses, as values it is given: the real `Word` and `Office`
 * globals in the add-in, the fake (`./fake`) in tests. Typed with `@types/office-js`, so the host
 * is checked against the real API.
 */

export interface WordRunner {
  run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T>;
}

type AsyncCallback = (result: Office.AsyncResult<void>) => void;

/** The common API: requirement sets and the selection-changed event (every Word version). */
export interface OfficeCommon {
  context: {
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    document: {
      addHandlerAsync(
        eventType: Office.EventType,
        handler: (eventArgs: unknown) => void,
        callback?: AsyncCallback
      ): void;
      removeHandlerAsync(
        eventType: Office.EventType,
        options?: { handler?: (eventArgs: unknown) => void },
        callback?: AsyncCallback
      ): void;
    };
  };
  EventType: { DocumentSelectionChanged: Office.EventType };
  AsyncResultStatus: { Succeeded: Office.AsyncResultStatus };
}

export interface OfficeGlobals {
  Word: WordRunner;
  Office: OfficeCommon;
}

/** The globals Office.js defines in the add-in's page; an error outside Word. */
export function officeGlobals(): OfficeGlobals {
  const scope = globalThis as { Word?: WordRunner; Office?: OfficeCommon };
  if (!scope.Word || !scope.Office) throw new Error("Office.js (Word) is not loaded in this page");
  return { Word: scope.Word, Office: scope.Office };
}
