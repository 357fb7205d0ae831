/**
 * Reporting changes for live checking. WordApi 1.6 has paragraph events (changed, added,
 * deleted; local and co-authors' edits alike), reported as "content", with the selection-changed
 * event as "selection". Before 1.6 the selection-changed event (common API) is the only signal,
 * so it is reported as "content": the task pane's debounced re-check then finds what changed.
 * Events caused by the add-in itself are dropped (see `OwnEditGuard`).
 */
import type { DocumentChange } from "../../host";
import type { ApiSupport } from "../api-support";
import type { OfficeCommon, WordRunner } from "../globals";
import type { OwnEditGuard } from "./own-edit-guard";

type ParagraphEvents = OfficeExtension.EventHandlerResult<
  Word.ParagraphChangedEventArgs | Word.ParagraphAddedEventArgs | Word.ParagraphDeletedEventArgs
>;

export async function watchChanges(
  word: WordRunner,
  office: OfficeCommon,
  api: ApiSupport,
  guard: OwnEditGuard,
  onChange: (change: DocumentChange) => void
): Promise<() => void> {
  const report = (change: DocumentChange) => {
    if (!guard.suppressing) onChange(change);
  };
  const paragraphEvents = api.paragraphEvents
    ? await word.run(async (context) => {
        const handler = async () => report("content");
        const { document } = context;
        const registered: ParagraphEvents[] = [
          document.onParagraphChanged.add(handler),
          document.onParagraphAdded.add(handler),
          document.onParagraphDeleted.add(handler),
        ];
        await context.sync();
        return registered;
      })
    : [];
  const selectionChange = paragraphEvents.length > 0 ? "selection" : "content";
  const onSelection = () => report(selectionChange);
  try {
    await addSelectionHandler(office, onSelection);
  } catch (error) {
    await removeParagraphEvents(paragraphEvents);
    throw error;
  }
  return () => {
    office.context.document.removeHandlerAsync(office.EventType.DocumentSelectionChanged, {
      handler: onSelection,
    });
    void removeParagraphEvents(paragraphEvents);
  };
}

function addSelectionHandler(office: OfficeCommon, handler: () => void): Promise<void> {
  return new Promise((resolve, reject) => {
    office.context.document.addHandlerAsync(
      office.EventType.DocumentSelectionChanged,
      handler,
      (result) => {
        if (result.status === office.AsyncResultStatus.Succeeded) resolve();
        else reject(new Error(result.error?.message ?? "the selection event could not be added"));
      }
    );
  });
}

/** Event handlers are removed in the request context they were added with. */
async function removeParagraphEvents(registered: ParagraphEvents[]): Promise<void> {
  const context = registered[0]?.context;
  if (!context) return;
  try {
    registered.forEach((result) => result.remove());
    await context.sync();
  } catch {
    // Word is closing or the handlers are gone already: nothing left to stop.
  }
}
