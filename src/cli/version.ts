/** The package's version, as `kdcl --version` prints it. */
import packageJson from "../../package.json";

export const KDCL_VERSION: string = packageJson.version;
