// Runs in every webview, including Internet Explorer 11 (Word 2016/2019 volume-licensed), so it is ES5.
// The app itself is a module script, which IE never runs: here we only show the "update Office" notice.
(function () {
  var userAgent = window.navigator.userAgent;
  var isInternetExplorer =
    userAgent.indexOf("Trident/") !== -1 || userAgent.indexOf("MSIE ") !== -1;
  if (!isInternetExplorer) return;
  window.kdclUnsupportedBrowser = true;
  document.addEventListener("DOMContentLoaded", function () {
    var notice = document.getElementById("unsupported-browser");
    if (notice) notice.removeAttribute("hidden");
  });
})();
