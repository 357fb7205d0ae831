import * as React from "react";
import { stringsFor, type Strings } from "./strings";

const StringsContext = React.createContext<Strings>(stringsFor("vi"));

export const StringsProvider = StringsContext.Provider;

export function useStrings(): Strings {
  return React.useContext(StringsContext);
}
