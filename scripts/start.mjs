// `npm start`: where desktop Word exists (Windows, macOS) the usual dev server plus sideloading;
// elsewhere (Linux) the dev server alone: first the standalone page (the add-in's checks over a .docx,
// no Word needed), then the task pane and how to sideload it into Word on the web.
// No sudo and no CA install: the dev server makes its own self-signed certificate.
import { spawn, spawnSync } from "node:child_process";
import { platform } from "node:os";

const npx = process.platform === "win32" ? "npx.cmd" : "npx";
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const DEV_URL = "https://localhost:3000/";

// The Office tooling reports usage data unless told not to.
spawnSync(npx, ["--no-install", "office-addin-usage-data", "off"], { stdio: "ignore" });

function run(command, args) {
  const child = spawn(command, args, { stdio: "inherit" });
  child.on("exit", (code) => process.exit(code ?? 0));
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
}

const hasDesktopWord = platform() === "win32" || platform() === "darwin";

const STANDALONE_URL = `${DEV_URL}standalone.html`;

if (hasDesktopWord && process.env.KDCL_NO_SIDELOAD !== "1") {
  console.log(
    `\nkdcl — trang độc lập, không cần Word / standalone page, no Word: ${STANDALONE_URL}\n`
  );
  // office-addin-debugging is fetched on demand: it depends on a native module (keytar) that a
  // plain `npm ci` on Linux cannot build, so it is not one of the project's dependencies.
  run(npx, [
    "--yes",
    "office-addin-debugging@6",
    "start",
    "manifest.xml",
    "desktop",
    "--app",
    "word",
  ]);
} else {
  console.log(
    [
      "",
      "kdcl — máy chủ phát triển / development server",
      `  Trang độc lập / standalone page:  ${STANDALONE_URL}`,
      "    Mở trong trình duyệt để kiểm tra một tệp .docx, không cần Word. Máy chủ dùng chứng chỉ",
      "    tự ký: trình duyệt sẽ cảnh báo một lần, chọn Nâng cao › Tiếp tục truy cập localhost.",
      "    Open it in the browser to check a .docx file, no Word needed. The server's certificate is",
      "    self-signed: the browser warns once; choose Advanced › Proceed to localhost.",
      `  Ngăn tác vụ / task pane:          ${DEV_URL}taskpane.html`,
      `  Manifest:                         ${DEV_URL}manifest.xml (tệp ./manifest.xml)`,
      "",
      "Không có Word bản cài đặt trên máy này. Để thử trong Word trên web / No desktop Word here. To try it in Word on the web:",
      `  1. Mở ${DEV_URL}taskpane.html một lần trong trình duyệt và chấp nhận chứng chỉ tự ký.`,
      "     Open the task pane URL once in the browser and accept the self-signed certificate.",
      "  2. Word trên web › Trang đầu › Bổ trợ › Thêm bổ trợ › Tải bổ trợ của tôi lên › chọn manifest.xml.",
      "     Word on the web › Home › Add-ins › More add-ins › Upload my add-in › choose manifest.xml.",
      "",
    ].join("\n")
  );
  run(npm, ["run", "dev-server"]);
}
