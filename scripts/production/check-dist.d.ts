export function cspErrors(page: string, html: string): string[];
export function distErrors(files: ReadonlyMap<string, string>): string[];
