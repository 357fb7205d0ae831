import * as React from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { format } from "../../taskpane/i18n/strings";
import { useStrings } from "../../taskpane/i18n/StringsContext";

export interface DiscardDialogProps {
  current: string;
  next: string | undefined;
  onConfirm(): void;
  onCancel(): void;
}

/** Opening another file drops this one's changes: ask first when they were not downloaded. */
export function DiscardDialog({ current, next, onConfirm, onCancel }: DiscardDialogProps) {
  const strings = useStrings().standalone;
  return (
    <Dialog
      open={next !== undefined}
      modalType="alert"
      onOpenChange={(_event, data) => !data.open && onCancel()}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{strings.discardTitle}</DialogTitle>
          <DialogContent>
            {format(strings.discardBody, { current, next: next ?? "" })}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onCancel}>
              {strings.discardCancel}
            </Button>
            <Button appearance="secondary" onClick={onConfirm}>
              {strings.discardConfirm}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
