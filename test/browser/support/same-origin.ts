import type { Page } from "playwright-core";

/**
 * Records, and refuses, every request a page makes outside its own origin: proof that a page
 * sends nothing anywhere. blob: and data: URLs are the page's own memory, not requests.
 */
export function refuseOtherOrigins(page: Page, origin: string): string[] {
  const elsewhere: string[] = [];
  const isElsewhere = (url: string) => !/^(blob|data):/.test(url) && new URL(url).origin !== origin;
  page.on("request", (request) => {
    if (isElsewhere(request.url())) elsewhere.push(request.url());
  });
  void page.route(
    (url) => isElsewhere(url.href),
    (route) => route.abort("blockedbyclient")
  );
  return elsewhere;
}
