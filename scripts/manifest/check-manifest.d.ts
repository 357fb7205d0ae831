export interface CheckManifestOptions {
  schemaDir: string;
  baseUrl?: string;
  fileRoot?: string;
  /** For a production manifest: no URL or app domain may still point here. */
  devOrigin?: string;
}
export function checkManifest(xml: string, options: CheckManifestOptions): Promise<string[]>;
export function residErrors(xml: string): string[];
export function urlErrors(xml: string): string[];
