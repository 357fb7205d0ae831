import { FakeClientObject } from "../client-object";
import type { DocumentContent } from "../document-content";
import type { FakeRequestContext } from "../request-context";
import { FakeBody } from "./body";
import { FakeEventHandlers } from "./events";
import { FakeRange } from "./range";

export class FakeDocument extends FakeClientObject<DocumentContent> {
  protected readonly typeName = "Document";
  protected readonly loadable = {};

  constructor(context: FakeRequestContext) {
    super(context, () => context.state.content);
  }

  protected readProperty(): unknown {
    return undefined;
  }

  get body(): FakeBody {
    this.requires("body", "1.1");
    return new FakeBody(this.context, () => ({ kind: "document" }));
  }

  /** The selection as it is when the sync that first needs it runs. */
  getSelection(): FakeRange {
    this.requires("getSelection", "1.1");
    return new FakeRange(this.context, () => {
      const state = this.context.state;
      // Like Word, a selection whose content was replaced or deleted moves to where the document
      // still is (here: the start of the body) instead of pointing at nothing.
      if (!state.content.contains(state.selection.element)) {
        const first = state.content.paragraphs()[0] ?? state.content.body;
        state.selection = { element: first, mode: "Start" };
      }
      const { element, mode } = state.selection;
      return { element, location: mode === "Select" ? "Whole" : mode };
    });
  }

  get onParagraphChanged(): FakeEventHandlers {
    this.requires("onParagraphChanged", "1.6");
    return new FakeEventHandlers(this.context, "paragraphChanged");
  }

  get onParagraphAdded(): FakeEventHandlers {
    this.requires("onParagraphAdded", "1.6");
    return new FakeEventHandlers(this.context, "paragraphAdded");
  }

  get onParagraphDeleted(): FakeEventHandlers {
    this.requires("onParagraphDeleted", "1.6");
    return new FakeEventHandlers(this.context, "paragraphDeleted");
  }
}
