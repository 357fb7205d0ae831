import { readFileSync } from "node:fs";
import path from "node:path";
import { checkManifest } from "../../scripts/manifest/check-manifest";
import { productionManifest } from "../../scripts/public-url";

const root = path.resolve(__dirname, "../..");
const schemaDir = path.resolve(root, "../shared/manifest-schemas");
const manifest = readFileSync(path.join(root, "manifest.xml"), "utf8");
const devUrl = "https://localhost:3000/";

function check(xml: string, withFiles = false) {
  return checkManifest(
    xml,
    withFiles ? { schemaDir, baseUrl: devUrl, fileRoot: root } : { schemaDir }
  );
}

describe("manifest checks", () => {
  it("accept the project's manifest", async () => {
    expect(await check(manifest)).toEqual([]);
  });

  it("reject an element out of the schema's order", async () => {
    const swapped = manifest.replace(
      /(<DefaultLocale>[^<]*<\/DefaultLocale>)(\s*)(<ProviderName>[^<]*<\/ProviderName>)|(<ProviderName>[^<]*<\/ProviderName>)(\s*)(<DefaultLocale>[^<]*<\/DefaultLocale>)/,
      (_m, _a, _b, _c, provider: string, space: string, locale: string) =>
        `${locale}${space}${provider}`
    );
    expect(swapped).not.toBe(manifest);
    const errors = await check(swapped);
    expect(errors.some((error) => error.startsWith("schema:"))).toBe(true);
  });

  it("reject a resid that no resource defines", async () => {
    const broken = manifest.replace(
      'resid="TaskpaneButton.Tooltip"',
      'resid="TaskpaneButton.Missing"'
    );
    expect(await check(broken)).toContain(
      'resid "TaskpaneButton.Missing" is not defined in <Resources>'
    );
  });

  it("reject a resid longer than 32 characters", async () => {
    const longId = "TaskpaneButton.TooltipThatIsTooLong";
    const broken = manifest.split("TaskpaneButton.Tooltip").join(longId);
    const errors = await check(broken);
    expect(errors.some((error) => error.includes(`"${longId}" is longer than 32`))).toBe(true);
  });

  it("reject a URL that is not https", async () => {
    const broken = manifest.replace(
      'DefaultValue="https://localhost:3000/assets/icon-16.png"',
      'DefaultValue="http://localhost:3000/assets/icon-16.png"'
    );
    expect(await check(broken)).toContain(
      "URL is not https: http://localhost:3000/assets/icon-16.png"
    );
  });

  it("report referenced icon files that do not exist", async () => {
    const broken = manifest.replace("assets/icon-80.png", "assets/icon-81.png");
    const errors = await check(broken, true);
    expect(errors.some((error) => error.includes("assets/icon-81.png"))).toBe(true);
  });

  it("find every icon size the add-in ships", () => {
    for (const size of [16, 32, 64, 80, 128]) {
      expect(() => readFileSync(path.join(root, `assets/icon-${size}.png`))).not.toThrow();
    }
  });

  it("turn every development URL and app domain into the public address for production", async () => {
    const devOrigin = "https://localhost:3000";
    expect(await checkManifest(manifest, { schemaDir, devOrigin })).toContainEqual(
      `development URL left in the manifest: ${devOrigin}`
    );
    const production = productionManifest(manifest, "https://kdcl.example.org/app/");
    expect(production).not.toContain("localhost");
    expect(production).toContain("<AppDomain>https://kdcl.example.org</AppDomain>");
    expect(production).toContain('DefaultValue="https://kdcl.example.org/app/taskpane.html"');
    expect(await checkManifest(production, { schemaDir, devOrigin })).toEqual([]);
  });
});
