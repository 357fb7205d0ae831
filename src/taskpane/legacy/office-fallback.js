// When Microsoft's CDN is out of reach (offline development, tests), load Office.js from this origin,
// where the development server serves the @microsoft/office-js package. document.write keeps the
// script synchronous, so Office.js is still defined before the app's module script runs.
// Office.js finds its own base address from the first <script> whose src names office.js, so the
// failed CDN tag is removed first; otherwise it would keep fetching its other files from the CDN.
(function () {
  if (typeof window.Office !== "undefined") return;
  var scripts = document.getElementsByTagName("script");
  for (var i = scripts.length - 1; i >= 0; i--) {
    var source = scripts[i].getAttribute("src") || "";
    if (source.indexOf("appsforoffice.microsoft.com") !== -1) {
      scripts[i].parentNode.removeChild(scripts[i]);
    }
  }
  document.write('<script src="office-js/office.js"></script>');
})();
